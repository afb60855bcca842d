import { LazyChunk } from '../../internal/lazy-chunk.js';

// The built-in routine's text is only for <runner-knee-routine>: a page that shows a routine of
// its own never loads it. The element asks for it with its first update, which waits for it.

/** The built-in routine (`runners-knee-routine.ts`), loaded on demand. */
export const builtInRoutineChunk = new LazyChunk(
  'built-in routine',
  () => import('../../data/runners-knee-routine.js'),
);
