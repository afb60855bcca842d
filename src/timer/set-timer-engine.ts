import type { Side } from '../data/types.js';
import { performanceClock, type Clock } from './clock.js';
import { isEffort, type TimerPhase, type TimerStep } from './timer-plan.js';

/** Where the timer is: not started, counting, paused by the reader, or finished. */
export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

/** The timer's state at one moment, for rendering. */
export interface TimerSnapshot {
  status: TimerStatus;
  /** Index of the current step in the plan. When done, the final step. */
  stepIndex: number;
  step: TimerStep;
  phase: TimerPhase;
  set: number;
  totalSets: number;
  side: Side | undefined;
  /**
   * Exact time left in a timed step, never negative: show `Math.ceil(remainingMs / 1000)`
   * seconds. `undefined` for a rep set, which lasts until the reader taps Done.
   */
  remainingMs: number | undefined;
  /** Time spent in the current step, not counting pauses. */
  elapsedMs: number;
}

/** What each event passes to its listeners. `at` is the clock time it happened. */
export interface TimerEventMap {
  /** A step was entered (once per step). After a long sync `at` may lie in the past. */
  phase: { stepIndex: number; step: TimerStep; at: number };
  /** A work or hold step finished, i.e. one set on one side is done. */
  'set-complete': { set: number; totalSets: number; side: Side | undefined; at: number };
  /** The final step finished. */
  'exercise-complete': { at: number };
}

/** A listener for one event type. */
export type TimerListener<K extends keyof TimerEventMap> = (detail: TimerEventMap[K]) => void;

/** A step boundary still to come, for scheduling sound cues ahead of time. */
export interface TimerChange {
  /** Clock time of the boundary, in the units of `Clock.now()`. */
  at: number;
  /** Index of the step that begins then; `plan.length` when the exercise ends then. */
  stepIndex: number;
  /** The step that begins then; `undefined` when the exercise ends then. */
  step: TimerStep | undefined;
}

type AnyListener = (detail: never) => void;

/**
 * The timing core of a set timer: which step of an exercise is current and how much of it is
 * left, worked out from clock timestamps, never by counting ticks, so a throttled or hidden
 * page is right again after one `sync()`.
 *
 * A timed step ends at its start + duration + added time + paused time, and the next step
 * starts exactly there, not when `sync()` happens to notice. A rep set ('work') has no end
 * time: the timer waits for `completeWork()`.
 *
 * It schedules nothing itself: whoever owns it calls `sync()` on each tick and on
 * `visibilitychange`, then reads `snapshot()`. Every command syncs first, so it acts on the
 * step that is current at the moment it is called.
 */
export class SetTimerEngine {
  /** The steps, in order; never empty. */
  readonly plan: readonly TimerStep[];
  readonly #clock: Clock;
  readonly #listeners = new Map<keyof TimerEventMap, Set<AnyListener>>();
  readonly #pending: (() => void)[] = [];
  #flushing = false;
  #status: TimerStatus = 'idle';
  #index = 0;
  /** When the current step began. */
  #startedAt = 0;
  #addedMs = 0;
  /** Paused time within the current step, not counting a pause still going on. */
  #pausedMs = 0;
  /** While paused or done, the clock time at which the step's time stands still. */
  #frozenAt = 0;

  /** @throws RangeError when the plan has no steps. */
  constructor(plan: readonly TimerStep[], clock: Clock = performanceClock) {
    if (plan.length === 0) throw new RangeError('A timer plan needs at least one step');
    this.plan = [...plan];
    this.#clock = clock;
  }

  get status(): TimerStatus {
    return this.#status;
  }

  get #step(): TimerStep {
    return this.plan[this.#index];
  }

  /** Time as the current step sees it: it stands still while paused or done. */
  #now(): number {
    const frozen = this.#status === 'paused' || this.#status === 'done';
    return frozen ? this.#frozenAt : this.#clock.now();
  }

  #elapsedMs(): number {
    if (this.#status === 'idle') return 0;
    return this.#now() - this.#startedAt - this.#pausedMs;
  }

  #remainingMs(): number | undefined {
    const { durationMs } = this.#step;
    if (durationMs === undefined) return undefined;
    if (this.#status === 'done') return 0;
    return Math.max(0, durationMs + this.#addedMs - this.#elapsedMs());
  }

  #isActive(): boolean {
    return this.#status === 'running' || this.#status === 'paused';
  }

  #enter(index: number, at: number): void {
    this.#index = index;
    this.#startedAt = at;
    this.#addedMs = 0;
    this.#pausedMs = 0;
    this.#emit('phase', { stepIndex: index, step: this.#step, at });
  }

  /** Ends the current step at `at` and starts the next one there, or finishes. */
  #advance(at: number): void {
    const { phase, set, totalSets, side } = this.#step;
    if (isEffort(phase)) this.#emit('set-complete', { set, totalSets, side, at });
    if (this.#index + 1 < this.plan.length) return this.#enter(this.#index + 1, at);
    this.#status = 'done';
    this.#frozenAt = at;
    this.#emit('exercise-complete', { at });
  }

  /** Ends the current step now, at the reader's request; a paused timer carries on running. */
  #endStepNow(): true {
    this.resume();
    this.#advance(this.#clock.now());
    this.#flush();
    return true;
  }

  /** Queues an event; `#flush()` delivers it. */
  #emit<K extends keyof TimerEventMap>(type: K, detail: TimerEventMap[K]): void {
    this.#pending.push(() => this.#deliver(type, detail));
  }

  /**
   * Delivers queued events in order. A listener that calls back into the engine only queues
   * more, so events never arrive out of order.
   */
  #flush(): void {
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      for (let next = this.#pending.shift(); next; next = this.#pending.shift()) next();
    } finally {
      this.#flushing = false;
    }
  }

  #deliver<K extends keyof TimerEventMap>(type: K, detail: TimerEventMap[K]): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) {
      try {
        (listener as TimerListener<K>)(detail);
      } catch (error) {
        // Report it like a DOM event listener's error, without leaving the timer half-advanced.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Listens for an event. Returns a function that removes the listener. */
  on<K extends keyof TimerEventMap>(type: K, listener: TimerListener<K>): () => void {
    const listeners = this.#listeners.get(type) ?? new Set<AnyListener>();
    this.#listeners.set(type, listeners);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  /** Starts the first step now. Returns false unless the timer was idle. */
  start(): boolean {
    if (this.#status !== 'idle') return false;
    this.#status = 'running';
    this.#enter(0, this.#clock.now());
    this.#flush();
    return true;
  }

  /** Pauses now. Returns false unless the timer was running. */
  pause(): boolean {
    this.sync();
    if (this.#status !== 'running') return false;
    this.#status = 'paused';
    this.#frozenAt = this.#clock.now();
    return true;
  }

  /** Resumes a paused timer; the pause lengthens the current step. Returns false unless paused. */
  resume(): boolean {
    if (this.#status !== 'paused') return false;
    this.#pausedMs += this.#clock.now() - this.#frozenAt;
    this.#status = 'running';
    return true;
  }

  /** The one play/pause button: starts, pauses or resumes. Returns false when done. */
  toggle(): boolean {
    if (this.#status === 'idle') return this.start();
    if (this.#status === 'paused') return this.resume();
    return this.pause();
  }

  /** Ends the current rest or get-ready now. Returns false when the step is neither. */
  skipRest(): boolean {
    this.sync();
    const { phase } = this.#step;
    if (!this.#isActive() || isEffort(phase)) return false;
    return this.#endStepNow();
  }

  /**
   * The reader's Done: ends the current rep set, or a hold early. Returns false when the
   * current step is a rest or get-ready, or the timer is not started or already done.
   */
  completeWork(): boolean {
    this.sync();
    const { phase } = this.#step;
    if (!this.#isActive() || !isEffort(phase)) return false;
    return this.#endStepNow();
  }

  /**
   * Lengthens the current timed step, e.g. +15 s of rest. Returns false when the step has no
   * duration or the timer is not running or paused.
   * @throws RangeError unless `ms` is a positive finite number.
   */
  addTime(ms: number): boolean {
    if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`Cannot add ${ms} ms`);
    this.sync();
    if (!this.#isActive() || this.#step.durationMs === undefined) return false;
    this.#addedMs += ms;
    return true;
  }

  /** Goes back to the first step, idle, as if just created. Fires no event. */
  restart(): void {
    this.#pending.length = 0; // events of the abandoned run are stale
    this.#status = 'idle';
    this.#index = 0;
    this.#startedAt = 0;
    this.#addedMs = 0;
    this.#pausedMs = 0;
  }

  /**
   * Advances through every timed step whose end has passed, in order, firing each event once.
   * Call on every tick and on `visibilitychange`.
   */
  sync(): void {
    const now = this.#clock.now();
    for (let end = this.currentStepEndsAt(); end !== undefined && end <= now;) {
      this.#advance(end);
      this.#flush(); // a listener may pause, so read the end time afresh
      end = this.currentStepEndsAt();
    }
  }

  /** The current state. Pure: call `sync()` first to catch up with the clock. */
  snapshot(): TimerSnapshot {
    const step = this.#step;
    return {
      status: this.#status,
      stepIndex: this.#index,
      step,
      phase: step.phase,
      set: step.set,
      totalSets: step.totalSets,
      side: step.side,
      remainingMs: this.#remainingMs(),
      elapsedMs: this.#elapsedMs(),
    };
  }

  /**
   * Clock time at which the current step ends, or `undefined` when nothing will change on its
   * own: idle, paused, done, or waiting on a rep set.
   */
  currentStepEndsAt(): number | undefined {
    const { durationMs } = this.#step;
    if (this.#status !== 'running' || durationMs === undefined) return undefined;
    return this.#startedAt + durationMs + this.#addedMs + this.#pausedMs;
  }

  /** Milliseconds until the current step ends (0 when overdue), for scheduling the next tick. */
  msUntilNextChange(): number | undefined {
    const end = this.currentStepEndsAt();
    return end === undefined ? undefined : Math.max(0, end - this.#clock.now());
  }

  /**
   * The step boundaries still to come within `withinMs` if nothing is touched, up to the next
   * rep set or the end: schedule their cues on the AudioContext clock so they sound on time in
   * a throttled page, and reschedule after any command.
   */
  upcomingChanges(withinMs = Infinity): TimerChange[] {
    const changes: TimerChange[] = [];
    const limit = this.#clock.now() + withinMs;
    let at = this.currentStepEndsAt();
    for (let i = this.#index + 1; at !== undefined && at <= limit; i++) {
      const step = this.plan[i];
      changes.push({ at, stepIndex: i, step });
      at = step?.durationMs === undefined ? undefined : at + step.durationMs;
    }
    return changes;
  }
}
