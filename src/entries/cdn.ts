// The CDN bundle's entry (dist/cdn/runner-knee-routine.js): registers every element and exports
// what the package's main entry does, but the validators. They are a chunk of their own, loaded
// only when an element is given a publisher's data (src/components/validator-chunk.ts); the npm
// package's `data.js` exports them.
import './register-elements.js';

export * from '../components/index.js';
export type * from '../data/types.js';
export { formatProblem, type Problem } from '../data/problem.js';
export { describePrescription } from '../components/exercise-card/describe-prescription.js';
export { runnersKneeRoutine } from '../data/runners-knee-routine.js';
