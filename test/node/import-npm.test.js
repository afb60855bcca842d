// Importing the builds where there is no DOM must not throw: no DOM access at import time.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the npm build imports in Node (Lit resolves to its node build)', async () => {
  const main = await import('../../dist/define.js');
  assert.equal(typeof main.ExerciseCard, 'function');
  assert.equal(typeof main.validateRoutine, 'function');
});

test('the data entry imports in Node with no side effects', async () => {
  const data = await import('../../dist/data.js');
  assert.equal(data.validateRoutine(data.runnersKneeRoutine).ok, true);
});

test('the exports map serves every entry by the package name', async () => {
  const elements = ['exercise-card', 'routine-list', 'set-timer', 'exercise-routine'];
  for (const name of [...elements, 'runner-knee-routine']) {
    const entry = await import(`runner-knee-routine/${name}.js`);
    assert.equal(typeof Object.values(entry)[0], 'function', name);
  }
  const data = await import('runner-knee-routine/data.js');
  assert.equal(data.validateRoutine(data.runnersKneeRoutine).ok, true);
  const classes = await import('runner-knee-routine/classes.js');
  assert.equal(typeof classes.ExerciseRoutine, 'function');
  const main = await import('runner-knee-routine');
  assert.equal(typeof main.SetTimer, 'function');
});

test('the exports map names each entry, and nothing inside the build', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { URL } = await import('node:url');
  const { exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));
  const entries = readdirSync(new URL('../../src/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `./${file.replace(/\.ts$/, '.js')}`);
  // define.js is the main entry (".") and index.js the side-effect-free classes.js.
  const expected = entries.map((entry) =>
    entry === './define.js' ? '.' : entry === './index.js' ? './classes.js' : entry,
  );
  const named = Object.keys(exports).filter((key) => key === '.' || key.endsWith('.js'));
  // Besides the entries: files built on their own, the CDN bundle and the iframe embed's.
  const builtApart = (key) => key.startsWith('./cdn/') || key.startsWith('./embed/');
  assert.deepEqual(named.filter((key) => !builtApart(key)).sort(), expected.sort());
  await assert.rejects(import('runner-knee-routine/progress/progress-tracker.js'), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  });
});
