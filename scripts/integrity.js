// Subresource Integrity for the CDN build: a Rollup plugin that, once the files are written,
// prints the `integrity` value (sha384, base64) of every JavaScript file in the output folder
// and writes them all to integrity.json there, { "file": "sha384-…" }.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `integrity` attribute value for `content`. */
export function integrityOf(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

export function subresourceIntegrity({ fileName = 'integrity.json' } = {}) {
  return {
    name: 'subresource-integrity',
    writeBundle({ dir }, bundle) {
      // Hashed from the files as written, source-map comment included.
      const files = Object.keys(bundle)
        .filter((file) => file.endsWith('.js'))
        .sort();
      const integrity = Object.fromEntries(
        files.map((file) => [file, integrityOf(readFileSync(join(dir, file)))]),
      );
      writeFileSync(join(dir, fileName), `${JSON.stringify(integrity, null, 2)}\n`);
      for (const [file, value] of Object.entries(integrity)) {
        console.log(`${join(dir, file)}  integrity="${value}"`);
      }
    },
  };
}
