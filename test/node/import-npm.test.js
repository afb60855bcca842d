// Importing the builds where there is no DOM must not throw: no DOM access at import time.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the npm build imports in Node (Lit resolves to its node build)', async () => {
  const main = await import('../../dist/define.js');
  assert.equal(typeof main.ExerciseCard, 'function');
  assert.equal(typeof main.validateRoutine, 'function');
});

test('the data entry imports in Node with no side effects', async () => {
  const data = await import('../../dist/data/index.js');
  assert.equal(data.validateRoutine(data.runnersKneeRoutine).ok, true);
});
