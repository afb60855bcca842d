import type { LazyChunk } from './lazy-chunk.js';

/** Lit's `hydrate()`, from `@lit-labs/ssr-client`. */
export type HydrateModule = typeof import('./hydrate.js');

/**
 * How the build at hand hydrates. The npm build imports Lit's hydrate support whole, and this
 * stays empty. The CDN build loads `hydrate()` on demand (`lazy-hydrate-support.ts`) and sets
 * `chunk`: an element that arrived server-rendered waits for it before its first update.
 */
export const hydration: { chunk?: LazyChunk<HydrateModule> } = {};
