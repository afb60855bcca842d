import { warnOnce } from './warn-once.js';

/**
 * Warns once per element name, attribute and value when an enumerated attribute holds a
 * value it does not know; the element then styles itself as for the default.
 */
export function warnUnlessOneOf(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly string[],
): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  const expected = allowed.map((a) => `"${a}"`).join(', ');
  warnOnce(`<${tag}>: ${attribute} must be one of ${expected}, got "${String(value)}".`);
}

/**
 * A numeric attribute within `min`–`max` (whole, with `integer`), or `fallback` with one
 * console warning per element name and bad value.
 */
export function numberInRange(
  value: unknown,
  { min, max, fallback, integer = false }: NumberRange,
  tag: string,
  attribute: string,
): number {
  const number = Number(value);
  if ((!integer || Number.isInteger(number)) && number >= min && number <= max) return number;
  const kind = integer ? 'a whole number' : 'a number';
  warnOnce(
    `<${tag}>: ${attribute} must be ${kind} from ${min} to ${max}, got "${String(value)}"; using ${fallback}.`,
  );
  return fallback;
}

export interface NumberRange {
  min: number;
  max: number;
  fallback: number;
  integer?: boolean;
}

/**
 * Reads a `heading-level` attribute: a whole number from 2 to 6. Anything else falls back
 * to `fallback`, with one console warning per distinct bad value and element.
 */
export function parseHeadingLevel(value: unknown, fallback: number, tag: string): number {
  return numberInRange(value, { min: 2, max: 6, fallback, integer: true }, tag, 'heading-level');
}
