import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { performanceClock, type Clock } from './clock.js';
import { SetTimerEngine, type TimerEventMap, type TimerSnapshot } from './set-timer-engine.js';
import { isEffort, type TimerStep } from './timer-plan.js';
import { tickScheduler, type TickScheduler } from './tick-scheduler.js';

/** An event that happened more than this long ago (real time) was caught up, not seen live. */
const LATE_MS = 1000;

/** What a timer tells its host besides asking it to re-render. `late`: see `LATE_MS`. */
export interface TimerCallbacks {
  phase?(detail: TimerEventMap['phase'], late: boolean): void;
  setComplete?(detail: TimerEventMap['set-complete'], late: boolean): void;
  exerciseComplete?(detail: TimerEventMap['exercise-complete'], late: boolean): void;
  /** The timeline changed (a command, a new step, a re-sync): re-plan cues and wake lock. */
  timelineChange?(): void;
}

/** The running timer as cues see it: its engine and how its clock maps to real time. */
export interface TimerSource {
  readonly engine: SetTimerEngine | undefined;
  /** Engine milliseconds per real millisecond (the `time-scale`). */
  readonly scale: number;
  /** The engine's clock. */
  now(): number;
}

/** A clock that runs `scale` times faster than `clock`, from now on. */
export function scaleClock(clock: Clock, scale: number): Clock {
  if (scale === 1) return clock;
  const origin = clock.now();
  return { now: () => origin + (clock.now() - origin) * scale };
}

/**
 * Drives a `SetTimerEngine` for an element: syncs it when the display's seconds change (one
 * shared timeout, scheduled from the engine's own times, never counted) and at once when the
 * page becomes visible again, so a throttled or hidden page catches up in one step.
 */
export class TimerController implements ReactiveController, TimerSource {
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: TimerCallbacks;
  readonly #scheduler: TickScheduler;
  #engine: SetTimerEngine | undefined;
  #clock: Clock = performanceClock;
  #scale = 1;
  #connected = false;
  #unsubscribe: (() => void)[] = [];
  readonly #tick = () => this.sync();

  constructor(
    host: ReactiveControllerHost,
    callbacks: TimerCallbacks,
    scheduler: TickScheduler = tickScheduler,
  ) {
    this.#host = host;
    this.#callbacks = callbacks;
    this.#scheduler = scheduler;
    host.addController(this);
  }

  get engine(): SetTimerEngine | undefined {
    return this.#engine;
  }

  get scale(): number {
    return this.#scale;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#tick);
    this.sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#tick);
    this.#scheduler.cancel(this.#tick);
  }

  #isLate(at: number): boolean {
    return (this.now() - at) / this.#scale > LATE_MS;
  }

  #subscribe(engine: SetTimerEngine): void {
    const cb = this.#callbacks;
    this.#unsubscribe = [
      engine.on('phase', (d) => cb.phase?.(d, this.#isLate(d.at))),
      engine.on('set-complete', (d) => cb.setComplete?.(d, this.#isLate(d.at))),
      engine.on('exercise-complete', (d) => cb.exerciseComplete?.(d, this.#isLate(d.at))),
    ];
  }

  /** Wakes up when the shown whole second changes (the next step starts on such a change). */
  #scheduleTick(): void {
    this.#scheduler.cancel(this.#tick);
    const snapshot = this.#engine?.snapshot();
    if (!this.#connected || snapshot?.status !== 'running') return;
    const { remainingMs } = snapshot;
    if (remainingMs === undefined) return; // a rep set changes only on Done
    const untilNextSecond = remainingMs % 1000 || 1000;
    this.#scheduler.schedule(this.#tick, untilNextSecond / this.#scale);
  }

  #timelineChanged(): void {
    this.#scheduleTick();
    this.#callbacks.timelineChange?.();
    this.#host.requestUpdate();
  }

  #command(run: (engine: SetTimerEngine) => boolean): boolean {
    const engine = this.#engine;
    if (!engine || !run(engine)) return false;
    this.#timelineChanged();
    return true;
  }

  /**
   * Runs `plan` on `clock` at `scale` times real speed, from idle. `undefined` unloads.
   * Fires no event: only the reader's commands and the passing time do.
   */
  load(plan: readonly TimerStep[] | undefined, clock: Clock, scale: number): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#clock = scaleClock(clock, scale);
    this.#scale = scale;
    this.#engine = plan ? new SetTimerEngine(plan, this.#clock) : undefined;
    if (this.#engine) this.#subscribe(this.#engine);
    this.#timelineChanged();
  }

  /** The engine's clock, scaled. */
  now(): number {
    return this.#clock.now();
  }

  /** The state to render; `undefined` with no plan. */
  snapshot(): TimerSnapshot | undefined {
    return this.#engine?.snapshot();
  }

  /** Catches up with the clock and re-renders. */
  sync(): void {
    const engine = this.#engine;
    if (!engine) return;
    const before = `${engine.status}:${engine.snapshot().stepIndex}`;
    engine.sync();
    const after = `${engine.status}:${engine.snapshot().stepIndex}`;
    if (after !== before) return this.#timelineChanged();
    this.#scheduleTick();
    this.#host.requestUpdate();
  }

  /** Start, pause or resume. */
  toggle(): boolean {
    return this.#command((engine) => engine.toggle());
  }

  /**
   * The one main action, whatever the state: Done on a rep set (even before the timer runs,
   * so a set is one tap), Start on a timed set, Done on a hold, Skip on a rest or countdown.
   * A paused timer carries on running.
   */
  primary(): boolean {
    return this.#command((engine) => {
      if (engine.status !== 'idle') return this.#advance(engine);
      engine.start();
      return engine.snapshot().phase === 'work' ? engine.completeWork() : true;
    });
  }

  /** Done on work or a hold, skip on a rest or get-ready. */
  #advance(engine: SetTimerEngine): boolean {
    engine.sync();
    const waiting = !isEffort(engine.snapshot().phase);
    return waiting ? engine.skipRest() : engine.completeWork();
  }

  /** Lengthens the current timed step. */
  addTime(ms: number): boolean {
    return this.#command((engine) => engine.addTime(ms));
  }

  /** Back to the first step, idle. */
  restart(): void {
    this.#command((engine) => {
      engine.restart();
      return true;
    });
  }
}
