// The `runner-knee-routine validate <file.json>` command: a routine file checked as the widget
// checks it, with every problem on its own line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { runnersKneeRoutine } from '../../dist/data.js';

const BIN = fileURLToPath(new URL('../../bin/runner-knee-routine.js', import.meta.url));
const PREFIX = 'runner-knee-routine: ';

const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** A file in a fresh directory removed after the test, holding `text`. */
function fileWith(t, name, text) {
  const dir = mkdtempSync(join(tmpdir(), 'routine-validate-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const routineFile = (t, routine) => fileWith(t, 'routine.json', JSON.stringify(routine, null, 2));

test('a valid routine: "valid" on standard output, exit 0', (t) => {
  const builtIn = fileURLToPath(
    new URL('../../src/data/runners-knee-routine.json', import.meta.url),
  );
  for (const file of [
    builtIn,
    routineFile(t, { $schema: './routine.schema.json', ...runnersKneeRoutine }),
  ]) {
    const { status, stdout, stderr } = run('validate', file);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, 'valid\n');
    assert.equal(stderr, '');
  }
});

test('an invalid routine: every problem with its path, one per line on standard error, exit 1', (t) => {
  const routine = globalThis.structuredClone(runnersKneeRoutine);
  routine.exercises[2].prescription.reps = 'ten';
  routine.exercises[4].name = '';
  routine.exercises[3].id = routine.exercises[1].id;
  delete routine.title;
  const file = routineFile(t, routine);
  const { status, stdout, stderr } = run('validate', file);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `${PREFIX}${file}: title: expected text, got nothing`,
    `${PREFIX}${file}: exercises[2].prescription.reps: expected a whole number from 1 to 100, got "ten"`,
    `${PREFIX}${file}: exercises[3].id: duplicate id "spanish-squat": each exercise needs its own id`,
    `${PREFIX}${file}: exercises[4].name: expected text, got an empty string`,
  ]);
});

test('a problem at the root is named by the file alone', (t) => {
  const { status, stderr } = run('validate', fileWith(t, 'list.json', '[]'));
  assert.equal(status, 1);
  assert.match(
    stderr,
    /^runner-knee-routine: \S+list\.json: expected an object, got a list of 0\n$/,
  );
});

test('invalid JSON: the file and the parse error, exit 1', (t) => {
  const file = fileWith(t, 'broken.json', '{ "id": ');
  const { status, stdout, stderr } = run('validate', file);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  const parseError = (() => {
    try {
      JSON.parse('{ "id": ');
    } catch (error) {
      return error.message;
    }
  })();
  assert.equal(stderr, `${PREFIX}${file} is not valid JSON: ${parseError}\n`);
});

test('a missing file: the file and why it cannot be read, exit 1', (t) => {
  const file = join(fileWith(t, 'other.json', '{}'), '..', 'missing.json');
  const { status, stdout, stderr } = run('validate', file);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, new RegExp(`^${PREFIX}cannot read \\S+missing\\.json: ENOENT`));
});

test('usage errors exit 2: no file, two files, an option of html', () => {
  for (const args of [
    ['validate'],
    ['validate', 'a.json', 'b.json'],
    ['validate', '--theme', 'dark', 'a.json'],
  ]) {
    const { status, stdout, stderr } = run(...args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /Run with --help for usage\./);
  }
});

test('--help documents the command', () => {
  const { status, stdout } = run('--help');
  assert.equal(status, 0);
  assert.match(stdout, /npx runner-knee-routine validate <file\.json>/);
  assert.match(stdout, /"valid", or every problem with its path/);
});
