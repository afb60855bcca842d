import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Routine } from '../../data/types.js';
import { estimateRoutineMinutes } from '../../data/estimate-duration.js';
import type { Strings } from '../../i18n/index.js';
import { directionOf } from '../../internal/lang.js';

/** A heading at `level` (capped at 6) that fits the page's outline. */
export function heading(level: number, text: unknown, className: string, part?: string) {
  return html`<div
    class=${className}
    part=${ifDefined(part)}
    role="heading"
    aria-level=${Math.min(level, 6)}
  >
    ${text}
  </div>`;
}

/** A warning sign: a triangle with an exclamation mark, a shape that reads without colour. */
const warningIcon = html`<svg class="safety-icon" viewBox="0 0 24 24" aria-hidden="true">
  <path fill-rule="evenodd" d="M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z"></path>
</svg>`;

function list(items: readonly string[]): TemplateResult {
  return html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

/** The header's way into the workout view. */
export interface StartView {
  /** Whether any set is done: the button then says Continue, with the count. */
  started: boolean;
  done: number;
  total: number;
  onClick: () => void;
  /** Server-rendered and not yet taken over by the script: shown, but nothing to do yet. */
  waiting: boolean;
}

export interface HeaderOptions {
  strings: Strings;
  /** The level of the routine's title; sections are one below it. */
  level: number;
  noCredits: boolean;
  /** Start workout (or Continue); none once the routine is finished. */
  start?: StartView;
  /** A note under the start button (a welcome back). */
  note?: unknown;
  /** The take-along controls, under the start button. */
  takeAlong?: unknown;
}

/** Start workout with the routine's length, or Continue with the sets done so far. */
export function renderStart(routine: Routine, s: Strings, start: StartView | undefined) {
  if (!start) return nothing;
  const minutes = estimateRoutineMinutes(routine);
  // Two lines either way, so the button keeps its height when saved progress comes in.
  const [label, detail] = start.started
    ? [s.continueLabel, s.setsDoneOf(start.done, start.total)]
    : [s.startWorkout, s.duration(minutes, routine.exercises.length)];
  return html`<button
    part="button start"
    class="button button--primary button--start"
    type="button"
    data-focus="start"
    ?disabled=${start.waiting}
    @click=${start.onClick}
  >
    ${label} <span class="button__detail">${detail}</span>
  </button>`;
}

/** A link to the original article, in a new tab that gets no hold on this page. */
function renderSource(routine: Routine, strings: Strings) {
  const { source } = routine;
  if (!source) return nothing;
  return html`<a href=${source.url} target="_blank" rel="noopener"
    >${source.title ?? strings.originalArticle}<span class="visually-hidden">
      (${strings.newTab})</span
    ></a
  >`;
}

/**
 * Whose the routine is, in plain words: the exercises come from the credited people, and
 * doses marked as suggestions are this site's, not theirs.
 */
function renderCredits(routine: Routine, { strings: s, noCredits }: HeaderOptions) {
  if (noCredits) return nothing;
  const credits = routine.credits.map((credit) => `${credit.name} (${credit.role})`).join(' · ');
  const source = renderSource(routine, s);
  const suggested = routine.exercises.some((exercise) => exercise.prescription.suggested);
  const from =
    credits || source !== nothing
      ? html`${s.exercisesFrom}
        ${credits}${credits && source !== nothing ? ' · ' : nothing}${source}.`
      : nothing;
  return html`<p part="credits" class="credits">
    <slot name="credits"
      >${from} ${from !== nothing && suggested ? s.dosesSuggested : nothing}</slot
    >
  </p>`;
}

/** The routine's header: title, duration, introduction, safety, equipment, tips and credits. */
export function renderRoutineHeader(routine: Routine, options: HeaderOptions): TemplateResult {
  const { strings: s, level } = options;
  const section = (title: string, content: unknown) =>
    html`<section>${heading(level + 1, title, 'subheading')} ${content}</section>`;
  const lang = routine.language ?? s.lang;
  return html`<header part="header" class="header" lang=${lang} dir=${directionOf(lang)}>
    ${heading(level, routine.title, 'title', 'title')}
    ${
      options.start
        ? html`${renderStart(routine, s, options.start)}${options.note ?? nothing}`
        : html`<p class="meta">
            ${s.duration(estimateRoutineMinutes(routine), routine.exercises.length)}
          </p>`
    }
    ${options.takeAlong ?? nothing}
    <p>${routine.intro}</p>
    <section part="safety" class="safety" aria-label=${s.safety}>
      ${heading(level + 1, html`${warningIcon}${s.safety}`, 'subheading safety-title')}
      ${list(routine.safety)}
    </section>
    ${
      routine.equipment.length
        ? section(
            s.equipment,
            html`${list(routine.equipment)}
            ${routine.anchorAdvice ? html`<p class="note">${routine.anchorAdvice}</p>` : nothing}`,
          )
        : nothing
    }
    ${routine.tips?.length ? section(s.tips, list(routine.tips)) : nothing}
    ${renderCredits(routine, options)}
  </header>`;
}
