/**
 * Every string a reader sees, in one typed object per language, so a second language is a
 * new file rather than a refactor. Functions cover plurals and numbers.
 */
export interface Strings {
  sets(count: number): string;
  reps(count: number): string;
  holdSeconds(seconds: number): string;
  eachSide: string;
  rest(seconds: number): string;
  tempo: string;
  suggestion: string;
  purpose: string;
  equipment: string;
  noEquipment: string;
  muscles: string;
  setup: string;
  steps: string;
  cues: string;
  mistakes: string;
  options: string;
  standard: string;
  standardHint: string;
  easier: string;
  harder: string;
  now: string;
  done: string;
  mediaFailed: string;
  caution: string;
  showDetails: string;
  hideDetails: string;
  invalidExercise: string;
  exercises: string;
  setsOf(done: number, total: number): string;
  overall(done: number, total: number): string;
  exerciseNumber(n: number): string;
  duration(minutes: number, exercises: number): string;
  beforeYouStart: string;
  tips: string;
  source: string;
  loading: string;
  noRoutine: string;
  invalidRoutine: string;
  fetchFailed(detail: string): string;
  retry: string;
  previous: string;
  next: string;
  upNext(name: string): string;
  markSetDone: string;
  exerciseDone: string;
  finish: string;
  reset: string;
  routineDone: string;
  /** `minutes` is left out when the duration is unknown. */
  summary(exercises: number, sets: number, minutes?: number): string;
  startAgain: string;
  continueWorkout: string;
  progressReset: string;
  storageUnavailable: string;
  storageCorrupt: string;
  noExercise: string;
}

export const en: Strings = {
  sets: (count) => (count === 1 ? '1 set' : `${count} sets`),
  reps: (count) => (count === 1 ? '1 rep' : `${count} reps`),
  holdSeconds: (seconds) => `${seconds} s hold`,
  eachSide: 'each leg',
  rest: (seconds) => `rest ${seconds} s`,
  tempo: 'Tempo',
  suggestion: 'Suggested dose: adjust it to how your knee feels.',
  purpose: 'What it is for',
  equipment: 'Equipment',
  noEquipment: 'No equipment',
  muscles: 'Muscles',
  setup: 'Set-up',
  steps: 'Steps',
  cues: 'Coaching cues',
  mistakes: 'Common mistakes',
  options: 'Make it easier or harder',
  standard: 'Standard',
  standardHint: 'Do the exercise as described above.',
  easier: 'Easier',
  harder: 'Harder',
  now: 'Now',
  done: 'Done',
  mediaFailed: 'The demonstration could not be loaded. Follow the written steps instead.',
  caution: 'Caution',
  showDetails: 'Show how to do it',
  hideDetails: 'Hide how to do it',
  exercises: 'Exercises',
  setsOf: (done, total) => `${done} of ${total} sets`,
  overall: (done, total) => `${done} of ${total} sets done`,
  exerciseNumber: (n) => `Exercise ${n}`,
  duration: (minutes, exercises) => `About ${minutes} min · ${exercises} exercises`,
  beforeYouStart: 'Before you start',
  tips: 'Tips',
  source: 'Source',
  loading: 'Loading the routine…',
  noRoutine: 'No routine to show: give this element a routine, a src URL, or inline JSON.',
  invalidRoutine: 'This routine cannot be shown because its data has problems:',
  fetchFailed: (detail) => `The routine could not be loaded (${detail}).`,
  retry: 'Try again',
  previous: 'Previous exercise',
  next: 'Next exercise',
  upNext: (name) => `Up next: ${name}`,
  markSetDone: 'Mark set done',
  exerciseDone: 'Exercise done.',
  finish: 'Finish workout',
  reset: 'Reset progress',
  routineDone: 'Workout complete',
  summary: (exercises, sets, minutes) =>
    `${exercises} ${exercises === 1 ? 'exercise' : 'exercises'} · ${sets} ${sets === 1 ? 'set' : 'sets'}${minutes === undefined ? '' : ` · ${minutes} min`}`,
  startAgain: 'Start again',
  continueWorkout: 'Continue workout',
  progressReset: 'Progress reset.',
  storageUnavailable: 'Progress is not saved in this browser.',
  storageCorrupt: 'Saved progress could not be read, so this is a fresh start.',
  invalidExercise: 'This exercise could not be shown because its data has problems:',
  noExercise: 'No exercise to show: set the exercise property to an exercise from a routine.',
};

const byLanguage: Readonly<Record<string, Strings>> = { en };

/** Strings for a BCP 47 tag, falling back by primary language, then to English. */
export function stringsFor(lang: string | null | undefined): Strings {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return byLanguage[primary] ?? en;
}
