import type { Prescription, Side } from '../data/types.js';
import { sideOrderOf } from '../data/side-order.js';

/** What the reader is doing during one step of a set timer. */
export type TimerPhase = 'get-ready' | 'work' | 'hold' | 'rest';

/** Whether a phase is a set's effort (reps or a hold), as opposed to a rest or a countdown. */
export function isEffort(phase: TimerPhase | undefined): phase is 'work' | 'hold' {
  return phase === 'work' || phase === 'hold';
}

/** One step of an exercise's timer, in the order the reader does them. */
export interface TimerStep {
  phase: TimerPhase;
  /**
   * The set this step belongs to, from 1. A rest carries the set it follows, so
   * "rest after set 1 of 3" reads straight from the step.
   */
  set: number;
  totalSets: number;
  /** The side worked, for per-side work, holds and their get-ready. Never on a rest. */
  side?: Side;
  /** How long a timed step lasts. Absent on a rep set: the reader taps Done instead. */
  durationMs?: number;
  /** Repetitions to do, on a rep set ('work'). */
  reps?: number;
}

/**
 * Turns a prescription into the ordered steps of the whole exercise.
 *
 * Per-side exercises alternate sides within a set and rest once after both sides:
 * set 1 left, set 1 right, rest, set 2 left, set 2 right, … This is how a physio usually
 * has single-leg work done: each leg recovers while the other works, and the session is not
 * twice as long. A timed hold gets its own get-ready before each side, which gives the reader
 * time to switch legs. There is no rest after the final set, and none at all when
 * `restSeconds` is 0.
 *
 * @throws RangeError when `sets` is not a positive whole number (validated data never is).
 */
export function buildTimerPlan(prescription: Prescription): TimerStep[] {
  const { sets, restSeconds } = prescription;
  if (!Number.isInteger(sets) || sets < 1) {
    throw new RangeError(`A timer needs at least one whole set, not ${sets}`);
  }
  const steps: TimerStep[] = [];
  for (let set = 1; set <= sets; set++) {
    for (const side of sidesOf(prescription)) steps.push(...setSteps(prescription, set, side));
    if (set < sets && restSeconds > 0) {
      steps.push({ phase: 'rest', set, totalSets: sets, durationMs: restSeconds * 1000 });
    }
  }
  return steps;
}

/** The sides one set is done for: one pass with no side when the exercise is not per side. */
function sidesOf(prescription: Prescription): readonly (Side | undefined)[] {
  return prescription.perSide ? sideOrderOf(prescription) : [undefined];
}

/** The steps of one set on one side: a rep set, or an optional get-ready then a hold. */
function setSteps(prescription: Prescription, set: number, side: Side | undefined): TimerStep[] {
  const base = { set, totalSets: prescription.sets, ...(side ? { side } : {}) };
  const { holdSeconds, getReadySeconds = 0 } = prescription;
  if (holdSeconds === undefined) return [{ ...base, phase: 'work', reps: prescription.reps }];
  const hold: TimerStep = { ...base, phase: 'hold', durationMs: holdSeconds * 1000 };
  if (getReadySeconds <= 0) return [hold];
  return [{ ...base, phase: 'get-ready', durationMs: getReadySeconds * 1000 }, hold];
}

/**
 * The rest of a plan once `done` sets (one per side for per-side work) are finished: it
 * starts at the next set's first step (its get-ready, if any), so a reader who comes back
 * carries on where they left off. Steps keep their set numbers.
 */
export function remainingPlan(plan: readonly TimerStep[], done: number): TimerStep[] {
  if (done <= 0) return [...plan];
  let seen = 0;
  for (const [index, step] of plan.entries()) {
    if (!isEffort(step.phase)) continue;
    if (seen++ < done) continue;
    const start = plan[index - 1]?.phase === 'get-ready' ? index - 1 : index;
    return plan.slice(start);
  }
  return [];
}
