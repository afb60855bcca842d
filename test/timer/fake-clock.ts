import type { Clock } from '../../src/timer/clock.js';

/** A clock that moves only when a test says so. */
export class FakeClock implements Clock {
  #time: number;

  /** Starts away from 0 so nothing can rely on time starting at zero. */
  constructor(start = 1_000) {
    this.#time = start;
  }

  now(): number {
    return this.#time;
  }

  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('A monotonic clock cannot go back');
    this.#time += ms;
  }
}
