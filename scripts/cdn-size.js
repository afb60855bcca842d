// The CDN build's size budget (`npm run size`, part of `npm test` after the build): prints
// raw, gzip (level 9) and brotli (quality 11) sizes of every JavaScript file in dist/cdn/,
// and fails when the entry or any chunk is over its gzip budget.
//  - The entry, the one file a publisher's script tag names, is what every page runs first:
//    Lit, the elements, the timer. At most 30 KiB gzip; code only some elements or pages need
//    belongs in a chunk (README, "Size").
//  - A chunk is code loaded on demand: before a routine element's first render, or fetched
//    when the browser is idle after it. It must be in before the reader's first tap, and a
//    chunk near its budget is likely code that belongs to the entry or to a chunk of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_DIR = 'dist/cdn';
export const ENTRY = 'runner-knee-routine.js';
export const ENTRY_BUDGET = 30 * 1024;
export const CHUNK_BUDGET = 8 * 1024;

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a file, in bytes. */
export function measure(path) {
  const source = readFileSync(path);
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Every JavaScript file of `dir` (no source maps), the entry first, with its sizes and budget. */
export function cdnSizes(dir = CDN_DIR) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
  return files.map((file) => ({
    file,
    ...measure(join(dir, file)),
    budget: file === ENTRY ? ENTRY_BUDGET : CHUNK_BUDGET,
  }));
}

const number = (n) => n.toLocaleString('en');

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = cdnSizes();
  if (!sizes.some(({ file }) => file === ENTRY)) {
    console.error(`${CDN_DIR}/${ENTRY} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const width = Math.max(...sizes.map(({ file }) => file.length));
  console.log(`${'file'.padEnd(width)}      raw     gzip   brotli   budget (gzip)`);
  for (const { file, raw, gzip, brotli, budget } of sizes) {
    const cells = [raw, gzip, brotli].map((n) => number(n).padStart(8)).join(' ');
    const used = `${((gzip / budget) * 100).toFixed(0)}% of ${number(budget)}`;
    console.log(`${file.padEnd(width)} ${cells}   ${used}`);
  }
  const over = sizes.filter(({ gzip, budget }) => gzip > budget);
  for (const { file, gzip, budget } of over) {
    console.error(`${file}: ${number(gzip)} B gzip, over its budget of ${number(budget)} B.`);
  }
  if (over.length > 0) process.exit(1);
}
