// Property-based tests of the validator: generated inputs, a fixed seed so that any failure
// reproduces, a few thousand inputs per run in all.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  validateExercise,
  validateMediaByExercise,
  validateRoutine,
  type ValidationResult,
} from '../../src/data/validate.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';

const SEED = 20_261_125;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

type Json = Record<string, any>;
type Path = readonly (string | number)[];
type Kind = 'text' | 'id' | 'integer' | 'boolean' | 'list' | 'object';

/** A place in the built-in routine, what belongs there and, for numbers, the range. */
interface Location {
  path: Path;
  kind: Kind;
  range?: readonly [number, number];
}

function builtIn(): Json {
  return structuredClone(runnersKneeRoutine) as Json;
}

/** A path as problems name it: `exercises[2].prescription.reps`. */
function pathName(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

function parentOf(root: Json, path: Path): Json {
  return path.slice(0, -1).reduce<Json>((object, key) => object[key], root);
}

function setAt(root: Json, path: Path, value: unknown): void {
  parentOf(root, path)[path.at(-1)!] = value;
}

/** Sets a value, unless an earlier change removed the list it was in (`tips`). */
function setIfPresent(root: Json, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<Json | undefined>((object, key) => object?.[key], root);
  if (parent) parent[path.at(-1)!] = value;
}

/** Every field, list item and object of the built-in routine, with what belongs there. */
function locationsOf(routine: Json): Location[] {
  const found: Location[] = [];
  const add = (path: Path, kind: Kind, range?: readonly [number, number]) =>
    found.push(range ? { path, kind, range } : { path, kind });
  const addTextList = (path: Path, list: readonly unknown[]) => {
    add(path, 'list');
    list.forEach((_, i) => add([...path, i], 'text'));
  };
  const addTexts = (path: Path, object: Json, keys: readonly string[]) => {
    for (const key of keys) if (key in object) add([...path, key], 'text');
  };
  add(['id'], 'id');
  add(['version'], 'integer', [1, 1_000_000]);
  addTexts([], routine, ['title', 'intro', 'anchorAdvice']);
  for (const key of ['equipment', 'safety', 'tips']) addTextList([key], routine[key]);
  add(['credits'], 'list');
  routine.credits.forEach((credit: Json, k: number) => {
    add(['credits', k], 'object');
    addTexts(['credits', k], credit, ['role', 'name']);
  });
  add(['exercises'], 'list');
  routine.exercises.forEach((exercise: Json, i: number) => {
    const at: Path = ['exercises', i];
    add(at, 'object');
    add([...at, 'id'], 'id');
    addTexts(at, exercise, ['name', 'purpose', 'setup', 'caution']);
    for (const key of ['muscles', 'equipment', 'steps', 'cues', 'mistakes']) {
      addTextList([...at, key], exercise[key]);
    }
    for (const key of ['easier', 'harder']) {
      add([...at, key], 'object');
      addTexts([...at, key], exercise[key], ['name', 'description']);
    }
    const prescription = exercise.prescription as Json;
    const p: Path = [...at, 'prescription'];
    add(p, 'object');
    const ranges: Record<string, readonly [number, number]> = {
      sets: [1, 20],
      reps: [1, 100],
      holdSeconds: [1, 600],
      restSeconds: [0, 600],
      getReadySeconds: [0, 60],
    };
    for (const [key, range] of Object.entries(ranges)) {
      if (key in prescription) add([...p, key], 'integer', range);
    }
    addTexts(p, prescription, ['tempo']);
    add([...p, 'perSide'], 'boolean');
    add([...p, 'suggested'], 'boolean');
  });
  return found;
}

const LOCATIONS = locationsOf(builtIn());
const where = (...kinds: Kind[]) =>
  fc.constantFrom(...LOCATIONS.filter((location) => kinds.includes(location.kind)));

/** Every object and list reachable from `value`, each once. */
function everyObject(value: unknown, seen = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) everyObject(child, seen);
  }
  return seen;
}

/** Objects and lists in `value` that are not frozen: none, for an accepted copy. */
function unfrozen(value: unknown): object[] {
  return [...everyObject(value)].filter((object) => !Object.isFrozen(object));
}

/**
 * A result is well formed: accepted with a frozen, serialisable copy, or refused with reasons,
 * none from the validator's last-resort catch. (Chai is called once per result: it is slow
 * enough, called per object, to dominate a few thousand runs.)
 */
function expectWellFormed(result: ValidationResult<unknown>): void {
  if (result.ok) {
    expect(unfrozen(result.value)).to.deep.equal([]);
    expect(() => JSON.stringify(result.value)).not.to.throw();
    return;
  }
  expect(result.problems).not.to.be.empty;
  const malformed = result.problems.filter(
    ({ path, message }) =>
      typeof path !== 'string' ||
      typeof message !== 'string' ||
      message.startsWith('could not be checked'),
  );
  expect(malformed).to.deep.equal([]);
}

function validateEveryWay(input: unknown): void {
  expectWellFormed(validateRoutine(input));
  expectWellFormed(validateExercise(input));
  expectWellFormed(validateMediaByExercise(input, runnersKneeRoutine));
}

// ---- hostile values a script can set ---------------------------------------------------

function fail(): never {
  throw new Error('hostile');
}

const throwingTraps: ProxyHandler<object> = {
  get: fail,
  has: fail,
  ownKeys: fail,
  getOwnPropertyDescriptor: fail,
  getPrototypeOf: fail,
};

function revoked(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

function hugeList(): unknown[] {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list;
}

let deeplyNested: Json = {};
for (let i = 0; i < 10_000; i += 1) deeplyNested = { a: [deeplyNested] };

const HUGE_STRINGS = [
  'a'.repeat(1_000_000),
  `${' '.repeat(1_000_000)}x`,
  '\u200B'.repeat(1_000_000),
  `javascript:${'/'.repeat(1_000_000)}`,
];

/** Puts a hostile value at `key` of `parent`, given what was there. */
type Plant = (parent: Json, key: string | number, original: unknown) => void;

const asObject = (value: unknown): object =>
  typeof value === 'object' && value !== null ? value : {};

const plants: fc.Arbitrary<Plant> = fc.oneof(
  fc.constant<Plant>((parent, key) => {
    Object.defineProperty(parent, key, { get: fail, enumerable: true, configurable: true });
  }),
  fc.constant<Plant>((parent, key, original) => {
    parent[key] = new Proxy(asObject(original), throwingTraps);
  }),
  fc.constant<Plant>((parent, key, original) => {
    parent[key] = revoked(asObject(original));
  }),
  fc.constant<Plant>((parent, key) => {
    parent[key] = hugeList();
  }),
  fc.constant<Plant>((parent, key) => {
    Reflect.deleteProperty(parent, key);
  }),
  fc.constant<Plant>((parent, key, original) => {
    const cyclic = asObject(original) as Json;
    cyclic['self'] = cyclic;
    cyclic['parent'] = parent;
    parent[key] = cyclic;
  }),
  fc.constant<Plant>((parent, key) => {
    parent[key] = deeplyNested;
  }),
  fc.constantFrom(...HUGE_STRINGS).map<Plant>((huge) => (parent, key) => {
    parent[key] = huge;
  }),
  fc
    .oneof(
      fc.bigInt(),
      fc.string().map((s) => Symbol(s)),
      fc.func(fc.anything()),
      fc.date(),
      fc.anything({ withBigInt: true, withDate: true, withSparseArray: true, maxDepth: 3 }),
    )
    .map<Plant>((value) => (parent, key) => {
      parent[key] = value;
    }),
);

/** Where to plant which hostile value: one to three places. */
const hostileMutations = fc.array(fc.tuple(fc.constantFrom(...LOCATIONS), plants), {
  minLength: 1,
  maxLength: 3,
});

/**
 * The built-in routine with hostile values planted in it. Built inside the property, not by
 * the arbitrary, so that a failure report prints the plan rather than a revoked proxy.
 */
function planted(mutations: readonly (readonly [Location, Plant])[]): Json {
  const routine = builtIn();
  for (const [{ path }, plant] of mutations) {
    try {
      const parent = parentOf(routine, path);
      const key = path.at(-1)!;
      plant(parent, key, parent[key]);
    } catch {
      // An earlier mutation made this path unreachable: the input is hostile enough.
    }
  }
  return routine;
}

describe('validator properties', () => {
  it('never throws, on anything', function () {
    this.timeout(20_000);
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, validateEveryWay), runs(600));
    fc.assert(
      fc.property(fc.json(), (json) => validateEveryWay(JSON.parse(json))),
      runs(400),
    );
  });

  it('never throws, on the built-in routine with hostile values planted in it', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(hostileMutations, (mutations) => validateEveryWay(planted(mutations))),
      runs(1000),
    );
  });
});

// ---- known defects ---------------------------------------------------------------------

/**
 * One known defect: how to put it into a routine, and the path its problem must name.
 * `value` is there for a failure report to show.
 */
interface Defect {
  at: string;
  value: unknown;
  inject(routine: Json): void;
}

const defectAt = (path: Path, value: unknown): Defect => ({
  at: pathName(path),
  value,
  inject: (routine) => setAt(routine, path, value),
});

const C0_AND_SPACE = Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(code));
const PAYLOADS: Record<string, string> = {
  javascript: 'alert(1)',
  data: 'text/html,<script>alert(1)</script>',
  vbscript: 'msgbox(1)',
  file: '///etc/passwd',
  blob: 'https://example.com/0b7f',
};

/** A script or document URL in disguise: any case, C0 characters before, tabs inside. */
const disguisedUrl = fc
  .tuple(
    fc.mixedCase(fc.constantFrom(...Object.keys(PAYLOADS))),
    fc.string({ unit: fc.constantFrom(...C0_AND_SPACE), maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('\t', '\n', '\r')), { maxLength: 3 }),
  )
  .map(([scheme, before, breaks]) => {
    let disguised = scheme;
    for (const [at, space] of breaks) {
      const i = at % (disguised.length + 1);
      disguised = disguised.slice(0, i) + space + disguised.slice(i);
    }
    return `${before}${disguised}:${PAYLOADS[scheme.toLowerCase()]}`;
  });

const badUrl: fc.Arbitrary<Defect> = fc
  .tuple(disguisedUrl, fc.constantFrom('credit', 'video', 'image', 'poster'), fc.nat(4))
  .map(([url, place, i]) => {
    if (place === 'credit') return defectAt(['credits', i % 3, 'url'], url);
    const media = place === 'poster' ? { kind: 'video', url: '/v.mp4', poster: url } : {};
    const kind = place === 'image' ? 'image' : 'video';
    return {
      at: `exercises[${i}].media.${place === 'poster' ? 'poster' : 'url'}`,
      value: url,
      inject: (routine) => {
        routine.exercises[i].media = { kind, url, alt: 'The move', ...media };
      },
    };
  });

const INVISIBLE = [
  ...'\u200B\u200C\u200D\u2060\uFEFF\u3164\u115F\u1160\uFFA0\u2800\u00AD\u0301\u034F\uFE0F',
  ...'\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u180E\u3000 \t\n',
  '\u{E0020}',
  '\u0000',
];

const invisibleText: fc.Arbitrary<Defect> = fc
  .tuple(where('text'), fc.string({ unit: fc.constantFrom(...INVISIBLE), minLength: 1 }))
  .map(([{ path }, text]) => defectAt(path, text));

const overLongId: fc.Arbitrary<Defect> = fc
  .tuple(
    where('id'),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 65 }),
  )
  .map(([{ path }, id]) => defectAt(path, id));

const duplicateId: fc.Arbitrary<Defect> = fc
  .uniqueArray(fc.nat(4), { minLength: 2, maxLength: 2 })
  .map(([i, j]) => ({
    at: `exercises[${Math.max(i!, j!)}].id`,
    value: `the id of exercises[${i}]`,
    inject: (routine) => {
      routine.exercises[j!].id = routine.exercises[i!].id;
    },
  }));

/** A hole where a list had an item (text, a credit, an exercise): `delete list[i]`. */
const sparseList: fc.Arbitrary<Defect> = fc
  .constantFrom(...LOCATIONS.filter(({ path }) => typeof path.at(-1) === 'number'))
  .map(({ path }) => ({
    at: pathName(path),
    value: 'a hole',
    inject: (routine) => {
      Reflect.deleteProperty(parentOf(routine, path), path.at(-1)!);
    },
  }));

const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const WRONG_TYPES: Record<Kind, fc.Arbitrary<unknown>> = {
  text: notText,
  id: notText,
  integer: fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.bigInt(), fc.object()),
  boolean: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.boolean())),
  list: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object()),
  object: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.object())),
};

const wrongType: fc.Arbitrary<Defect> = fc
  .constantFrom(...LOCATIONS)
  .chain((location) => WRONG_TYPES[location.kind].map((value) => defectAt(location.path, value)));

const outOfRange: fc.Arbitrary<Defect> = where('integer').chain(({ path, range }) => {
  const [min, max] = range!;
  return fc
    .oneof(
      fc.integer({ max: min - 1 }),
      fc.integer({ min: max + 1 }),
      fc.double({ min, max, noInteger: true }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity),
    )
    .map((value) => defectAt(path, value));
});

const defects = fc.oneof(
  badUrl,
  invisibleText,
  overLongId,
  duplicateId,
  sparseList,
  wrongType,
  outOfRange,
);

describe('validator properties: known defects', () => {
  it('never accepts a routine with a known defect, and names where it is', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(defects, ({ at, inject }) => {
        const routine = builtIn();
        inject(routine);
        const result = validateRoutine(routine);
        expect(result.ok, at).to.be.false;
        const paths = result.problems.map((problem) => problem.path);
        expect(
          paths.some(
            (path) => path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`),
          ),
          `${at} in ${paths.join(', ')}`,
        ).to.be.true;
      }),
      runs(1000),
    );
  });
});

// ---- prototype keys --------------------------------------------------------------------

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Sets an own property, as JSON.parse does, even for "__proto__". */
function defineOwn(object: Json, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const pollutingValue = fc.oneof(
  fc.constant({ polluted: 'yes' }),
  fc.constant({ prototype: { polluted: 'yes' } }),
  fc.constant({ __proto__: { polluted: 'yes' } }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** The built-in routine with prototype keys planted on its objects, sometimes via JSON. */
const routineWithPrototypeKeys = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(...LOCATIONS.filter(({ kind }) => kind === 'object'), { path: [] }),
        fc.constantFrom(...PROTOTYPE_KEYS),
        pollutingValue,
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.boolean(),
  )
  .map(([plants, viaJson]) => {
    const routine = builtIn();
    for (const [{ path }, key, value] of plants) {
      const object = path.length === 0 ? routine : parentOf(routine, path)[path.at(-1)!];
      defineOwn(object, key, value);
    }
    return viaJson ? (JSON.parse(JSON.stringify(routine)) as unknown) : routine;
  });

/** Media keyed by prototype keys, exercise ids and ids named like prototype members. */
const mediaWithPrototypeKeys = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty', 'valueof', 'spanish-squat'),
      fc.oneof(fc.constant({ kind: 'video', url: '/v.mp4', alt: 'The move' }), pollutingValue),
    ),
    { maxLength: 5 },
  )
  .map((entries) => {
    const media: Json = {};
    for (const [key, value] of entries) defineOwn(media, key, value);
    return media;
  });

/** The built-in routine with its exercises renamed after Object.prototype members. */
const prototypeNamedRoutine = (() => {
  const routine = builtIn();
  ['constructor', 'valueof', 'hasownproperty'].forEach((id, i) => {
    routine.exercises[i].id = id;
  });
  const result = validateRoutine(routine);
  if (!result.ok) throw new Error('the renamed routine should be valid');
  return result.value;
})();

function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((prototype) =>
    Reflect.ownKeys(prototype).map(String),
  );
}

describe('validator properties: prototypes', () => {
  const before = prototypeKeys();

  function expectUnpolluted(): void {
    expect(({} as Json)['polluted']).to.equal(undefined);
    expect(([] as unknown as Json)['polluted']).to.equal(undefined);
    expect(prototypeKeys()).to.deep.equal(before);
  }

  it('never pollutes a prototype, whatever keys a routine has', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(routineWithPrototypeKeys, (routine) => {
        const result = validateRoutine(routine);
        expectWellFormed(result);
        if (result.ok) {
          const odd = [...everyObject(result.value)].filter(
            (object) =>
              ![Object.prototype, Array.prototype].includes(Object.getPrototypeOf(object)) ||
              PROTOTYPE_KEYS.some((key) => Object.hasOwn(object, key)),
          );
          expect(odd).to.deep.equal([]);
        }
        expectUnpolluted();
      }),
      runs(400),
    );
  });

  it('never pollutes a prototype, and returns media with no prototype', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(mediaWithPrototypeKeys, (media) => {
        for (const routine of [runnersKneeRoutine, prototypeNamedRoutine]) {
          const result = validateMediaByExercise(media, routine);
          expectWellFormed(result);
          if (result.ok) {
            expect(Object.getPrototypeOf(result.value)).to.equal(null);
            expect(Object.keys(result.value)).to.deep.equal(Object.keys(media));
          }
        }
        expectUnpolluted();
      }),
      runs(400),
    );
  });
});

// ---- accepted output -------------------------------------------------------------------

/** Visible text of at most `max` characters. */
const visibleText = (max: number) => fc.string({ maxLength: max - 1 }).map((s) => `v${s}`);

/** A relative URL such as `media/a/b`. (fc.webPath() can start `//:`, a malformed URL.) */
const relativeUrl = fc
  .array(fc.webSegment().filter(Boolean), { minLength: 1, maxLength: 3 })
  .map((segments) => `media/${segments.join('/')}`);

/** One valid change to a routine: new text, a number in range, an optional field dropped. */
const validChange: fc.Arbitrary<(routine: Json) => void> = fc.oneof(
  fc.tuple(where('text'), visibleText(60)).map(([{ path }, text]) => (routine: Json) => {
    setIfPresent(routine, path, text);
  }),
  where('integer').chain(({ path, range }) =>
    fc.integer({ min: range![0], max: range![1] }).map((n) => (routine: Json) => {
      setIfPresent(routine, path, n);
    }),
  ),
  fc
    .tuple(fc.constantFrom('anchorAdvice', 'tips', 'language'), fc.nat(4))
    .map(([key, i]) => (routine: Json) => {
      Reflect.deleteProperty(routine, key);
      delete routine.exercises[i].caution;
      delete routine.exercises[i].prescription.tempo;
    }),
  fc
    .tuple(fc.oneof(fc.webUrl(), relativeUrl), fc.nat(4), fc.constantFrom('video', 'image'))
    .map(([url, i, kind]) => (routine: Json) => {
      routine.exercises[i].media = { kind, url, alt: 'The move' };
      routine.credits[i % 3].url = url;
      routine.source = { url, title: 'The original article' };
    }),
);

/** Keys the model does not know, with values no copy could hold. */
const unknownKey = fc.tuple(
  fc.string().map((s) => `extra ${s}`),
  fc.oneof(
    fc.anything({ withBigInt: true, withDate: true, withSparseArray: true, maxDepth: 2 }),
    fc.constant('cycle'),
  ),
);

describe('validator properties: accepted output', () => {
  it('returns a deep-frozen copy of exactly the known fields', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(
        fc.array(validChange, { maxLength: 6 }),
        fc.array(
          fc.tuple(
            fc.constantFrom(...LOCATIONS.filter(({ kind }) => kind === 'object'), { path: [] }),
            unknownKey,
          ),
          { maxLength: 4 },
        ),
        (changes, extras) => {
          const routine = builtIn();
          for (const change of changes) change(routine);
          const known = structuredClone(routine);
          for (const [{ path }, [key, value]] of extras) {
            const object = path.length === 0 ? routine : parentOf(routine, path)[path.at(-1)!];
            object[key] = value === 'cycle' ? routine : value;
          }
          const result = validateRoutine(routine);
          expect(result.ok, JSON.stringify(result.problems)).to.be.true;
          if (!result.ok) return;
          expect(unfrozen(result.value)).to.deep.equal([]);
          expect(JSON.parse(JSON.stringify(result.value))).to.deep.equal(known);
        },
      ),
      runs(400),
    );
  });
});
