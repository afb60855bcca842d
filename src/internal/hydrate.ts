// Lit's hydrate(), the CDN build's hydration chunk (see lazy-hydrate-support.ts).
export { hydrate } from '@lit-labs/ssr-client';
