import type { MediaByExercise, Routine } from './types.js';
import { markRoutineChecked } from './checked.js';

/**
 * The routine with a host's media attached to the exercises it names (own keys only, so an
 * exercise id such as `constructor` never finds `Object.prototype`'s). Exercises without an
 * entry keep their own media, if any. Both are checked, so the result is too: it is frozen
 * and recorded as checked, and the elements it is handed to show it without checking again.
 */
export function attachMedia(routine: Routine, media: MediaByExercise): Routine {
  const exercises = routine.exercises.map((exercise) =>
    Object.hasOwn(media, exercise.id)
      ? Object.freeze({ ...exercise, media: media[exercise.id] })
      : exercise,
  );
  return markRoutineChecked(Object.freeze({ ...routine, exercises: Object.freeze(exercises) }));
}
