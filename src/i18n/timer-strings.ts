import type { Side } from '../data/types.js';
import type { TimerPhase, TimerStep } from '../timer/timer-plan.js';

/** What the timer face calls each state: the plan's phases, plus not started and finished. */
export type TimerPhaseLabel = TimerPhase | 'idle' | 'done';

/**
 * Every string `<set-timer>` shows or announces, in one typed object per language (kept apart
 * from `strings.ts` so the timer can be translated and shipped on its own).
 */
export interface TimerStrings {
  /** The timer's accessible name, and its heading when it has one. */
  timer(exerciseName: string): string;
  start: string;
  pause: string;
  resume: string;
  /** Ends a rep set, or a hold early. */
  done: string;
  skipRest: string;
  skipGetReady: string;
  addTime(seconds: number): string;
  restart: string;
  mute: string;
  phases: Readonly<Record<TimerPhaseLabel, string>>;
  paused: string;
  resumed: string;
  reset: string;
  setOf(set: number, totalSets: number): string;
  reps(count: number): string;
  /** The word under the big rep count. */
  repsUnit(count: number): string;
  hold(seconds: number): string;
  side: Readonly<Record<Side, string>>;
  upNext(what: string): string;
  allSetsDone(totalSets: number): string;
  tapDone: string;
  restFor(seconds: number): string;
  exerciseComplete: string;
  invalidExercise: string;
  noExercise: string;
}

export const enTimer: TimerStrings = {
  timer: (name) => `Timer: ${name}`,
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  done: 'Done',
  skipRest: 'Skip rest',
  skipGetReady: 'Skip countdown',
  addTime: (seconds) => `+${seconds} s`,
  restart: 'Restart',
  mute: 'Mute',
  phases: {
    idle: 'Ready',
    'get-ready': 'Get ready',
    work: 'Work',
    hold: 'Hold',
    rest: 'Rest',
    done: 'Finished',
  },
  paused: 'Paused',
  resumed: 'Resumed',
  reset: 'Timer reset',
  setOf: (set, totalSets) => `Set ${set} of ${totalSets}`,
  reps: (count) => (count === 1 ? '1 rep' : `${count} reps`),
  repsUnit: (count) => (count === 1 ? 'rep' : 'reps'),
  hold: (seconds) => `${seconds} s hold`,
  side: { left: 'left leg', right: 'right leg' },
  upNext: (what) => `Up next: ${what}`,
  allSetsDone: (totalSets) => (totalSets === 1 ? 'Set done' : `All ${totalSets} sets done`),
  tapDone: 'Tap Done when you finish the set.',
  restFor: (seconds) => `${seconds} seconds`,
  exerciseComplete: 'Exercise complete.',
  invalidExercise: 'The timer could not start because this exercise has problems:',
  noExercise: 'No timer to show: set the exercise property to an exercise from a routine.',
};

const byLanguage: Readonly<Record<string, TimerStrings>> = { en: enTimer };

/** Timer strings for a BCP 47 tag, falling back by primary language, then to English. */
export function timerStringsFor(lang: string | null | undefined): TimerStrings {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return byLanguage[primary] ?? enTimer;
}

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
  if (step.phase === 'work' || step.phase === 'hold') return stepParts(step, strings);
  let next = plan[index + 1];
  if (next?.phase === 'get-ready') next = plan[index + 2] ?? next;
  if (!next) return stepParts(step, strings);
  const [first = '', ...rest] = stepParts(next, strings);
  return step.phase === 'rest' ? [strings.upNext(first), ...rest] : [first, ...rest];
}
