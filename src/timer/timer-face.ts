import type { TimerStrings } from '../i18n/strings.js';
import type { TimerSnapshot } from './set-timer-engine.js';
import type { TimerPhase, TimerStep } from './timer-plan.js';
import { statusParts } from './describe-step.js';

/**
 * What the face calls each state: the plan's phases, plus not started and finished. Each one
 * indexes the string table's `phases`, so a label it lacks does not compile.
 */
export type TimerPhaseLabel = TimerPhase | 'idle' | 'done';

/** What the timer's face shows at one moment. */
export interface TimerFace {
  label: TimerPhaseLabel;
  /** The phase in words, e.g. "Rest" or "Hold · Paused". */
  phase: string;
  /** Time left as mm:ss, or the reps of a rep set. */
  digits: string;
  /** A word under the digits ("reps"), when they are not a time. */
  unit?: string;
  /** Share of the step still to go, 0 to 1, for the ring. */
  fraction: number;
  /** "Set 2 of 3 · 12 reps · left leg", or what comes after a rest. */
  status: string;
}

/** Whole seconds as mm:ss; minutes keep counting past 59. */
export function formatTime(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

type Readout = Pick<TimerFace, 'digits' | 'unit' | 'fraction'>;

/** Before the start, the first work or hold (not its get-ready); after it, the current step. */
function readout(snapshot: TimerSnapshot, plan: readonly TimerStep[], s: TimerStrings): Readout {
  const { status, remainingMs, elapsedMs } = snapshot;
  if (status === 'done') return { digits: formatTime(0), fraction: 0 };
  const first = plan.find((p) => p.phase !== 'get-ready') ?? snapshot.step;
  const step = status === 'idle' ? first : snapshot.step;
  if (step.reps !== undefined) {
    return { digits: String(step.reps), unit: s.repsUnit(step.reps), fraction: 1 };
  }
  if (status === 'idle' || remainingMs === undefined) {
    return { digits: formatTime(Math.ceil((step.durationMs ?? 0) / 1000)), fraction: 1 };
  }
  // Seconds round up: "00:01" until the step is over, never "00:00" while it runs.
  const total = elapsedMs + remainingMs;
  return {
    digits: formatTime(Math.ceil(remainingMs / 1000)),
    fraction: total > 0 ? remainingMs / total : 0,
  };
}

/** The face for `snapshot` of a timer running `plan`. */
export function timerFace(
  snapshot: TimerSnapshot,
  plan: readonly TimerStep[],
  strings: TimerStrings,
): TimerFace {
  const { status } = snapshot;
  const label: TimerPhaseLabel = status === 'idle' || status === 'done' ? status : snapshot.phase;
  const paused = status === 'paused' ? ` · ${strings.paused}` : '';
  const statusLine =
    status === 'done'
      ? strings.allSetsDone(snapshot.totalSets)
      : statusParts(plan, snapshot.stepIndex, strings).join(' · ');
  return {
    label,
    phase: `${strings.phases[label]}${paused}`,
    ...readout(snapshot, plan, strings),
    status: statusLine,
  };
}
