import type { Prescription } from '../../src/data/types.js';

/** What every test prescription below shares: both legs together, a suggested dose. */
export const base = { perSide: false, suggested: true } as const;

/** Two timed holds: get-ready 5 s, hold 30 s, rest 60 s, get-ready 5 s, hold 30 s (130 s). */
export const holds: Prescription = {
  ...base,
  sets: 2,
  holdSeconds: 30,
  getReadySeconds: 5,
  restSeconds: 60,
};
