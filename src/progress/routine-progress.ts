// A reader's progress through a routine, and what the elements show of it. How it changes
// (recorded, read back from storage, merged) is in progress-changes.ts, loaded with the
// routine elements' progress code.
import type { Exercise, Routine } from '../data/types.js';

/**
 * A reader's progress through one routine. Work is counted in set-sides: a per-side set
 * is two units (one per side), any other set one unit.
 */
export interface RoutineProgress {
  /** Units done per exercise id (read through `unitsDone`: ids such as `constructor` are valid). */
  readonly done: Readonly<Record<string, number>>;
  /** The exercise the reader is on. */
  readonly currentId: string;
  /** Wall-clock time (ms since the epoch) of the first completed set, if any. */
  readonly startedAt?: number;
  /** Wall-clock time the routine was finished, if it was. */
  readonly finishedAt?: number;
  /** How long the workout took, measured when it was finished; absent when unknown. */
  readonly elapsedMs?: number;
  /** Wall-clock time of the last change: of two records, the later one's finish state wins. */
  readonly updatedAt?: number;
  /** Wall-clock time the reader last chose an exercise: of two records, the later choice wins. */
  readonly selectedAt?: number;
  /** Wall-clock time of the last reset: work from before it never comes back in a merge. */
  readonly resetAt?: number;
  /**
   * The exercise whose timer was running (a hold, a rest) when this was saved, and since
   * when: a reader who reloads mid-set is welcomed back to it.
   */
  readonly timing?: { readonly exerciseId: string; readonly since: number };
}

/** A record keyed by exercise id that has no prototype, so no id can reach `Object.prototype`. */
export function byId<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, value] of entries) record[id] = value;
  return record;
}

/** Units done on an exercise; own properties only, so an id such as `constructor` reads 0. */
export function unitsDone(progress: RoutineProgress, id: string): number {
  return Object.hasOwn(progress.done, id) ? (progress.done[id] ?? 0) : 0;
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
  return Math.floor(unitsDone(progress, exercise.id) / unitsPerSet(exercise));
}

export function isExerciseDone(progress: RoutineProgress, exercise: Exercise): boolean {
  return unitsDone(progress, exercise.id) >= totalUnits(exercise);
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
  return { done: byId(), currentId: routine.exercises[0]?.id ?? '' };
}
