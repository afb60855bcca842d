// Server rendering, for Node: the routine as HTML with declarative shadow DOM, to put in a
// page before any script runs. Importing '@lit-labs/ssr' first installs its DOM shim, so the
// elements below register in its custom element registry.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import './define.js';
import { describeValue, formatProblem, type Problem } from './data/checker.js';
import type { MediaByExercise, Routine } from './data/types.js';
import { LAYOUTS, THEMES, type RoutineLayout, type Theme } from './data/display-options.js';
import { validateMediaByExercise, validateRoutine } from './data/validate.js';
import * as builtInRoutine from './data/runners-knee-routine.js';
import { builtInRoutineChunk } from './components/runner-knee-routine/built-in-routine-chunk.js';
import * as routineFlow from './components/exercise-routine/routine-flow.js';
import { routineFlowChunk } from './components/exercise-routine/routine-flow-chunk.js';

export type { Problem };

/** What `renderRoutineHtml` renders. Every option is optional. */
export interface RenderRoutineOptions {
  /** A routine (checked like the `routine` property); the built-in routine when absent. */
  routine?: unknown;
  theme?: Theme;
  layout?: RoutineLayout;
  /** Level of the routine's title, 2 to 6. */
  headingLevel?: number | string;
  noHeader?: boolean;
  noCredits?: boolean;
  /** Demonstration media per exercise id, checked against the routine. */
  media?: unknown;
}

/** Thrown for invalid options: `problems` lists each one with its path. */
export class RoutineOptionsError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`invalid options:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'RoutineOptionsError';
    this.problems = problems;
  }
}

function oneOf(path: string, value: unknown, allowed: readonly string[]): Problem[] {
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return [];
  const expected = allowed.map((a) => `"${a}"`).join(', ');
  return [{ path, message: `expected one of ${expected}, got ${describeValue(value)}` }];
}

function headingLevelProblems(value: unknown): Problem[] {
  if (value === undefined) return [];
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level === 'number' && Number.isInteger(level) && level >= 2 && level <= 6) return [];
  const message = `expected a whole number from 2 to 6, got ${describeValue(value)}`;
  return [{ path: 'headingLevel', message }];
}

function booleanProblems(path: string, value: unknown): Problem[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return [{ path, message: `expected true or false, got ${describeValue(value)}` }];
}

function underPath(prefix: string, problem: Problem): Problem {
  const { path } = problem;
  const joined = !path ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
  return { ...problem, path: joined };
}

/** Checks every option, throwing one error that lists every problem. */
function checkOptions(options: RenderRoutineOptions): {
  routine?: Routine;
  media?: MediaByExercise;
} {
  const problems: Problem[] = [
    ...oneOf('theme', options.theme, THEMES),
    ...oneOf('layout', options.layout, LAYOUTS),
    ...headingLevelProblems(options.headingLevel),
    ...booleanProblems('noHeader', options.noHeader),
    ...booleanProblems('noCredits', options.noCredits),
  ];
  let routine: Routine | undefined;
  let media: MediaByExercise | undefined;
  if (options.routine !== undefined) {
    const result = validateRoutine(options.routine);
    if (result.ok) routine = result.value;
    else problems.push(...result.problems.map((problem) => underPath('routine', problem)));
  }
  if (options.media !== undefined && (routine || options.routine === undefined)) {
    const result = validateMediaByExercise(
      options.media,
      routine ?? builtInRoutine.runnersKneeRoutine,
    );
    if (result.ok) media = result.value;
    else problems.push(...result.problems.map((problem) => underPath('media', problem)));
  }
  if (problems.length > 0) throw new RoutineOptionsError(problems);
  // The checked copies: the elements show them without loading the validator.
  return { routine, media };
}

/**
 * The routine as an HTML snippet: `<runner-knee-routine>` (or, with `options.routine`,
 * `<exercise-routine>`) with a declarative shadow root (`<template shadowrootmode="open">`)
 * for it and each element inside. Synchronous and deterministic: the same options give the
 * same string, and no saved progress is read (the reader sees a fresh routine until the
 * element's script runs and restores theirs). Throws a `RoutineOptionsError` listing every
 * problem with its path when an option is invalid.
 *
 * Where `theme` is `auto`, the snippet is light: only the reader's browser knows whether the
 * page and the reader both want dark, and the element switches once its script runs.
 */
/**
 * A `<script type="application/json">` child holding `value`, which the element reads when its
 * script runs, as the server's property bindings never reach the page. `<` is escaped, so no
 * text in the value can end the script element.
 */
function jsonChild(value: unknown, attributes = ''): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json"${attributes}>${json}</script>`;
}

export function renderRoutineHtml(options: RenderRoutineOptions = {}): string {
  const { routine, media } = checkOptions(options);
  // Rendering is synchronous: the elements find the code they load before rendering in.
  builtInRoutineChunk.provide(builtInRoutine);
  routineFlowChunk.provide(routineFlow);
  const { theme, layout } = options;
  const level =
    options.headingLevel === undefined ? undefined : String(Number(options.headingLevel));
  const noHeader = options.noHeader === true;
  const noCredits = options.noCredits === true;
  // The routine and the media, set as properties for the server's render, also go in the page
  // as inline JSON, for the element's first render in the browser to show the same.
  const children = unsafeHTML(
    (routine ? jsonChild(routine) : '') +
      (media === undefined ? '' : jsonChild(media, ' data-media')),
  );
  // One line each: the bindings leave their source whitespace in the start tag.
  // prettier-ignore
  const template: TemplateResult = routine
    ? html`<exercise-routine theme=${ifDefined(theme)} layout=${ifDefined(layout)} heading-level=${ifDefined(level)} ?no-header=${noHeader} ?no-credits=${noCredits} .media=${media} .routine=${routine}>${children}</exercise-routine>`
    : html`<runner-knee-routine theme=${ifDefined(theme)} layout=${ifDefined(layout)} heading-level=${ifDefined(level)} ?no-header=${noHeader} ?no-credits=${noCredits} .media=${media}>${children}</runner-knee-routine>`;
  return collectResultSync(render(template));
}
