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
