import type { MediaByExercise, Routine } from './types.js';

/**
 * The routine with a host's media attached to the exercises it names (own keys only, so an
 * exercise id such as `constructor` never finds `Object.prototype`'s). Exercises without an
 * entry keep their own media, if any.
 */
export function attachMedia(routine: Routine, media: MediaByExercise): Routine {
  const exercises = routine.exercises.map((exercise) =>
    Object.hasOwn(media, exercise.id) ? { ...exercise, media: media[exercise.id] } : exercise,
  );
  return { ...routine, exercises };
}
