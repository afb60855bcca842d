// Classes, types, events and data, with no side effects: nothing is registered here.
export {
  ExerciseCard,
  type ExerciseStatus,
  type ExerciseLevel,
} from './components/exercise-card/exercise-card.js';
export { RoutineList, type RoutineLayout } from './components/routine-list/routine-list.js';
export { SetTimer } from './components/set-timer/set-timer.js';
export { ExerciseRoutine } from './components/exercise-routine/exercise-routine.js';
export { RunnerKneeRoutine } from './components/runner-knee-routine/runner-knee-routine.js';
export * from './events/details-toggle-event.js';
export * from './events/routine-events.js';
export * from './events/timer-events.js';
export type { RoutineProgress } from './progress/routine-progress.js';
export { defineElement } from './internal/define-element.js';
export { VERSION } from './internal/version.js';
export * from './data.js';
