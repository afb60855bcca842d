export type * from './types.js';
export {
  validateRoutine,
  validateExercise,
  validateMediaByExercise,
  type ValidationResult,
} from './validate.js';
export { formatProblem, type Problem } from './checker.js';
export { describePrescription } from './describe-prescription.js';
export { runnersKneeRoutine } from './runners-knee-routine.js';
