// The source's own rules, checked on its text: imports only run down the layers, and every
// string in the string table is used somewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** What each folder of src/ may import from, besides itself. Top-level entries import anything. */
const ALLOWED = {
  data: [],
  i18n: ['data'],
  internal: ['data'],
  styles: [],
  timer: ['data', 'i18n', 'internal'],
  events: ['data', 'timer'],
  progress: ['data', 'events', 'internal'],
  'knee-check': ['data', 'i18n', 'internal', 'progress'],
  components: ['data', 'i18n', 'internal', 'styles', 'timer', 'events', 'progress', 'knee-check'],
  // What registers the elements, and the CDN bundle's entry: entries, as top-level modules are.
  entries: ['data', 'components', 'internal'],
  // The embed page's scripts, built apart from the package's modules: they import only data,
  // which imports nothing else.
  embed: ['data'],
};

function sourceFiles(dir = SRC) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const layerOf = (path) => relative(SRC, path).split('/')[0];

test('imports run only down the layers', () => {
  const wrong = [];
  for (const file of sourceFiles()) {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    if (!allowed) continue; // a top-level entry
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g)) {
      const target = layerOf(resolve(dirname(file), spec));
      if (target !== layer && !allowed.includes(target)) {
        wrong.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('every folder of src/ has its place in the layers', () => {
  const folders = readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  assert.deepEqual(
    folders.filter((folder) => !ALLOWED[folder]),
    [],
  );
});

test('every key of the English string table is used', () => {
  const table = readFileSync(join(SRC, 'i18n/en.ts'), 'utf8');
  const keys = [...table.matchAll(/^ {2,4}(\w+)[:(]/gm)].map(([, key]) => key);
  assert.ok(keys.length > 40, `found only ${keys.length} keys`);
  const code = sourceFiles()
    .filter((file) => layerOf(file) !== 'i18n')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  // Used as a member of a string table (s.start, this.strings.start, strings.timer.start…),
  // or, for the phase labels, as the phase names the timer passes in.
  const phases = new Set(['idle', 'get-ready', 'work', 'hold', 'rest', 'done']);
  const unused = keys.filter(
    (key) => !phases.has(key) && !new RegExp(`\\b(s|strings|timer)\\.${key}\\b`).test(code),
  );
  assert.deepEqual(unused, []);
});
