import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../i18n/index.js';
import type { WorkoutSummary } from '../../progress/progress-controller.js';
import { renderProblems } from '../../internal/problems.js';
import type { RoutineSource } from './routine-source.js';
import { heading } from './routine-header.js';

/** How a button of the widget's own looks: `primary` is the one thing to do next. */
export type ButtonKind = 'primary' | 'secondary' | 'quiet';

export function button(
  label: unknown,
  onClick: () => void,
  kind: ButtonKind = 'secondary',
  { focusName, disabled = false }: { focusName?: string; disabled?: boolean } = {},
): TemplateResult {
  return html`<button
    part="button"
    class="button button--${kind}"
    type="button"
    data-focus=${focusName ?? nothing}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** Loading, empty, invalid and failed states; `undefined` once the routine is ready. */
export function renderSourceState(
  state: RoutineSource['state'],
  s: Strings,
  retry: () => void,
): TemplateResult | undefined {
  switch (state.kind) {
    case 'ready':
      return undefined;
    case 'loading':
    case 'checking':
      return html`<p part="status" class="status" role="status">${s.loading}</p>`;
    case 'empty':
      return html`<p part="status" class="status">${s.noRoutine}</p>`;
    case 'invalid':
      return renderProblems(s.invalidRoutine, state.problems);
    case 'validator-failed':
      return undefined; // shown with the element's other failed loads, under one Retry
    case 'failed':
      return html`<div part="error" class="error" role="alert">
        <p>${s.fetchFailed(state.detail)}</p>
        ${button(s.retry, retry)}
      </div>`;
  }
}

export interface SummaryView {
  strings: Strings;
  level: number;
  summary: WorkoutSummary;
  allDone: boolean;
  startAgain: () => void;
  continueWorkout: () => void;
  exit?: () => void;
  /** What the knee check adds: the last rating, the history. */
  extra: unknown;
}

export function renderSummary(view: SummaryView): TemplateResult {
  const { strings: s, summary } = view;
  return html`<section part="summary" class="summary" tabindex="-1" data-focus="summary">
    ${heading(view.level + 1, s.routineDone, 'subheading')}
    <p>${s.summary(summary.exercisesDone, summary.setsDone, summary.minutes)}</p>
    <div class="actions">
      ${view.exit ? button(s.exitWorkout, view.exit, 'primary') : nothing}
      ${view.allDone ? nothing : button(s.continueWorkout, view.continueWorkout)}
      ${button(s.startAgain, view.startAgain, view.exit ? 'quiet' : 'primary')}
    </div>
    ${view.extra}
  </section>`;
}

/** A note over the exercise (an exercise just done, a welcome back), with its own action. */
export function renderNote(text: string, action?: TemplateResult): TemplateResult {
  return html`<div part="status" class="note-bar">
    <p>${text}</p>
    ${action ?? nothing}
  </div>`;
}
