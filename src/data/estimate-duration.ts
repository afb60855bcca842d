import type { Exercise, Routine } from './types.js';

/** Rough seconds per repetition, including the lowering phase. */
const SECONDS_PER_REP = 4;

/** Seconds one exercise takes as prescribed: work, get-ready countdowns and rests. */
export function estimateExerciseSeconds(exercise: Exercise): number {
  const { sets, reps, holdSeconds, perSide, restSeconds, getReadySeconds } = exercise.prescription;
  const sides = perSide ? 2 : 1;
  const work =
    reps !== undefined ? reps * SECONDS_PER_REP : (holdSeconds ?? 0) + (getReadySeconds ?? 0);
  return sets * sides * work + (sets - 1) * restSeconds;
}

/** Whole minutes the routine takes, with a minute between exercises to set up. */
export function estimateRoutineMinutes(routine: Routine): number {
  const seconds = routine.exercises.reduce(
    (sum, exercise) => sum + estimateExerciseSeconds(exercise),
    0,
  );
  const changeovers = Math.max(0, routine.exercises.length - 1) * 60;
  return Math.max(1, Math.round((seconds + changeovers) / 60));
}
