import type {
  Credit,
  Exercise,
  ExerciseMedia,
  ExerciseOption,
  MediaByExercise,
  Prescription,
  Routine,
  Side,
  SourceArticle,
} from './types.js';
import { Checker, type Problem } from './checker.js';
import { SIDES } from './side-order.js';
import { markChecked, markRoutineChecked } from './checked.js';

export type { Problem } from './checker.js';

/**
 * Either a typed value or every problem found in the input. The value is a deep-frozen copy
 * holding only the model's fields, never the input itself.
 */
export type ValidationResult<T> =
  { ok: true; value: T; problems: readonly [] } | { ok: false; problems: readonly Problem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_RULE = 'lowercase letters, digits and single hyphens';
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MEDIA_KINDS: readonly ExerciseMedia['kind'][] = ['video', 'image'];

/**
 * Runs a check and shapes its result. The checks guard every read, so they do not throw; the
 * catch keeps that promise for whatever they did not foresee.
 */
function validate<T>(check: (c: Checker) => T | undefined): ValidationResult<T> {
  const c = new Checker();
  let value: T | undefined;
  try {
    value = check(c);
  } catch {
    c.report('', 'could not be checked: checking it threw an error');
  }
  return c.problems.length === 0 && value !== undefined
    ? { ok: true, value, problems: [] }
    : { ok: false, problems: c.problems };
}

function checkMedia(c: Checker, path: string, value: unknown): ExerciseMedia | undefined {
  const field = c.object(path, value);
  if (!field) return undefined;
  const start = c.mark();
  const kind = c.oneOf(`${path}.kind`, field('kind'), MEDIA_KINDS);
  const url = c.url(`${path}.url`, field('url'), { images: kind === 'image' });
  const poster = c.optional(field('poster'), (v) => c.url(`${path}.poster`, v, { images: true }));
  const alt = c.text(`${path}.alt`, field('alt'), { max: 300 });
  return c.frozen<ExerciseMedia>(start, { kind, url, poster, alt });
}

function checkPrescription(c: Checker, path: string, value: unknown): Prescription | undefined {
  const field = c.object(path, value);
  if (!field) return undefined;
  const start = c.mark();
  const sets = c.integer(`${path}.sets`, field('sets'), 1, 20);
  const rawReps = field('reps');
  const rawHold = field('holdSeconds');
  if ((rawReps === undefined) === (rawHold === undefined)) {
    c.report(path, 'expected exactly one of "reps" and "holdSeconds"');
  }
  const reps = c.optional(rawReps, (v) => c.integer(`${path}.reps`, v, 1, 100));
  const holdSeconds = c.optional(rawHold, (v) => c.integer(`${path}.holdSeconds`, v, 1, 600));
  const perSide = c.boolean(`${path}.perSide`, field('perSide'));
  const sideOrder = c.optional(field('sideOrder'), (v) =>
    checkSideOrder(c, `${path}.sideOrder`, v),
  );
  const restSeconds = c.integer(`${path}.restSeconds`, field('restSeconds'), 0, 600);
  const getReadySeconds = c.optional(field('getReadySeconds'), (v) =>
    c.integer(`${path}.getReadySeconds`, v, 0, 60),
  );
  const tempo = c.optional(field('tempo'), (v) => c.text(`${path}.tempo`, v, { max: 80 }));
  const suggested = c.boolean(`${path}.suggested`, field('suggested'));
  return c.frozen<Prescription>(start, {
    sets,
    reps,
    holdSeconds,
    perSide,
    sideOrder,
    restSeconds,
    getReadySeconds,
    tempo,
    suggested,
  });
}

function checkSideOrder(c: Checker, path: string, value: unknown): readonly Side[] | undefined {
  const items = c.list(path, value, { min: 2, max: 2 });
  if (!items) return undefined;
  const start = c.mark();
  const sides = items.map((side, i) => c.oneOf(`${path}[${i}]`, side, SIDES));
  if (items[0] === items[1]) c.report(path, 'expected both sides, each once');
  return c.mark() === start ? Object.freeze(sides as Side[]) : undefined;
}

function checkOption(c: Checker, path: string, value: unknown): ExerciseOption | undefined {
  const field = c.object(path, value);
  if (!field) return undefined;
  const start = c.mark();
  const name = c.text(`${path}.name`, field('name'), { max: 80 });
  const description = c.text(`${path}.description`, field('description'), { max: 400 });
  return c.frozen<ExerciseOption>(start, { name, description });
}

/** Checks an exercise; `ids`, when given, holds the ids seen so far, to refuse a duplicate. */
function checkExercise(
  c: Checker,
  path: string,
  value: unknown,
  ids?: Set<string>,
): Exercise | undefined {
  const field = c.object(path, value);
  if (!field) return undefined;
  const start = c.mark();
  const id = c.slug(`${path}.id`, field('id'), SLUG, SLUG_RULE);
  if (id !== undefined && ids) {
    if (ids.has(id)) c.report(`${path}.id`, `duplicate id "${id}": each exercise needs its own id`);
    ids.add(id);
  }
  return c.frozen<Exercise>(start, {
    id,
    name: c.text(`${path}.name`, field('name'), { max: 80 }),
    purpose: c.text(`${path}.purpose`, field('purpose'), { max: 300 }),
    muscles: c.textList(`${path}.muscles`, field('muscles'), { min: 1, max: 8 }),
    equipment: c.textList(`${path}.equipment`, field('equipment'), { min: 0, max: 10 }),
    setup: c.text(`${path}.setup`, field('setup'), { max: 600 }),
    steps: c.textList(`${path}.steps`, field('steps'), { min: 1, max: 12 }),
    cues: c.textList(`${path}.cues`, field('cues'), { min: 2, max: 4 }),
    mistakes: c.textList(`${path}.mistakes`, field('mistakes'), { min: 0, max: 8 }),
    easier: checkOption(c, `${path}.easier`, field('easier')),
    harder: checkOption(c, `${path}.harder`, field('harder')),
    caution: c.optional(field('caution'), (v) => c.text(`${path}.caution`, v, { max: 400 })),
    prescription: checkPrescription(c, `${path}.prescription`, field('prescription')),
    media: c.optional(field('media'), (v) => checkMedia(c, `${path}.media`, v)),
  });
}

function checkCredit(c: Checker, path: string, value: unknown): Credit | undefined {
  const field = c.object(path, value);
  if (!field) return undefined;
  const start = c.mark();
  return c.frozen<Credit>(start, {
    role: c.text(`${path}.role`, field('role'), { max: 60 }),
    name: c.text(`${path}.name`, field('name'), { max: 120 }),
    url: c.optional(field('url'), (v) => c.url(`${path}.url`, v)),
  });
}

function checkSource(c: Checker, path: string, value: unknown): SourceArticle | undefined {
  const field = c.object(path, value);
  if (!field) return undefined;
  const start = c.mark();
  return c.frozen<SourceArticle>(start, {
    url: c.url(`${path}.url`, field('url')),
    title: c.optional(field('title'), (v) => c.text(`${path}.title`, v, { max: 200 })),
  });
}

function checkRoutine(c: Checker, input: unknown): Routine | undefined {
  const field = c.object('', input);
  if (!field) return undefined;
  const start = c.mark();
  const ids = new Set<string>();
  return c.frozen<Routine>(start, {
    id: c.slug('id', field('id'), SLUG, SLUG_RULE),
    version: c.integer('version', field('version'), 1, 1_000_000),
    title: c.text('title', field('title'), { max: 120 }),
    intro: c.text('intro', field('intro'), { max: 1500 }),
    language: c.optional(field('language'), (v) =>
      c.slug('language', v, LANGUAGE_TAG, 'a language tag such as "en" or "en-GB"'),
    ),
    equipment: c.textList('equipment', field('equipment'), { min: 0, max: 20 }),
    anchorAdvice: c.optional(field('anchorAdvice'), (v) => c.text('anchorAdvice', v, { max: 600 })),
    safety: c.textList('safety', field('safety'), { min: 1, max: 10 }),
    tips: c.optional(field('tips'), (v) => c.textList('tips', v, { min: 0, max: 10 })),
    credits: c.listOf('credits', field('credits'), { min: 0, max: 10 }, (path, item) =>
      checkCredit(c, path, item),
    ),
    source: c.optional(field('source'), (v) => checkSource(c, 'source', v)),
    painCheck: c.optional(field('painCheck'), (v) => c.boolean('painCheck', v)),
    exercises: c.listOf('exercises', field('exercises'), { min: 1, max: 30 }, (path, item) =>
      checkExercise(c, path, item, ids),
    ),
  });
}

/**
 * Checks unknown input (parsed JSON, a property set from code) against the routine model.
 * Returns a deep-frozen copy of the routine, or every problem found, each with its path and
 * a message. Never throws: a getter or proxy that throws is reported as a problem.
 */
export function validateRoutine(input: unknown): ValidationResult<Routine> {
  const result = validate((c) => checkRoutine(c, input));
  if (result.ok) markRoutineChecked(result.value);
  return result;
}

/** Checks one exercise on its own, as `<exercise-card>` does with its `exercise` property. */
export function validateExercise(input: unknown): ValidationResult<Exercise> {
  const result = validate((c) => checkExercise(c, 'exercise', input));
  if (result.ok) markChecked(result.value);
  return result;
}

/**
 * Checks media a host attaches to a routine, keyed by exercise id: every key must name an
 * exercise of `routine`, every value must be valid media. Only own enumerable keys are read,
 * and the copy has no prototype, so an id such as `constructor` finds nothing inherited.
 */
export function validateMediaByExercise(
  input: unknown,
  routine: Routine,
): ValidationResult<MediaByExercise> {
  return validate((c) => {
    if (!c.isObject('', input)) return undefined;
    const keys = c.read('', () => Object.keys(input));
    if (!keys) return undefined;
    const ids = new Set(routine.exercises.map((exercise) => exercise.id));
    const start = c.mark();
    const copy: Record<string, ExerciseMedia> = Object.create(null);
    for (const id of keys) {
      const path = `media[${JSON.stringify(id)}]`;
      if (!ids.has(id)) {
        c.report(path, `unknown exercise id "${id}"; expected one of ${[...ids].join(', ')}`);
      }
      const media = checkMedia(
        c,
        path,
        c.read(path, () => (input as MediaByExercise)[id]),
      );
      if (media) copy[id] = media;
    }
    return c.mark() === start ? markChecked(Object.freeze(copy)) : undefined;
  });
}
