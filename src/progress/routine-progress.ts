import type { Exercise, Routine, Side } from '../data/types.js';
import { sideOrderOf } from '../data/side-order.js';

/**
 * A reader's progress through one routine. Work is counted in set-sides: a per-side set
 * is two units (one per side), any other set one unit.
 */
export interface RoutineProgress {
  /** Units done per exercise id. */
  readonly done: Readonly<Record<string, number>>;
  /** The exercise the reader is on. */
  readonly currentId: string;
  /** Wall-clock time (ms since the epoch) of the first completed set, if any. */
  readonly startedAt?: number;
  /** Wall-clock time the routine was finished, if it was. */
  readonly finishedAt?: number;
}

/** How many units one set of `exercise` is: 2 for per-side work, else 1. */
export function unitsPerSet(exercise: Exercise): number {
  return exercise.prescription.perSide ? 2 : 1;
}

export function totalUnits(exercise: Exercise): number {
  return exercise.prescription.sets * unitsPerSet(exercise);
}

/** Whole sets done (a per-side set counts once both sides are done). */
export function setsDone(progress: RoutineProgress, exercise: Exercise): number {
  return Math.floor((progress.done[exercise.id] ?? 0) / unitsPerSet(exercise));
}

export function isExerciseDone(progress: RoutineProgress, exercise: Exercise): boolean {
  return (progress.done[exercise.id] ?? 0) >= totalUnits(exercise);
}

export function isRoutineDone(progress: RoutineProgress, routine: Routine): boolean {
  return routine.exercises.every((exercise) => isExerciseDone(progress, exercise));
}

/** Sets done and sets in all, over the whole routine. */
export function routineTotals(progress: RoutineProgress, routine: Routine) {
  let done = 0;
  let total = 0;
  for (const exercise of routine.exercises) {
    done += setsDone(progress, exercise);
    total += exercise.prescription.sets;
  }
  return { done, total };
}

export function emptyProgress(routine: Routine): RoutineProgress {
  return { done: {}, currentId: routine.exercises[0]?.id ?? '' };
}

/** Records `units` more work on an exercise, capped at its total. */
export function recordUnits(
  progress: RoutineProgress,
  exercise: Exercise,
  units: number,
  now: number,
): RoutineProgress {
  const before = progress.done[exercise.id] ?? 0;
  const after = Math.min(totalUnits(exercise), before + units);
  return {
    ...progress,
    done: { ...progress.done, [exercise.id]: after },
    startedAt: progress.startedAt ?? now,
  };
}

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

/** Records that work is done through `units`, never lowering what was done already. */
export function recordThrough(
  progress: RoutineProgress,
  exercise: Exercise,
  units: number,
  now: number,
): RoutineProgress {
  const before = progress.done[exercise.id] ?? 0;
  return recordUnits(progress, exercise, Math.max(0, units - before), now);
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

/**
 * Checks progress read back from storage against the routine it claims to belong to.
 * Returns undefined for anything malformed, so corrupt data is dropped, never trusted.
 */
export function parseProgress(value: unknown, routine: Routine): RoutineProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { done, currentId, startedAt, finishedAt } = value as Record<string, unknown>;
  if (typeof done !== 'object' || done === null || Array.isArray(done)) return undefined;
  const byId = new Map(routine.exercises.map((exercise) => [exercise.id, exercise]));
  if (typeof currentId !== 'string' || !byId.has(currentId)) return undefined;
  const counts: Record<string, number> = {};
  for (const [id, units] of Object.entries(done)) {
    const exercise = byId.get(id);
    if (!exercise || !Number.isInteger(units) || (units as number) < 0) return undefined;
    counts[id] = Math.min(units as number, totalUnits(exercise));
  }
  const time = (t: unknown) => (typeof t === 'number' && Number.isFinite(t) ? t : undefined);
  if (startedAt !== undefined && time(startedAt) === undefined) return undefined;
  if (finishedAt !== undefined && time(finishedAt) === undefined) return undefined;
  return { done: counts, currentId, startedAt: time(startedAt), finishedAt: time(finishedAt) };
}

/**
 * Two records of the same routine combined: the most work per exercise, the earlier start;
 * position and finish come from `current`.
 */
export function mergeProgress(saved: RoutineProgress, current: RoutineProgress): RoutineProgress {
  const done: Record<string, number> = { ...saved.done };
  for (const [id, units] of Object.entries(current.done)) done[id] = Math.max(done[id] ?? 0, units);
  const starts = [saved.startedAt, current.startedAt].filter((t) => t !== undefined);
  return {
    ...current,
    done,
    startedAt: starts.length ? Math.min(...starts) : undefined,
  };
}
