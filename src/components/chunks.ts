import { LazyChunk } from '../internal/lazy-chunk.js';
import { cuesChunk } from '../timer/on-demand-cues.js';

// The code the elements load on demand, each part used only after something the reader
// does. The CDN build makes each a file of its own beside the bundle.

export { cuesChunk };

/** The workout view (Start workout): its controller, head, how-to sheet and styles. */
export const workoutViewChunk = new LazyChunk(
  'workout view',
  () => import('./exercise-routine/workout-view.js'),
);

/** The knee check (check-in, ratings, history), which starts with the reader's first set. */
export const kneeCheckChunk = new LazyChunk(
  'knee check',
  () => import('./knee-check/knee-check.js'),
);

/** The reminders dialog and its calendar file, sharing, and the take-along dialog itself. */
export const takeAlongChunk = new LazyChunk(
  'take-along',
  () => import('./exercise-routine/take-along-dialog.js'),
);

/** "Continue on your phone": the QR code encoder and its dialog. */
export const phoneChunk = new LazyChunk(
  'QR code',
  () => import('./exercise-routine/phone-dialog.js'),
);

/** Every chunk, in the order they are prefetched. */
export const everyChunk = [
  cuesChunk,
  workoutViewChunk,
  kneeCheckChunk,
  takeAlongChunk,
  phoneChunk,
] as const;

/** Loads every chunk now; resolves once all are loaded, rejects when one fails. */
export function loadEveryChunk(): Promise<void> {
  return Promise.all(everyChunk.map((chunk) => chunk.load())).then(() => undefined);
}
