// routine.schema.json agrees with validateRoutine() (dist/data.js): the same fixtures get the
// same verdict from both, and a refused one is refused at the same place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL, fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validateRoutine } from '../../dist/data.js';
import {
  ACCEPTED_URLS,
  DATA_IMAGES,
  INVALID,
  INVISIBLE_TEXT,
  REFUSED_URLS,
  REMOVE,
  URL_PLACES,
  VALID,
  VALIDATOR_ONLY,
  VISIBLE_TEXT,
  builtIn,
  complete,
  edited,
  keysOf,
  limitFixtures,
} from './routine-fixtures.js';

// Read through the package's exports map, as a user's tools would find it.
const SCHEMA_FILE = createRequire(import.meta.url).resolve(
  'runner-knee-routine/routine.schema.json',
);
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
// Strict: an unknown keyword, or a keyword without its type, is an error in the schema. Not
// strictRequired, which objects to the reps-or-hold oneOf naming properties declared beside it.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
// VS Code's message for a failed pattern: an annotation, no rule.
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
const checkSchema = ajv.compile(schema);

/** A validator path (`exercises[2].reps`) as a JSON pointer (`/exercises/2/reps`). */
const pointerOf = (path) =>
  keysOf(path)
    .map((key) => `/${key}`)
    .join('');

/** Where the schema finds problems, as JSON pointers (a missing field at its own place). */
function schemaProblems(routine) {
  if (checkSchema(routine)) return [];
  return checkSchema.errors.map(({ instancePath, keyword, params }) =>
    keyword === 'required' ? `${instancePath}/${params.missingProperty}` : instancePath,
  );
}

/** Where the validator finds problems, as JSON pointers. */
const validatorProblems = (routine) =>
  validateRoutine(routine).problems.map(({ path }) => pointerOf(path));

/** Both accept, or both refuse with every validator problem also one of the schema's. */
function assertAgree(name, routine) {
  const bySchema = schemaProblems(routine);
  const byValidator = validatorProblems(routine);
  assert.equal(
    bySchema.length === 0,
    byValidator.length === 0,
    `${name}: schema ${bySchema}; validator ${byValidator}`,
  );
  for (const at of byValidator)
    assert.ok(bySchema.includes(at), `${name}: the schema misses ${at}`);
  return byValidator;
}

function assertValid(name, routine) {
  assert.deepEqual(assertAgree(name, routine), [], name);
}

/** Refused by both, with the validator's one problem at `at`. */
function assertInvalid(name, routine, at) {
  assert.deepEqual(assertAgree(name, routine), [pointerOf(at)], name);
}

test('the schema is shipped: in the package files and the exports map', () => {
  const { files } = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  assert.ok(files.includes('routine.schema.json'));
  assert.equal(SCHEMA_FILE, fileURLToPath(new URL('../../routine.schema.json', import.meta.url)));
});

test("the schema's $id names this version", () => {
  const { version } = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  const minor = version.split('.').slice(0, 2).join('.');
  assert.equal(schema.$id, `https://unpkg.com/runner-knee-routine@${minor}/routine.schema.json`);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the built-in routine and valid variations: accepted by both', () => {
  for (const [name, routine] of VALID) assertValid(name, routine);
});

test('a $schema key: accepted by both, and dropped by the validator', () => {
  const routine = {
    $schema: '../node_modules/runner-knee-routine/routine.schema.json',
    ...builtIn,
  };
  assertValid('$schema', routine);
  const result = validateRoutine(routine);
  assert.ok(result.ok);
  assert.equal(Object.hasOwn(result.value, '$schema'), false);
  assert.deepEqual(result.value, validateRoutine(builtIn).value);
});

test('each limit: accepted at its edge, refused just past it, by both', () => {
  const fixtures = limitFixtures();
  assert.ok(fixtures.length > 100, `${fixtures.length} fixtures`);
  for (const { name, routine, valid, at } of fixtures) {
    if (valid) assertValid(name, routine);
    else assertInvalid(name, routine, at);
  }
});

test('one rule broken at a time: refused by both, at the same place', () => {
  for (const { name, routine, at } of INVALID) assertInvalid(name, routine, at);
});

test('text needs a visible character, for both, URLs included', () => {
  const places = ['title', 'exercises[1].steps[0]', 'credits[0].name', 'exercises[0].media.alt'];
  for (const text of INVISIBLE_TEXT) {
    for (const at of [...places, ...Object.values(URL_PLACES)]) {
      assertInvalid(`${JSON.stringify(text)} at ${at}`, edited(complete, { [at]: text }), at);
    }
  }
  for (const text of VISIBLE_TEXT)
    assertValid(JSON.stringify(text), edited(complete, { title: text }));
});

test('URLs: script and document URLs refused everywhere, links and paths accepted', () => {
  for (const [place, at] of Object.entries(URL_PLACES)) {
    for (const url of REFUSED_URLS) {
      assertInvalid(`${JSON.stringify(url)} as ${place}`, edited(complete, { [at]: url }), at);
    }
    for (const url of ACCEPTED_URLS) {
      assertValid(`${JSON.stringify(url)} as ${place}`, edited(complete, { [at]: url }));
    }
  }
});

test('URLs: data: images only for images and posters', () => {
  for (const [place, at] of Object.entries(URL_PLACES)) {
    for (const url of DATA_IMAGES) {
      const routine = edited(complete, { [at]: url });
      const name = `${JSON.stringify(url)} as ${place}`;
      if (place === 'image' || place === 'poster') assertValid(name, routine);
      else assertInvalid(name, routine, at);
    }
  }
});

/** Every path to a field of an object in `value` (list items are not fields). */
function fieldPaths(value, path = '') {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    return [...(Array.isArray(value) ? [] : [itemPath]), ...fieldPaths(item, itemPath)];
  });
}

test('every field of a complete routine removed, nulled or of the wrong kind: the same verdict', () => {
  const paths = fieldPaths(complete);
  assert.ok(paths.length > 100, `${paths.length} fields`);
  for (const path of paths) {
    const wrongKind =
      typeof keysOf(path).reduce((node, key) => node[key], complete) === 'object' ? 'text' : {};
    assertAgree(`${path} removed`, edited(complete, { [path]: REMOVE }));
    assertAgree(`${path}: null`, edited(complete, { [path]: null }));
    assertAgree(`${path}: ${JSON.stringify(wrongKind)}`, edited(complete, { [path]: wrongKind }));
  }
});

test('any string as a URL: the schema never refuses what the validator accepts', () => {
  // Pieces the URL rules turn on: schemes, separators, blanks and controls, single letters.
  const pieces = ['http', 'https', 'data', 'image', 'javascript', ':', '/', '//', '.', '+', '-'];
  const chars = [' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u00a0', '?', '#', '%'];
  const letters = ['H', 'T', 'P', 'S', 'D', 'A', 'I', 'M', 'G', 'E', 'x', '1'];
  const url = fc
    .array(fc.constantFrom(...pieces, ...chars, ...letters), { maxLength: 10 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(url, fc.constantFrom(...Object.keys(URL_PLACES)), (value, place) => {
      const at = URL_PLACES[place];
      const routine = edited(complete, { [at]: value });
      const bySchema = schemaProblems(routine);
      const problems = validateRoutine(routine).problems;
      if (bySchema.length > 0)
        assert.ok(problems.length > 0, `schema-only: ${JSON.stringify(value)}`);
      // The validator refuses more only for what the URL parser cannot parse.
      if (bySchema.length === 0) {
        for (const { message } of problems)
          assert.match(message, /malformed URL/, JSON.stringify(value));
      }
    }),
    { numRuns: 1000 },
  );
});

test('validator-only: refused by the validator, accepted by the schema, each for a reason', () => {
  for (const { name, routine, at, reason } of VALIDATOR_ONLY) {
    assert.ok(reason, name);
    assert.deepEqual(
      schemaProblems(routine),
      [],
      `${name}: the schema now refuses it; move it to INVALID`,
    );
    assert.deepEqual(validatorProblems(routine), [pointerOf(at)], name);
  }
});
