// How a reader's progress changes: a set recorded, the next exercise found, a saved copy read
// back (every field checked), two tabs' copies merged. Only the routine elements' progress
// code uses it, so it stays out of what the card, list and timer need.
import type { Exercise, Routine, Side } from '../data/types.js';
import { sideOrderOf } from '../data/side-order.js';
import {
  byId,
  isExerciseDone,
  totalUnits,
  unitsDone,
  type RoutineProgress,
} from './routine-progress.js';

/** The longest workout duration shown or reported; anything longer is treated as unknown. */
export const MAX_ELAPSED_MS = 12 * 60 * 60 * 1000;

/** Saved timestamps before this (2020-01-01) or more than a day ahead are not plausible. */
const EARLIEST_TIME = Date.UTC(2020, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many units are done once `set` is finished on `side`: set 2, right side, of a
 * left-then-right exercise is unit 4. Lets a repeated set (after a timer restart) add nothing.
 */
export function unitsThrough(exercise: Exercise, set: number, side?: Side): number {
  if (!exercise.prescription.perSide) return set;
  const order = sideOrderOf(exercise.prescription);
  // An unknown or missing side counts as the first side.
  const sideIndex = side ? Math.max(0, order.indexOf(side)) : 0;
  return (set - 1) * 2 + sideIndex + 1;
}

/**
 * Records that work on an exercise is done through `units` (capped at its total), never
 * lowering what was done already; the first work starts the workout at `now`.
 */
export function recordThrough(
  progress: RoutineProgress,
  exercise: Exercise,
  units: number,
  now: number,
): RoutineProgress {
  const after = Math.min(totalUnits(exercise), Math.max(unitsDone(progress, exercise.id), units));
  return {
    ...progress,
    done: byId([...Object.entries(progress.done), [exercise.id, after]]),
    startedAt: progress.startedAt ?? now,
  };
}

/** The first exercise after `currentId` (wrapping round) that is not done yet. */
export function nextUnfinished(progress: RoutineProgress, routine: Routine): Exercise | undefined {
  const list = routine.exercises;
  const start = list.findIndex((exercise) => exercise.id === progress.currentId);
  for (let offset = 1; offset <= list.length; offset++) {
    const exercise = list[(start + offset) % list.length];
    if (exercise && !isExerciseDone(progress, exercise)) return exercise;
  }
  return undefined;
}

/** A saved timestamp, if it is a plausible wall-clock time; `now` bounds the future. */
function plausibleTime(value: unknown, now: number): number | undefined {
  const ok = Number.isSafeInteger(value) && (value as number) >= EARLIEST_TIME;
  return ok && (value as number) <= now + DAY_MS ? (value as number) : undefined;
}

function plausibleElapsed(value: unknown): number | undefined {
  const ok = Number.isSafeInteger(value) && (value as number) >= 0;
  return ok && (value as number) <= MAX_ELAPSED_MS ? (value as number) : undefined;
}

/** Units done per exercise, or undefined when any entry is malformed. */
function parseDone(done: unknown, routine: Routine): Record<string, number> | undefined {
  if (typeof done !== 'object' || done === null || Array.isArray(done)) return undefined;
  const exercises = new Map(routine.exercises.map((exercise) => [exercise.id, exercise]));
  const counts = byId<number>();
  for (const [id, units] of Object.entries(done)) {
    const exercise = exercises.get(id);
    if (!exercise || !Number.isSafeInteger(units) || (units as number) < 0) return undefined;
    counts[id] = Math.min(units as number, totalUnits(exercise));
  }
  return counts;
}

/**
 * Checks progress read back from storage against the routine it claims to belong to.
 * Returns undefined when the sets done or the position are malformed, so corrupt data is
 * dropped, never trusted; an implausible timestamp alone is dropped and the rest kept.
 */
export function parseProgress(
  value: unknown,
  routine: Routine,
  now = Date.now(),
): RoutineProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as Record<string, unknown>;
  const done = parseDone(saved.done, routine);
  const currentId = saved.currentId;
  if (!done || typeof currentId !== 'string') return undefined;
  if (!routine.exercises.some((exercise) => exercise.id === currentId)) return undefined;
  const startedAt = plausibleTime(saved.startedAt, now);
  const finishedAt = plausibleTime(saved.finishedAt, now);
  const progress: RoutineProgress = {
    done,
    currentId,
    startedAt,
    finishedAt,
    elapsedMs: finishedAt === undefined ? undefined : plausibleElapsed(saved.elapsedMs),
    updatedAt: plausibleTime(saved.updatedAt, now),
    selectedAt: plausibleTime(saved.selectedAt, now),
    resetAt: plausibleTime(saved.resetAt, now),
    timing: parseTiming(saved.timing, routine, now),
  };
  return withoutUndefined(progress);
}

function parseTiming(value: unknown, routine: Routine, now: number): RoutineProgress['timing'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const { exerciseId, since } = value as Record<string, unknown>;
  const known = routine.exercises.some((exercise) => exercise.id === exerciseId);
  const at = plausibleTime(since, now);
  return known && at !== undefined ? { exerciseId: exerciseId as string, since: at } : undefined;
}

/** Drops absent fields, so saved JSON and test comparisons stay small. */
function withoutUndefined(progress: RoutineProgress): RoutineProgress {
  const entries = Object.entries(progress).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries) as unknown as RoutineProgress;
}

/** `base` with the sets done in `other` added: the most work per exercise. */
export function addSets(base: RoutineProgress, other: RoutineProgress): RoutineProgress {
  const done = byId(Object.entries(base.done));
  for (const [id, units] of Object.entries(other.done)) {
    done[id] = Math.max(unitsDone(base, id), units);
  }
  return { ...base, done };
}

/**
 * Two records of the same routine combined, as two tabs or two instances see it: a set done
 * in either stays done (the most work per exercise), the earlier start is kept, the exercise
 * chosen last is the current one, and the finish comes from the record changed last
 * (`current` on a tie). A record from before the
 * other's reset loses entirely, so a reset is never undone by a stale tab.
 */
export function mergeProgress(saved: RoutineProgress, current: RoutineProgress): RoutineProgress {
  const savedReset = saved.resetAt ?? 0;
  const currentReset = current.resetAt ?? 0;
  if (savedReset !== currentReset) return savedReset > currentReset ? saved : current;
  const later = (saved.updatedAt ?? 0) > (current.updatedAt ?? 0) ? saved : current;
  const chosen = (saved.selectedAt ?? 0) > (current.selectedAt ?? 0) ? saved : current;
  const done = addSets(saved, current).done;
  const starts = [saved.startedAt, current.startedAt].filter((t) => t !== undefined);
  return withoutUndefined({
    ...later,
    currentId: chosen.currentId,
    selectedAt: chosen.selectedAt,
    done,
    startedAt: starts.length ? Math.min(...starts) : undefined,
  });
}
