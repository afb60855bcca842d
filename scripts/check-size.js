// Size budget of the CDN bundle: fails when it exceeds 20 KiB gzip. Prints raw, gzip and
// brotli sizes in bytes, and how far it is from 14 KiB, about what arrives in the first
// round trip of a new connection.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FILE = 'dist/cdn/runner-knee-routine.js';
const BUDGET = 20 * 1024;
const AIM = 14 * 1024;

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = measure(FILE);
  console.log(`${FILE}: ${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli`);
  console.log(
    `budget ${BUDGET} B gzip (${((size.gzip / BUDGET) * 100).toFixed(1)}% used); ` +
      `aim ${AIM} B: ${size.gzip <= AIM ? 'met' : `${size.gzip - AIM} B over`}`,
  );
  if (size.gzip > BUDGET) {
    console.error(`Size budget exceeded by ${size.gzip - BUDGET} B gzip.`);
    process.exit(1);
  }
}
