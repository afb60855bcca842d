import type { Routine } from './types.js';

// Data known to be valid: the validator's frozen copies and the built-in routine. The elements
// show these at once; anything else waits for the validator, which is loaded on demand.

const checked = new WeakSet<object>();

/**
 * Records a deep-frozen value as valid, so that it is not checked again. Only frozen values:
 * nothing can change them afterwards.
 */
export function markChecked<T extends object>(value: T): T {
  if (Object.isFrozen(value)) checked.add(value);
  return value;
}

/** Whether `value` is one recorded by `markChecked`. */
export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}

/** Records a valid, deep-frozen routine and its exercises as checked. */
export function markRoutineChecked<T extends Pick<Routine, 'exercises'>>(routine: T): T {
  routine.exercises.forEach((exercise) => markChecked(exercise));
  return markChecked(routine);
}
