import { RunnerKneeRoutine } from './components/runner-knee-routine/runner-knee-routine.js';
import { defineElement } from './internal/define-element.js';
import './exercise-routine.js';

export { RunnerKneeRoutine };
defineElement('runner-knee-routine', RunnerKneeRoutine);
