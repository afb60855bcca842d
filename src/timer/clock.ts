/** A monotonic time source in milliseconds. Injected so tests can drive time by hand. */
export interface Clock {
  /** Milliseconds since an arbitrary origin; never goes backwards. */
  now(): number;
}

/**
 * The page's monotonic clock. `performance.now()` keeps counting while a phone's tab is hidden
 * or throttled and ignores changes to the wall-clock time, unlike `Date.now()`.
 */
export const performanceClock: Clock = {
  now: () => performance.now(),
};
