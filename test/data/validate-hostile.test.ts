// Values set from code rather than parsed from JSON: getters, proxies, holes, cycles, odd
// types. The validator must never throw, and must hand back a frozen copy of its own.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { expect } from '@open-wc/testing';
import {
  validateExercise,
  validateMediaByExercise,
  validateRoutine,
} from '../../src/data/validate.js';
import { formatProblem } from '../../src/data/checker.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import type { Routine } from '../../src/data/types.js';

import { problemsOf, routineCopy } from './routine-copies.js';

function throwingGetter(target: object, key: string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Every object and list reachable from `value`, each once. */
function everyObject(value: unknown, seen = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) everyObject(child, seen);
  }
  return seen;
}

const UNREADABLE = 'expected a readable value, got an error on reading it';

describe('validateRoutine with objects set from code', () => {
  it('turns a throwing getter into a problem at its path', () => {
    const routine = routineCopy();
    throwingGetter(routine, 'title');
    throwingGetter(routine.exercises[1], 'steps');
    throwingGetter(routine.exercises[2].prescription, 'tempo');
    expect(problemsOf(routine)).to.deep.equal([
      `title: ${UNREADABLE}`,
      `exercises[1].steps: ${UNREADABLE}`,
      `exercises[2].prescription.tempo: ${UNREADABLE}`,
    ]);
  });

  it('turns a throwing proxy trap into a problem at its path', () => {
    const routine = routineCopy();
    const trap = () => {
      throw new Error('trap');
    };
    routine.exercises[0].cues = new Proxy(routine.exercises[0].cues, { get: trap });
    expect(problemsOf(routine)).to.deep.equal([`exercises[0].cues: ${UNREADABLE}`]);
    const fields = ['id', 'version', 'title', 'intro', 'language', 'equipment'];
    fields.push('anchorAdvice', 'safety', 'tips', 'credits', 'source', 'painCheck', 'exercises');
    expect(problemsOf(new Proxy({}, { get: trap }))).to.deep.equal(
      fields.map((field) => `${field}: ${UNREADABLE}`),
    );
  });

  it('turns a revoked proxy into a problem at its path, at the root or deeper', () => {
    expect(problemsOf(revokedProxy())).to.deep.equal([UNREADABLE]);
    const routine = routineCopy();
    routine.exercises[1] = revokedProxy();
    routine.exercises[2].steps = revokedProxy();
    routine.credits[0] = revokedProxy();
    expect(problemsOf(routine)).to.deep.equal([
      `credits[0]: ${UNREADABLE}`,
      `exercises[1]: ${UNREADABLE}`,
      `exercises[2].steps: ${UNREADABLE}`,
    ]);
  });

  it('accepts a routine behind a transparent proxy, and copies it', () => {
    const proxy = new Proxy(routineCopy(), {});
    const result = validateRoutine(proxy);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.value).to.deep.equal(runnersKneeRoutine);
    expect(result.value).not.to.equal(proxy);
  });

  it('reads each field once, so a value cannot change between check and copy', () => {
    const routine = routineCopy();
    let reads = 0;
    const prescription = routine.exercises[0].prescription;
    Object.defineProperty(prescription, 'reps', {
      enumerable: true,
      get: () => (++reads === 1 ? 15 : 'changed'),
    });
    const result = validateRoutine(routine);
    expect(reads).to.equal(1);
    expect(result.ok && result.value.exercises[0]!.prescription.reps).to.equal(15);
  });

  it('reports the holes of a sparse list', () => {
    const routine = routineCopy();
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
    routine.exercises[0].steps = ['Stand tall.', , 'Press back.'];
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
    routine.safety = [, 'Stop if it hurts.'];
    expect(problemsOf(routine)).to.deep.equal([
      'safety[0]: expected text, got nothing',
      'exercises[0].steps[1]: expected text, got nothing',
    ]);
  });

  it('refuses a list with a huge length without walking it', () => {
    const routine = routineCopy();
    const steps: string[] = [];
    steps.length = 2 ** 32 - 1;
    routine.exercises[0].steps = steps;
    const started = performance.now();
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[0].steps: expected at most 12 items, got 4294967295',
    ]);
    expect(performance.now() - started).to.be.below(500);
  });

  it('names BigInts, symbols, functions and dates as the wrong type', () => {
    const routine = routineCopy();
    routine.version = 1n;
    routine.title = Symbol('title');
    routine.exercises[0] = () => 'exercise';
    routine.exercises[1].prescription = new Date(0);
    expect(problemsOf(routine)).to.deep.equal([
      'version: expected a whole number from 1 to 1000000, got a bigint',
      'title: expected text, got a symbol',
      'exercises[0]: expected an object, got a function',
      'exercises[1].prescription.sets: expected a whole number from 1 to 20, got nothing',
      'exercises[1].prescription: expected exactly one of "reps" and "holdSeconds"',
      'exercises[1].prescription.perSide: expected true or false, got nothing',
      'exercises[1].prescription.restSeconds: expected a whole number from 0 to 600, got nothing',
      'exercises[1].prescription.suggested: expected true or false, got nothing',
    ]);
  });

  it('accepts a class instance, reading its fields through getters', () => {
    class Option {
      get name() {
        return 'Lighter band';
      }
      get description() {
        return 'Stand closer to the anchor.';
      }
    }
    const routine = routineCopy();
    routine.exercises[0].easier = new Option();
    const result = validateRoutine(routine);
    expect(result.ok && result.value.exercises[0]!.easier).to.deep.equal({
      name: 'Lighter band',
      description: 'Stand closer to the anchor.',
    });
  });

  it('drops unknown keys, so cycles, BigInts and deep nesting never reach the copy', () => {
    const routine = routineCopy();
    const prescription = routine.exercises[0].prescription;
    prescription.self = prescription;
    prescription.big = 10n;
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i += 1) deep = { deep };
    routine.exercises[1].easier.nested = deep;
    routine.extra = Symbol('extra');
    const result = validateRoutine(routine);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    // Booleans, not the objects: a failure message must not try to print a cycle.
    const copy = result.value as unknown as Record<string, any>;
    expect(Object.hasOwn(copy['exercises'][0].prescription, 'self'), 'self').to.be.false;
    expect(Object.hasOwn(copy['exercises'][1].easier, 'nested'), 'nested').to.be.false;
    expect(Object.hasOwn(copy, 'extra'), 'extra').to.be.false;
    expect(JSON.parse(JSON.stringify(copy))).to.deep.equal(runnersKneeRoutine);
  });

  it('returns a deep-frozen copy that later changes to the input do not reach', () => {
    const routine = routineCopy();
    const result = validateRoutine(routine);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.value).not.to.equal(routine);
    routine.title = 'Changed';
    routine.exercises[0].steps.length = 0;
    routine.exercises.pop();
    expect(result.value).to.deep.equal(runnersKneeRoutine);
    for (const object of everyObject(result.value)) expect(Object.isFrozen(object)).to.be.true;
  });
});

describe('validateExercise with objects set from code', () => {
  it('returns a deep-frozen copy, not the input', () => {
    const exercise = structuredClone(runnersKneeRoutine.exercises[0]) as Record<string, any>;
    exercise.unknown = { cycle: exercise };
    const result = validateExercise(exercise);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.value).not.to.equal(exercise);
    expect(result.value).not.to.have.property('unknown');
    expect(result.value).to.deep.equal(runnersKneeRoutine.exercises[0]);
    for (const object of everyObject(result.value)) expect(Object.isFrozen(object)).to.be.true;
  });

  it('never throws on a revoked proxy or a throwing getter', () => {
    expect(validateExercise(revokedProxy()).problems.map(formatProblem)).to.deep.equal([
      `exercise: ${UNREADABLE}`,
    ]);
    const exercise = structuredClone(runnersKneeRoutine.exercises[0]) as Record<string, any>;
    throwingGetter(exercise, 'prescription');
    expect(validateExercise(exercise).problems.map(formatProblem)).to.deep.equal([
      `exercise.prescription: ${UNREADABLE}`,
    ]);
  });
});

describe('runnersKneeRoutine', () => {
  it('is deeply frozen', () => {
    for (const object of everyObject(runnersKneeRoutine))
      expect(Object.isFrozen(object)).to.be.true;
    expect(() => {
      (runnersKneeRoutine as any).title = 'Changed';
    }).to.throw(TypeError);
    expect(() => {
      (runnersKneeRoutine.exercises as any).push({});
    }).to.throw(TypeError);
  });
});

describe('exercise ids that name Object.prototype members', () => {
  const video = { kind: 'video', url: 'https://example.com/v.mp4', alt: 'The move' };

  /** The built-in routine with its first two exercises renamed. */
  function routineWithIds(first: string, second: string): Routine {
    const routine = routineCopy();
    routine.exercises[0].id = first;
    routine.exercises[1].id = second;
    const result = validateRoutine(routine);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.value;
  }

  it('accepts "constructor" and "hasownproperty" as exercise ids', () => {
    const routine = routineWithIds('constructor', 'hasownproperty');
    expect(routine.exercises.map((exercise) => exercise.id).slice(0, 2)).to.deep.equal([
      'constructor',
      'hasownproperty',
    ]);
  });

  it('reports a duplicate "constructor" id', () => {
    const routine = routineCopy();
    routine.exercises[0].id = 'constructor';
    routine.exercises[3].id = 'constructor';
    expect(problemsOf(routine)).to.deep.equal([
      'exercises[3].id: duplicate id "constructor": each exercise needs its own id',
    ]);
  });

  it('returns media with no prototype, so a missing id never finds an inherited member', () => {
    const routine = routineWithIds('constructor', 'valueof');
    const result = validateMediaByExercise({ valueof: video }, routine);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).to.equal(null);
    expect(result.value['constructor']).to.equal(undefined);
    expect(result.value['toString']).to.equal(undefined);
    expect(result.value['valueof']).to.deep.equal(video);
    expect(Object.isFrozen(result.value) && Object.isFrozen(result.value['valueof'])).to.be.true;
  });

  it('keeps media for an exercise called "constructor"', () => {
    const routine = routineWithIds('constructor', 'spanish-squat');
    const result = validateMediaByExercise({ constructor: video }, routine);
    expect(result.ok && result.value['constructor']).to.deep.equal(video);
  });

  it('reads only own enumerable keys of the media map', () => {
    const input = Object.create({ 'spanish-squat': video }) as Record<string, unknown>;
    Object.defineProperty(input, 'reverse-nordic', { value: video, enumerable: false });
    const result = validateMediaByExercise(input, runnersKneeRoutine);
    expect(result.ok).to.be.true;
    if (result.ok) expect(Object.keys(result.value)).to.deep.equal([]);
  });

  it('reports "__proto__", "toString" and "hasOwnProperty" keys from JSON without polluting', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "toString": {}, "hasOwnProperty": 1, "spanish-squat":' +
        JSON.stringify(video) +
        '}',
    );
    const problems = validateMediaByExercise(input, runnersKneeRoutine).problems.map(formatProblem);
    expect(problems.filter((p) => /unknown exercise id/.test(p))).to.have.length(3);
    expect(problems[0]).to.match(/^media\["__proto__"\]: unknown exercise id "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('turns a throwing getter or a revoked proxy in the media map into a problem', () => {
    const input: Record<string, unknown> = {};
    throwingGetter(input, 'spanish-squat');
    expect(
      validateMediaByExercise(input, runnersKneeRoutine).problems.map(formatProblem),
    ).to.deep.equal([`media["spanish-squat"]: ${UNREADABLE}`]);
    expect(
      validateMediaByExercise(revokedProxy(), runnersKneeRoutine).problems.map(formatProblem),
    ).to.deep.equal([UNREADABLE]);
  });
});
