import type { TimerStrings } from '../i18n/strings.js';
import { isEffort, type TimerStep } from './timer-plan.js';

/** A step in words, as parts to join: ["Set 2 of 3", "12 reps", "left leg"]. */
export function stepParts(step: TimerStep, strings: TimerStrings): string[] {
  const parts = [strings.setOf(step.set, step.totalSets)];
  if (step.reps !== undefined) parts.push(strings.reps(step.reps));
  else if (step.phase === 'hold' && step.durationMs !== undefined) {
    parts.push(strings.hold(Math.round(step.durationMs / 1000)));
  }
  if (step.side) parts.push(strings.side[step.side]);
  return parts;
}

/**
 * The status line's parts for step `index` of `plan`: the set it belongs to or leads to.
 * A get-ready describes its hold; a rest says what comes next.
 */
export function statusParts(
  plan: readonly TimerStep[],
  index: number,
  strings: TimerStrings,
): string[] {
  const step = plan[index];
  if (!step) return [];
  if (isEffort(step.phase)) return stepParts(step, strings);
  let next = plan[index + 1];
  if (next?.phase === 'get-ready') next = plan[index + 2] ?? next;
  if (!next) return stepParts(step, strings);
  const [first = '', ...rest] = stepParts(next, strings);
  return step.phase === 'rest' ? [strings.upNext(first), ...rest] : [first, ...rest];
}
