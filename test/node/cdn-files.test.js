// The CDN build's files, as `npm run build` wrote them: the entry under its fixed name, chunks
// named for their content and imported only on demand, by relative URL, and integrity.json
// with the Subresource Integrity value of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CDN = 'dist/cdn';
const ENTRY = 'runner-knee-routine.js';
const files = readdirSync(CDN).filter((file) => file.endsWith('.js'));
const chunks = files.filter((file) => file !== ENTRY);
const text = (file) => readFileSync(join(CDN, file), 'utf8');

/** Every module specifier in `code`: static imports and exports, and dynamic imports. */
function specifiers(code) {
  const from = [...code.matchAll(/\b(?:import|export)\b[^"'`;()]*?\bfrom\s*"([^"]+)"/g)];
  const bare = [...code.matchAll(/\bimport\s*"([^"]+)"/g)];
  const dynamic = [...code.matchAll(/\bimport\("([^"]+)"\)/g)];
  return { fixed: [...from, ...bare].map((m) => m[1]), dynamic: dynamic.map((m) => m[1]) };
}

test('the entry keeps its name; each chunk is named for its content', () => {
  assert.ok(files.includes(ENTRY));
  assert.ok(chunks.length >= 2, `chunks: ${chunks.join(', ')}`);
  for (const chunk of chunks) assert.match(chunk, /^[a-z-]+-[\w-]{8}\.js$/);
});

test('the entry loads its chunks only on demand, and nothing else', () => {
  const { fixed, dynamic } = specifiers(text(ENTRY));
  assert.deepEqual(fixed, [], 'a static import would hold up the first render');
  assert.deepEqual(dynamic.sort(), chunks.map((chunk) => `./${chunk}`).sort());
});

test('chunks import only from the entry and each other, by relative URL', () => {
  for (const chunk of chunks) {
    const { fixed, dynamic } = specifiers(text(chunk));
    assert.deepEqual(dynamic, [], chunk);
    assert.ok(fixed.includes(`./${ENTRY}`), `${chunk} shares the entry's code`);
    for (const spec of fixed)
      assert.ok(files.includes(spec.replace(/^\.\//, '')), `${chunk}: ${spec}`);
  }
});

test('integrity.json has the sha384 of every file', () => {
  const integrity = JSON.parse(readFileSync(join(CDN, 'integrity.json'), 'utf8'));
  assert.deepEqual(Object.keys(integrity).sort(), files.sort());
  for (const file of files) {
    const digest = createHash('sha384')
      .update(readFileSync(join(CDN, file)))
      .digest('base64');
    assert.equal(integrity[file], `sha384-${digest}`, file);
  }
});
