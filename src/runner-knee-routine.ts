// First: Lit's hydrate support, so a server-rendered element is taken over in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { RunnerKneeRoutine } from './components/runner-knee-routine/runner-knee-routine.js';
import { defineElement } from './internal/define-element.js';
import './exercise-routine.js';

export { RunnerKneeRoutine };
defineElement('runner-knee-routine', RunnerKneeRoutine);
