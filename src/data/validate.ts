import type { Exercise, Routine, MediaByExercise } from './types.js';
import { Checker, type Problem } from './checker.js';
import { SIDES } from './side-order.js';

export type { Problem } from './checker.js';

/** Either a typed value or every problem found in the input. */
export type ValidationResult<T> =
  { ok: true; value: T; problems: readonly [] } | { ok: false; problems: readonly Problem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_RULE = 'lowercase letters, digits and single hyphens';

function finish<T>(checker: Checker, value: unknown): ValidationResult<T> {
  return checker.problems.length === 0
    ? { ok: true, value: value as T, problems: [] }
    : { ok: false, problems: checker.problems };
}

function checkMedia(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.oneOf(`${path}.kind`, value.kind, ['video', 'image']);
  c.url(`${path}.url`, value.url, { images: value.kind === 'image' });
  c.optional(value.poster, () => c.url(`${path}.poster`, value.poster, { images: true }));
  c.text(`${path}.alt`, value.alt, { max: 300 });
}

function checkPrescription(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.integer(`${path}.sets`, value.sets, 1, 20);
  const hasReps = value.reps !== undefined;
  const hasHold = value.holdSeconds !== undefined;
  if (hasReps === hasHold) {
    c.report(path, 'expected exactly one of "reps" and "holdSeconds"');
  }
  if (hasReps) c.integer(`${path}.reps`, value.reps, 1, 100);
  if (hasHold) c.integer(`${path}.holdSeconds`, value.holdSeconds, 1, 600);
  c.boolean(`${path}.perSide`, value.perSide);
  c.optional(value.sideOrder, () => checkSideOrder(c, `${path}.sideOrder`, value.sideOrder));
  c.integer(`${path}.restSeconds`, value.restSeconds, 0, 600);
  c.optional(value.getReadySeconds, () =>
    c.integer(`${path}.getReadySeconds`, value.getReadySeconds, 0, 60),
  );
  c.optional(value.tempo, () => c.text(`${path}.tempo`, value.tempo, { max: 80 }));
  c.boolean(`${path}.suggested`, value.suggested);
}

function checkSideOrder(c: Checker, path: string, value: unknown): void {
  if (!c.list(path, value, { min: 2, max: 2 })) return;
  value.forEach((side, i) => c.oneOf(`${path}[${i}]`, side, SIDES));
  if (value[0] === value[1]) c.report(path, 'expected both sides, each once');
}

function checkOption(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.text(`${path}.name`, value.name, { max: 80 });
  c.text(`${path}.description`, value.description, { max: 400 });
}

function checkExercise(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.slug(`${path}.id`, value.id, SLUG, SLUG_RULE);
  c.text(`${path}.name`, value.name, { max: 80 });
  c.text(`${path}.purpose`, value.purpose, { max: 300 });
  c.textList(`${path}.muscles`, value.muscles, { min: 1, max: 8 });
  c.textList(`${path}.equipment`, value.equipment, { min: 0, max: 10 });
  c.text(`${path}.setup`, value.setup, { max: 600 });
  c.textList(`${path}.steps`, value.steps, { min: 1, max: 12 });
  c.textList(`${path}.cues`, value.cues, { min: 2, max: 4 });
  c.textList(`${path}.mistakes`, value.mistakes, { min: 0, max: 8 });
  checkOption(c, `${path}.easier`, value.easier);
  checkOption(c, `${path}.harder`, value.harder);
  c.optional(value.caution, () => c.text(`${path}.caution`, value.caution, { max: 400 }));
  checkPrescription(c, `${path}.prescription`, value.prescription);
  c.optional(value.media, () => checkMedia(c, `${path}.media`, value.media));
}

function checkCredit(c: Checker, path: string, value: unknown): void {
  if (!c.object(path, value)) return;
  c.text(`${path}.role`, value.role, { max: 60 });
  c.text(`${path}.name`, value.name, { max: 120 });
  c.optional(value.url, () => c.url(`${path}.url`, value.url));
}

function checkExercises(c: Checker, value: unknown): void {
  if (!c.list('exercises', value, { min: 1, max: 30 })) return;
  const seen = new Set<unknown>();
  value.forEach((exercise, i) => {
    checkExercise(c, `exercises[${i}]`, exercise);
    const id = (exercise as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && seen.has(id)) {
      c.report(`exercises[${i}].id`, `duplicate id "${id}": each exercise needs its own id`);
    }
    seen.add(id);
  });
}

/**
 * Checks unknown input (parsed JSON, a property set from code) against the routine model.
 * Returns the typed routine, or every problem found, each with its path and a message.
 */
export function validateRoutine(input: unknown): ValidationResult<Routine> {
  const c = new Checker();
  if (!c.object('routine', input, '')) return finish(c, input);
  c.slug('id', input.id, SLUG, SLUG_RULE);
  c.integer('version', input.version, 1, 1_000_000);
  c.text('title', input.title, { max: 120 });
  c.text('intro', input.intro, { max: 1500 });
  c.optional(input.language, () =>
    c.slug(
      'language',
      input.language,
      /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      'a language tag such as "en" or "en-GB"',
    ),
  );
  c.textList('equipment', input.equipment, { min: 0, max: 20 });
  c.optional(input.anchorAdvice, () => c.text('anchorAdvice', input.anchorAdvice, { max: 600 }));
  c.textList('safety', input.safety, { min: 1, max: 10 });
  c.optional(input.tips, () => c.textList('tips', input.tips, { min: 0, max: 10 }));
  if (c.list('credits', input.credits, { min: 0, max: 10 })) {
    input.credits.forEach((credit, i) => checkCredit(c, `credits[${i}]`, credit));
  }
  checkExercises(c, input.exercises);
  return finish(c, input);
}

/** Checks one exercise on its own, as `<exercise-card>` does with its `exercise` property. */
export function validateExercise(input: unknown): ValidationResult<Exercise> {
  const c = new Checker();
  checkExercise(c, 'exercise', input);
  return finish(c, input);
}

/**
 * Checks media a host attaches to a routine, keyed by exercise id: every key must name an
 * exercise of `routine`, every value must be valid media.
 */
export function validateMediaByExercise(
  input: unknown,
  routine: Routine,
): ValidationResult<MediaByExercise> {
  const c = new Checker();
  if (!c.object('media', input, '')) return finish(c, input);
  const ids = new Set(routine.exercises.map((exercise) => exercise.id));
  for (const [id, media] of Object.entries(input)) {
    const path = `media[${JSON.stringify(id)}]`;
    if (!ids.has(id)) {
      c.report(path, `unknown exercise id "${id}"; expected one of ${[...ids].join(', ')}`);
    }
    checkMedia(c, path, media);
  }
  return finish(c, input);
}
