// Classes, types, events and data, with no side effects: nothing is registered here.
export {
  ExerciseCard,
  type ExerciseStatus,
  type ExerciseLevel,
} from './components/exercise-card/exercise-card.js';
export { DetailsToggleEvent, type DetailsToggleDetail } from './events/details-toggle-event.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
export * from './data/index.js';
