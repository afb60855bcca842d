import { LazyChunk } from '../internal/lazy-chunk.js';
import { isChecked } from '../data/checked.js';
import type { Exercise } from '../data/types.js';
import type { ValidationResult } from '../data/validate.js';

// The validator is code only data from a publisher needs: the built-in routine, and what the
// validator returned, are known valid (checked.ts). So it is a chunk of its own, loaded the
// first time an element is given other data.

/** The validator (`validate.ts`), loaded on demand. */
export const validatorChunk = new LazyChunk('data validator', () => import('../data/validate.js'));

/** The validator's module, once loaded. */
export type Validator = NonNullable<typeof validatorChunk.module>;

/** Whether showing `value` needs the validator, not loaded yet. */
export function needsValidator(value: unknown): boolean {
  return value !== undefined && !isChecked(value) && validatorChunk.module === undefined;
}

/**
 * Checks an exercise now: at once when it is known valid, with the validator when it is
 * loaded; `undefined` when the validator is needed and not loaded (it failed to load).
 */
export function checkExerciseNow(input: unknown): ValidationResult<Exercise> | undefined {
  if (isChecked(input)) return { ok: true, value: input as Exercise, problems: [] };
  return validatorChunk.module?.validateExercise(input);
}
