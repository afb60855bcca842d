/* eslint-disable @typescript-eslint/no-explicit-any */
import { validateRoutine } from '../../src/data/validate.js';
import { formatProblem } from '../../src/data/checker.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';

/** A deep, mutable copy of the built-in routine to break in one place per test. */
export function routineCopy(): Record<string, any> {
  return structuredClone(runnersKneeRoutine) as Record<string, any>;
}

/** Every problem the validator finds in `input`, as `path: message` lines. */
export function problemsOf(input: unknown): string[] {
  return validateRoutine(input).problems.map(formatProblem);
}
