// The elements' classes, their events and types, with no side effects: nothing is registered here.
export {
  ExerciseCard,
  type ExerciseStatus,
  type ExerciseLevel,
} from './exercise-card/exercise-card.js';
export { RoutineList, type RoutineLayout } from './routine-list/routine-list.js';
export { SetTimer } from './set-timer/set-timer.js';
export { ExerciseRoutine } from './exercise-routine/exercise-routine.js';
export { RunnerKneeRoutine } from './runner-knee-routine/runner-knee-routine.js';
export * from '../events/details-toggle-event.js';
export * from '../events/routine-events.js';
export * from '../events/timer-events.js';
export type { RoutineProgress } from '../progress/routine-progress.js';
export { defineElement } from '../internal/define-element.js';
export { VERSION } from '../internal/version.js';
