// First: Lit's hydrate support, so a server-rendered element is taken over in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { ExerciseRoutine } from './components/exercise-routine/exercise-routine.js';
import { defineElement } from './internal/define-element.js';
// The elements it composes.
import './exercise-card.js';
import './routine-list.js';
import './set-timer.js';

export { ExerciseRoutine };
defineElement('exercise-routine', ExerciseRoutine);
