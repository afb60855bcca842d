import type { Prescription } from '../../data/types.js';
import type { Strings } from '../../i18n/strings.js';
import { en } from '../../i18n/en.js';

/**
 * A prescription in words, e.g. "3 sets × 12 reps · each leg · rest 60 s".
 * Tempo is left out: it reads better on a line of its own.
 */
export function describePrescription(prescription: Prescription, strings: Strings = en): string {
  const { sets, reps, holdSeconds, perSide, restSeconds } = prescription;
  const dose = reps !== undefined ? strings.reps(reps) : strings.holdSeconds(holdSeconds ?? 0);
  const parts = [`${strings.sets(sets)} × ${dose}`];
  if (perSide) parts.push(strings.eachSide);
  if (restSeconds > 0) parts.push(strings.rest(restSeconds));
  return parts.join(' · ');
}
