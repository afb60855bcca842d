// The iframe embed as built (dist/embed/, by scripts/build-embed.js): the page holds the
// pre-rendered routine and only external scripts, by relative URLs; resize.js stays small and
// is a plain script; the package exports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { renderRoutineHtml } from '../../dist/ssr.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const page = read('dist/embed/index.html');
const pkg = JSON.parse(read('package.json'));

test('the page holds the server-rendered routine, inlined at build time', () => {
  assert.ok(page.includes(renderRoutineHtml()));
  assert.match(page, /<runner-knee-routine[^>]*><template shadowroot="open" shadowrootmode="open"/);
});

test('every script is an external file at a relative URL: nothing inline for a CSP to block', () => {
  const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.deepEqual(
    scripts.map(([, attributes, body]) => [attributes.trim(), body.trim()]),
    [
      ['type="module" src="./embed.js"', ''],
      ['type="module" src="../cdn/runner-knee-routine.js"', ''],
    ],
  );
  assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handler');
});

test('resize.js is under 1 KB and runs as a classic script, leaving no global behind', () => {
  const source = read('dist/embed/resize.js');
  assert.ok(Buffer.byteLength(source) < 1024, `${Buffer.byteLength(source)} B`);
  assert.doesNotMatch(source, /^\s*(import|export)\b/m, 'no module syntax');
  const listeners = [];
  const context = { addEventListener: (type) => listeners.push(type), document: {} };
  runInNewContext(source, context);
  assert.deepEqual(listeners, ['message']);
  assert.deepEqual(Object.keys(context).sort(), ['addEventListener', 'document']);
});

test('the package exports resize.js, and ships dist/embed/ (under dist)', () => {
  assert.equal(pkg.exports['./embed/resize.js'], './dist/embed/resize.js');
  assert.ok(pkg.files.includes('dist'));
  assert.ok(read('dist/embed/resize.js').length > 0);
});
