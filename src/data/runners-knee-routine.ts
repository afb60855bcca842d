import type { Routine } from './types.js';
import routine from './runners-knee-routine.json';
import { markRoutineChecked } from './checked.js';

/** A value with everything in it read-only. */
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** Freezes a value and everything in it: every page script shares the built-in routine. */
function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/**
 * The built-in runner's knee routine: five strength exercises chosen by a physiotherapist.
 * All text is plain text. Sets, reps, holds and rests are suggestions (the source gives none),
 * kept as data (runners-knee-routine.json, the JSON a publisher would ship) so a publisher can
 * change them, on a copy: this one is deeply frozen. It is valid (the tests check it, in
 * test/data/), so the elements show it without loading the validator.
 */
export const runnersKneeRoutine: DeepReadonly<Routine> = markRoutineChecked(
  deepFreeze<Routine>(routine),
);
