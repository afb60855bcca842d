// These tests break a routine in one place at a time, so they build it from loose JSON.
import { expect } from '@open-wc/testing';
import {
  validateExercise,
  validateMediaByExercise,
  validateRoutine,
} from '../../src/data/validate.js';
import { formatProblem } from '../../src/data/checker.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';

import { problemsOf, routineCopy } from './routine-copies.js';

describe('validateRoutine', () => {
  it('accepts the built-in routine and returns it typed', () => {
    const result = validateRoutine(runnersKneeRoutine);
    expect(result.ok).to.be.true;
    expect(result.problems).to.deep.equal([]);
    if (result.ok) expect(result.value.exercises).to.have.length(5);
  });

  it('accepts the built-in routine after a JSON round trip', () => {
    expect(validateRoutine(JSON.parse(JSON.stringify(runnersKneeRoutine))).ok).to.be.true;
  });

  for (const input of [null, undefined, 'routine', 42, [], true]) {
    it(`rejects ${JSON.stringify(input) ?? 'undefined'} at the root`, () => {
      const problems = problemsOf(input);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^expected an object, got /);
    });
  }

  it('names the path, the rule and the value for a wrong number type', () => {
    const routine = routineCopy();
    routine.exercises[2].prescription.reps = 'ten';
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[2].prescription.reps: expected a whole number from 1 to 100, got "ten"',
    ]);
  });

  it('reports every problem, not just the first', () => {
    const routine = routineCopy();
    delete routine.title;
    routine.version = 0;
    routine.exercises[0].cues = ['only one'];
    routine.exercises[4].prescription.perSide = 'yes';
    expect(problemsOf(routine)).to.deep.equal([
      'version: expected a whole number from 1 to 1000000, got 0',
      'title: expected text, got nothing',
      'exercises[0].cues: expected at least 2 items, got 1',
      'exercises[4].prescription.perSide: expected true or false, got "yes"',
    ]);
  });

  it('reports missing required fields of an exercise', () => {
    const routine = routineCopy();
    delete routine.exercises[1].name;
    delete routine.exercises[1].prescription;
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[1].name: expected text, got nothing',
      'exercises[1].prescription: expected an object, got nothing',
    ]);
  });

  it('rejects empty lists where at least one item is needed', () => {
    const routine = routineCopy();
    routine.exercises[0].steps = [];
    routine.safety = [];
    expect(problemsOf(routine)).to.deep.equal([
      'safety: expected at least one item, got an empty list',
      'exercises[0].steps: expected at least one item, got an empty list',
    ]);
  });

  it('rejects a routine with no exercises, or exercises that are not a list', () => {
    expect(problemsOf({ ...routineCopy(), exercises: [] })).to.deep.equal([
      'exercises: expected at least one item, got an empty list',
    ]);
    expect(problemsOf({ ...routineCopy(), exercises: {} })).to.deep.equal([
      'exercises: expected a list, got an object',
    ]);
  });

  it('rejects absurd numbers', () => {
    const routine = routineCopy();
    routine.exercises[0].prescription.sets = 1e9;
    routine.exercises[0].prescription.restSeconds = -5;
    routine.exercises[1].prescription.holdSeconds = 2.5;
    routine.exercises[3].prescription.reps = Number.NaN;
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[0].prescription.sets: expected a whole number from 1 to 20, got 1000000000',
      'exercises[0].prescription.restSeconds: expected a whole number from 0 to 600, got -5',
      'exercises[1].prescription.holdSeconds: expected a whole number from 1 to 600, got 2.5',
      'exercises[3].prescription.reps: expected a whole number from 1 to 100, got NaN',
    ]);
  });

  it('needs exactly one of reps and holdSeconds', () => {
    const routine = routineCopy();
    routine.exercises[0].prescription.holdSeconds = 10;
    delete routine.exercises[1].prescription.holdSeconds;
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[0].prescription: expected exactly one of "reps" and "holdSeconds"',
      'exercises[1].prescription: expected exactly one of "reps" and "holdSeconds"',
    ]);
  });

  it('checks the side order', () => {
    const routine = routineCopy();
    routine.exercises[0].prescription.sideOrder = ['right', 'right'];
    routine.exercises[2].prescription.sideOrder = ['left', 'middle'];
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[0].prescription.sideOrder: expected both sides, each once',
      'exercises[2].prescription.sideOrder[1]: expected one of "left", "right", got "middle"',
    ]);
  });

  it('rejects duplicate and malformed exercise ids', () => {
    const routine = routineCopy();
    routine.exercises[3].id = routine.exercises[1].id;
    routine.exercises[4].id = 'Reverse Nordic!';
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[3].id: duplicate id "spanish-squat": each exercise needs its own id',
      'exercises[4].id: expected an id of lowercase letters, digits and single hyphens, got "Reverse Nordic!"',
    ]);
  });

  it('rejects wrong types in text fields and lists', () => {
    const routine = routineCopy();
    routine.intro = 12;
    routine.equipment = 'barbell';
    routine.exercises[0].steps[1] = { text: 'step' };
    routine.exercises[0].setup = '   ';
    expect(problemsOf(routine)).to.deep.equal([
      'intro: expected text, got 12',
      'equipment: expected a list, got "barbell"',
      'exercises[0].setup: expected text, got an empty string',
      'exercises[0].steps[1]: expected text, got an object',
    ]);
  });

  it('rejects over-long text', () => {
    const routine = routineCopy();
    routine.title = 'x'.repeat(500);
    expect(problemsOf(routine)).to.deep.equal(['title: expected at most 120 characters, got 500']);
  });

  it('accepts text that looks like markup: it is only ever rendered as text', () => {
    const routine = routineCopy();
    routine.exercises[0].name = '<img src=x onerror=alert(1)>';
    const result = validateRoutine(routine);
    expect(result.ok).to.be.true;
  });

  it('checks media, and refuses script URLs', () => {
    const routine = routineCopy();
    routine.exercises[0].media = { kind: 'gif', url: 'javascript:alert(1)', alt: '' };
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[0].media.kind: expected one of "video", "image", got "gif"',
      'exercises[0].media.url: expected an http(s) URL or a path, got a "javascript:" URL',
      'exercises[0].media.alt: expected text, got an empty string',
    ]);
  });

  it('accepts data: images for images and posters, not for video or script', () => {
    const routine = routineCopy();
    const svg = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    routine.exercises[0].media = { kind: 'image', url: svg, alt: 'Placeholder' };
    routine.exercises[1].media = { kind: 'video', url: '/v.mp4', poster: svg, alt: 'Demo' };
    expect(problemsOf(routine)).to.deep.equal([]);
    routine.exercises[1].media.url = 'data:video/mp4;base64,AAAA';
    routine.exercises[0].media.url = 'data:text/html,<script>alert(1)</script>';
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[0].media.url: expected an http(s) URL, a path or a data: image, got a "data:" URL',
      'exercises[1].media.url: expected an http(s) URL or a path, got a "data:" URL',
    ]);
  });

  it('checks credits and the language tag', () => {
    const routine = routineCopy();
    routine.credits = [{ role: 'Writer' }, 'Tom'];
    routine.language = 'english please';
    expect(problemsOf(routine)).to.deep.equal([
      'language: expected an id of a language tag such as "en" or "en-GB", got "english please"',
      'credits[0].name: expected text, got nothing',
      'credits[1]: expected an object, got "Tom"',
    ]);
  });

  it('checks the source article and keeps only its own fields', () => {
    const routine = routineCopy();
    routine.source = { url: 'https://example.com/article', title: 'Five moves', extra: 1 };
    const result = validateRoutine(routine);
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.value.source).to.deep.equal({
        url: 'https://example.com/article',
        title: 'Five moves',
      });
      expect(Object.isFrozen(result.value.source)).to.be.true;
    }
    routine.source = { url: '/articles/runners-knee' };
    expect(problemsOf(routine)).to.deep.equal([]);
    routine.source = { title: ' ' };
    expect(problemsOf(routine)).to.deep.equal([
      'source.url: expected text, got nothing',
      'source.title: expected text, got an empty string',
    ]);
    routine.source = 'https://example.com/article';
    expect(problemsOf(routine)).to.deep.equal([
      'source: expected an object, got "https://example.com/article"',
    ]);
    routine.source = { url: 'javascript:alert(1)', title: 'x'.repeat(201) };
    expect(problemsOf(routine)).to.deep.equal([
      'source.url: expected an http(s) URL or a path, got a "javascript:" URL',
      'source.title: expected at most 200 characters, got 201',
    ]);
  });

  it('shortens long values in messages', () => {
    const routine = routineCopy();
    routine.exercises[0].prescription.reps = 'a'.repeat(100);
    const [problem] = problemsOf(routine);
    expect(problem).to.equal(
      `exercises[0].prescription.reps: expected a whole number from 1 to 100, got "${'a'.repeat(37)}..."`,
    );
  });
});

describe('validateExercise', () => {
  it('accepts each built-in exercise', () => {
    for (const exercise of runnersKneeRoutine.exercises) {
      expect(validateExercise(exercise).ok, exercise.id).to.be.true;
    }
  });

  it('prefixes problems with "exercise"', () => {
    const exercise = { ...runnersKneeRoutine.exercises[0], cues: 'squeeze' };
    expect(validateExercise(exercise).problems.map(formatProblem)).to.deep.equal([
      'exercise.cues: expected a list, got "squeeze"',
    ]);
  });
});

describe('validateMediaByExercise', () => {
  const video = {
    kind: 'video',
    url: 'https://example.com/tke.mp4',
    alt: 'A runner doing the move',
  };

  it('accepts media keyed by known exercise ids', () => {
    const result = validateMediaByExercise({ 'spanish-squat': video }, runnersKneeRoutine);
    expect(result.ok).to.be.true;
  });

  it('rejects unknown exercise ids, listing the known ones', () => {
    const problems = validateMediaByExercise(
      { 'wall-sit': video },
      runnersKneeRoutine,
    ).problems.map(formatProblem);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(
      /^media\["wall-sit"\]: unknown exercise id "wall-sit"; expected one of terminal-knee-extension, spanish-squat,/,
    );
  });

  it('rejects a list in place of the map', () => {
    expect(
      validateMediaByExercise([video], runnersKneeRoutine).problems.map(formatProblem),
    ).to.deep.equal(['expected an object, got a list of 1']);
  });
});

describe('visible text', () => {
  /** Text that shows nothing: blanks, zero-width and format characters, lone marks. */
  const INVISIBLE: readonly (readonly [string, string])[] = [
    ['\u200B', 'zero-width space'],
    ['\u200C\u200D', 'zero-width non-joiner and joiner'],
    ['\u2060', 'word joiner'],
    ['\uFEFF\u200B', 'byte order mark and zero-width space'],
    ['\u3164', 'Hangul filler'],
    ['\u115F\u1160', 'Hangul choseong and jungseong fillers'],
    ['\uFFA0', 'halfwidth Hangul filler'],
    ['\u2800\u2800', 'braille blank'],
    ['\u00AD', 'soft hyphen'],
    ['\u0301', 'lone combining acute accent'],
    ['\u034F', 'combining grapheme joiner'],
    ['\uFE0F', 'variation selector'],
    ['\u200E', 'left-to-right mark'],
    ['\u200F', 'right-to-left mark'],
    ['\u202A\u202C', 'bidi embedding'],
    ['\u202E', 'right-to-left override'],
    ['\u2066\u2069', 'bidi isolate'],
    ['\u180E', 'Mongolian vowel separator'],
    ['\u{E0020}\u{E007F}', 'tag characters'],
    ['\u0000\u0007', 'control characters'],
    ['\u200B \u200B\u3000\u200F', 'a mix of blanks'],
  ];

  for (const [text, name] of INVISIBLE) {
    it(`refuses text made only of ${name}`, () => {
      const routine = routineCopy();
      routine.title = text;
      routine.exercises[1].steps[0] = text;
      routine.exercises[2].easier.name = text;
      routine.credits[0].name = text;
      routine.exercises[3].media = { kind: 'image', url: '/a.png', alt: text };
      const problem = 'expected text with at least one visible character';
      expect(problemsOf(routine)).to.deep.equal([
        `title: ${problem}`,
        `credits[0].name: ${problem}`,
        `exercises[1].steps[0]: ${problem}`,
        `exercises[2].easier.name: ${problem}`,
        `exercises[3].media.alt: ${problem}`,
      ]);
    });
  }

  for (const text of ['e\u0301', '\u200Bx', '\u2800a', '·', '🦵', '가', 'ا', '\u202Bשלום\u202C']) {
    it(`accepts ${JSON.stringify(text)}, which has a visible character`, () => {
      const routine = routineCopy();
      routine.title = text;
      routine.exercises[1].steps[0] = text;
      expect(problemsOf(routine)).to.deep.equal([]);
    });
  }
});

describe('id length', () => {
  it('accepts ids of up to 64 characters', () => {
    const routine = routineCopy();
    routine.id = 'r'.repeat(64);
    routine.exercises[0].id = `${'e-'.repeat(31)}e1`;
    expect(problemsOf(routine)).to.deep.equal([]);
  });

  it('refuses a routine id or an exercise id of 65 characters', () => {
    const routine = routineCopy();
    routine.id = 'r'.repeat(65);
    routine.exercises[0].id = `${'e-'.repeat(32)}e`;
    expect(problemsOf(routine)).to.deep.equal([
      'id: expected an id of at most 64 characters, got 65',
      'exercises[0].id: expected an id of at most 64 characters, got 65',
    ]);
  });

  it('refuses a 20-million-character id by its length', () => {
    const routine = routineCopy();
    routine.id = 'a'.repeat(20_000_000);
    expect(problemsOf(routine)).to.deep.equal([
      'id: expected an id of at most 64 characters, got 20000000',
    ]);
  });

  it('limits the language tag the same way', () => {
    const routine = routineCopy();
    routine.language = `en${'-abcdefgh'.repeat(8)}`;
    expect(problemsOf(routine)).to.deep.equal([
      'language: expected an id of at most 64 characters, got 74',
    ]);
  });
});
