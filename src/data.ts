// The routine model, its validator and the built-in routine, with no side effects.
export type * from './data/types.js';
export {
  validateRoutine,
  validateExercise,
  validateMediaByExercise,
  type ValidationResult,
} from './data/validate.js';
export { formatProblem, type Problem } from './data/checker.js';
export { describePrescription } from './components/exercise-card/describe-prescription.js';
export { runnersKneeRoutine } from './data/runners-knee-routine.js';
