// The CDN bundle's entry (dist/cdn/runner-knee-routine.js): registers every element and exports
// what the package's main entry does, but the validators and the built-in routine. Each is a
// chunk of its own, loaded only by the element that needs it: the validators when an element is
// given a publisher's data (src/components/validator-chunk.ts), the routine by
// <runner-knee-routine>. The npm package's `data.js` exports both.
import './register-elements.js';

export * from '../components/index.js';
export type * from '../data/types.js';
export { formatProblem, type Problem } from '../data/problem.js';
export { describePrescription } from '../components/exercise-card/describe-prescription.js';
