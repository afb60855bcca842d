import { LazyChunk } from '../../internal/lazy-chunk.js';

// Progress (recording, saving, merging across tabs) and the flow through a routine are for the
// routine elements alone: a chunk of their own, which a routine element loads before its first
// render, at once with its routine's text or the validator of a publisher's routine.

/** The routine flow and the progress it records (`routine-flow.ts`), loaded on demand. */
export const routineFlowChunk = new LazyChunk(
  'routine progress',
  () => import('./routine-flow.js'),
);
