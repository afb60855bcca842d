/** The timer functions a scheduler uses; injected so tests can run them by hand. */
export interface TimerFunctions {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Real time in milliseconds, for due times. */
  now(): number;
}

/** The browser's own, looked up at call time so nothing touches `window` at import. */
const browserTimers: TimerFunctions = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/** Callbacks due within this many ms of each other run on the same timeout. */
const SLACK_MS = 4;

/**
 * One-shot callbacks, each due at its own time, run from a single timeout armed for the
 * earliest: many timers on a page share one wake-up instead of keeping one each.
 */
export class TickScheduler {
  readonly #timers: TimerFunctions;
  readonly #due = new Map<() => void, number>();
  #handle: unknown;
  #armedFor = Infinity;

  constructor(timers: TimerFunctions = browserTimers) {
    this.#timers = timers;
  }

  /** Callbacks waiting to run. */
  get size(): number {
    return this.#due.size;
  }

  /** Whether a timeout is set. False whenever nothing waits. */
  get armed(): boolean {
    return this.#handle !== undefined;
  }

  /** Runs `callback` once, `delayMs` from now, replacing any time it was already due at. */
  schedule(callback: () => void, delayMs: number): void {
    this.#due.set(callback, this.#timers.now() + Math.max(0, delayMs));
    this.#arm();
  }

  /** Forgets `callback`; the timeout goes when nothing else waits. */
  cancel(callback: () => void): void {
    if (this.#due.delete(callback)) this.#arm();
  }

  #arm(): void {
    const next = Math.min(...this.#due.values());
    if (next === this.#armedFor) return;
    this.#disarm();
    if (next === Infinity) return;
    this.#armedFor = next;
    this.#handle = this.#timers.setTimeout(() => this.#run(), next - this.#timers.now());
  }

  #disarm(): void {
    if (this.#handle !== undefined) this.#timers.clearTimeout(this.#handle);
    this.#handle = undefined;
    this.#armedFor = Infinity;
  }

  #run(): void {
    this.#handle = undefined;
    this.#armedFor = Infinity;
    const limit = this.#timers.now() + SLACK_MS;
    const ready = [...this.#due].filter(([, at]) => at <= limit).map(([callback]) => callback);
    for (const callback of ready) this.#due.delete(callback);
    for (const callback of ready) {
      try {
        callback();
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    this.#arm();
  }
}

/** The page's one scheduler, shared by every timer. */
export const tickScheduler = new TickScheduler();
