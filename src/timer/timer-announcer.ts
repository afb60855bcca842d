import type { TimerStrings } from '../i18n/strings.js';
import type { TimerSnapshot } from './set-timer-engine.js';
import type { TimerStep } from './timer-plan.js';
import { statusParts } from './describe-step.js';

/** Seconds counted out loud before a timed step ends. */
const COUNT_FROM = 3;

/**
 * Decides what a polite live region says: each change of phase or status once, and "3", "2",
 * "1" at the end of a timed step, never every second. Works from snapshots alone, so after a
 * page was hidden it speaks only about where the timer is now, not what was missed.
 */
export class TimerAnnouncer {
  #key = '';
  #count: number | undefined;
  #text = '';

  /** The current announcement. */
  get text(): string {
    return this.#text;
  }

  #phaseText(snapshot: TimerSnapshot, plan: readonly TimerStep[], s: TimerStrings): string {
    const { phase, step, stepIndex } = snapshot;
    const details = `${statusParts(plan, stepIndex, s).join(', ')}.`;
    if (phase === 'rest') {
      return `${s.phases.rest}, ${s.restFor(Math.round((step.durationMs ?? 0) / 1000))}. ${details}`;
    }
    const text = `${s.phases[phase]}. ${details}`;
    return phase === 'work' ? `${text} ${s.tapDone}` : text;
  }

  #statusText(
    snapshot: TimerSnapshot,
    previous: string,
    plan: readonly TimerStep[],
    s: TimerStrings,
  ): string {
    switch (snapshot.status) {
      case 'idle':
        return previous && !previous.startsWith('idle') ? s.reset : '';
      case 'paused':
        return s.paused;
      case 'done':
        return s.exerciseComplete;
      case 'running':
        return previous === `paused:${snapshot.stepIndex}`
          ? s.resumed
          : this.#phaseText(snapshot, plan, s);
    }
  }

  /**
   * Works out the announcement for `snapshot` (call before each render) and returns it.
   * `undefined` clears it, e.g. when the exercise is replaced.
   */
  observe(
    snapshot: TimerSnapshot | undefined,
    plan: readonly TimerStep[],
    strings: TimerStrings,
  ): string {
    const key = snapshot ? `${snapshot.status}:${snapshot.stepIndex}` : '';
    const count =
      snapshot?.remainingMs === undefined ? undefined : Math.ceil(snapshot.remainingMs / 1000);
    if (!snapshot) this.#text = '';
    else if (key !== this.#key) this.#text = this.#statusText(snapshot, this.#key, plan, strings);
    else if (snapshot.status === 'running' && count !== this.#count && count !== undefined) {
      if (count >= 1 && count <= COUNT_FROM) this.#text = String(count);
    }
    this.#key = key;
    this.#count = count;
    return this.#text;
  }
}
