// Server rendering (dist/ssr.js) and the `runner-knee-routine html` command built on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { renderRoutineHtml, RoutineOptionsError } from '../../dist/ssr.js';
import { runnersKneeRoutine } from '../../dist/data.js';

const BIN = fileURLToPath(new URL('../../bin/runner-knee-routine.js', import.meta.url));
const DSD = '<template shadowroot="open" shadowrootmode="open"';

/** The text a reader sees: no styles, comments or tags, entities decoded. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const copy = (value) => JSON.parse(JSON.stringify(value));

function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'routine-ssr-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

test('the built-in routine renders with a declarative shadow root for every element', () => {
  const html = renderRoutineHtml();
  assert.match(html, /^(<!--[^>]*-->)*<runner-knee-routine[^>]*>/);
  for (const tag of ['runner-knee-routine', 'routine-list', 'exercise-card', 'set-timer']) {
    assert.match(html, new RegExp(`<${tag}\\b[^>]*>${DSD}`), tag);
  }
  const text = visibleText(html);
  assert.ok(text.includes(runnersKneeRoutine.title), 'title');
  for (const line of runnersKneeRoutine.safety) assert.ok(text.includes(line), line);
  const names = runnersKneeRoutine.exercises.map(({ name }) => name);
  assert.equal(names.length, 5);
  const positions = names.map((name) => text.indexOf(name));
  assert.ok(
    positions.every((at) => at >= 0),
    `every name shown: ${positions}`,
  );
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
    'in order',
  );
});

test('rendering is deterministic and shows a fresh routine (no saved progress read)', () => {
  globalThis.localStorage = {
    getItem: () => assert.fail('storage read on the server'),
    setItem: () => assert.fail('storage written on the server'),
  };
  try {
    const html = renderRoutineHtml();
    assert.equal(renderRoutineHtml(), html);
    assert.ok(visibleText(html).includes('0 of 16 sets done'));
    assert.doesNotMatch(visibleText(html), /not saved/);
  } finally {
    delete globalThis.localStorage;
  }
});

test('options reach the element', () => {
  const html = renderRoutineHtml({ theme: 'dark', layout: 'compact', headingLevel: 3 });
  const host = html.match(/<runner-knee-routine[^>]*>/)[0];
  assert.match(host, /\btheme="dark"/);
  assert.match(host, /\bapplied-theme="dark"/);
  assert.match(host, /\blayout="compact"/);
  assert.match(host, /\bheading-level="3"/);
  assert.match(
    html,
    /role="heading"\s+aria-level="3"[^>]*>[\s\S]*?Runner&#39;s knee strength routine/,
  );
  const bare = visibleText(renderRoutineHtml({ noHeader: true }));
  assert.ok(!bare.includes(runnersKneeRoutine.safety[0]), 'no-header hides the safety notice');
});

test('a given routine renders as <exercise-routine>, its text escaped', () => {
  const attack = '<img src=x onerror=alert(1)>';
  const routine = copy(runnersKneeRoutine);
  routine.title = `Title ${attack}`;
  routine.exercises[0].name = `Squat ${attack}`;
  routine.safety[0] = `Careful ${attack}`;
  const html = renderRoutineHtml({ routine });
  assert.match(html, new RegExp(`<exercise-routine\\b[^>]*>${DSD}`));
  assert.doesNotMatch(html, /<img/i);
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  const text = visibleText(html);
  for (const shown of [routine.title, routine.exercises[0].name, routine.safety[0]]) {
    assert.ok(text.includes(shown), shown);
  }
});

test('a given routine and media go in the page as inline JSON no text can break out of', () => {
  const routine = copy(runnersKneeRoutine);
  routine.title = 'Knees </script><script>alert(1)</script> & more';
  const media = { 'spanish-squat': { kind: 'image', url: '/a.png', alt: '</script>' } };
  const html = renderRoutineHtml({ routine, media });
  const scripts = [
    ...html.matchAll(/<script type="application\/json"( data-media)?>(.*?)<\/script>/gs),
  ];
  assert.equal((html.match(/<script/g) ?? []).length, 2, 'the two JSON children, nothing else');
  assert.deepEqual(
    scripts.map(([, isMedia]) => Boolean(isMedia)),
    [false, true],
  );
  assert.equal(JSON.parse(scripts[0][2]).title, routine.title);
  assert.deepEqual(JSON.parse(scripts[1][2]), media);
});

test('noHeader and noCredits must be booleans', () => {
  assert.throws(
    () => renderRoutineHtml({ noHeader: 'yes', noCredits: 1 }),
    (error) => {
      assert.match(error.message, /noHeader: expected true or false, got "yes"/);
      assert.match(error.message, /noCredits: expected true or false, got 1/);
      return true;
    },
  );
});

test('an invalid routine throws, listing every problem with its path', () => {
  const routine = copy(runnersKneeRoutine);
  routine.exercises[2].prescription.reps = 'ten';
  delete routine.title;
  assert.throws(
    () => renderRoutineHtml({ routine, theme: 'purple' }),
    (error) => {
      assert.ok(error instanceof RoutineOptionsError);
      assert.match(error.message, /routine\.exercises\[2\]\.prescription\.reps: expected/);
      assert.match(error.message, /routine\.title: expected/);
      assert.match(error.message, /theme: expected one of/);
      assert.equal(error.problems.length, 3);
      return true;
    },
  );
});

test('CLI: --help documents the command', () => {
  const { status, stdout } = run('--help');
  assert.equal(status, 0);
  for (const option of ['html', '--routine', '--theme', '--out'])
    assert.ok(stdout.includes(option));
});

test('CLI: html prints the snippet, or writes it with --out', (t) => {
  const printed = run('html');
  assert.equal(printed.status, 0, printed.stderr);
  assert.equal(printed.stdout, `${renderRoutineHtml()}\n`);

  const dir = tempDir(t);
  const routineFile = join(dir, 'routine.json');
  writeFileSync(routineFile, JSON.stringify(runnersKneeRoutine));
  const out = join(dir, 'snippet.html');
  const written = run('html', '--routine', routineFile, '--theme', 'dark', '--out', out);
  assert.equal(written.status, 0, written.stderr);
  assert.equal(written.stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<exercise-routine\b[^>]*\btheme="dark"/);
  assert.ok(html.includes(DSD));
});

test('CLI: invalid JSON or routine exits 1, names every problem and writes nothing', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'snippet.html');

  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "id": ');
  const notJson = run('html', '--routine', broken, '--out', out);
  assert.equal(notJson.status, 1);
  assert.match(notJson.stderr, /broken\.json is not valid JSON/);

  const routine = copy(runnersKneeRoutine);
  routine.exercises[2].prescription.reps = 'ten';
  routine.exercises[4].name = '';
  const invalid = join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify(routine));
  const wrong = run('html', '--routine', invalid, '--out', out);
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /invalid\.json: exercises\[2\]\.prescription\.reps: expected/);
  assert.match(wrong.stderr, /invalid\.json: exercises\[4\]\.name: expected/);
  assert.equal(wrong.stdout, '');

  const badTheme = run('html', '--theme', 'purple', '--out', out);
  assert.equal(badTheme.status, 1);
  assert.match(badTheme.stderr, /theme: expected one of/);

  assert.equal(existsSync(out), false);
  assert.equal(run('nonsense').status, 2);
});
