import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../../i18n/index.js';
import { directionOf } from '../../internal/lang.js';
import type { RoutineLayout } from '../routine-list/routine-list.js';
import {
  renderCurrent,
  renderFlowNote,
  renderRoutineActions,
  type CurrentView,
} from './current-exercise.js';
import { LIST_PARTS } from './exported-parts.js';
import { renderRoutineHeader, renderStart, type StartView } from './routine-header.js';
import { renderAllHowTo } from './routine-howto.js';
import { renderSummary } from './routine-views.js';
import { renderTakeAlong, type TakeAlongView } from './take-along.js';

export { renderSourceState } from './routine-views.js';

/** What the whole routine's template reads from the element. */
export interface RoutineView extends CurrentView {
  startWorkout: () => void;
  noHeader: boolean;
  noCredits: boolean;
  listLayout: RoutineLayout;
  /** Print, Continue on your phone, reminders and Share; none when the publisher hides them. */
  takeAlong: TakeAlongView | undefined;
  /** The page's address, for the printed handout; unknown on the server. */
  pageUrl: string | undefined;
}

/** The header's way in: Start workout, or Continue with the sets done so far. */
function startOf({ flow, startWorkout, waiting }: RoutineView): StartView | undefined {
  const { progress } = flow;
  if (progress.finished) return undefined;
  return { started: progress.started, ...progress.totals, onClick: startWorkout, waiting };
}

/** The header, or without it the Start workout button (and a welcome back) alone. */
function renderTop(view: RoutineView): TemplateResult {
  const { routine, strings } = view;
  const takeAlong = view.takeAlong ? renderTakeAlong(view.takeAlong) : nothing;
  const note = renderFlowNote(view, 'header');
  if (view.noHeader) {
    return html`${renderStart(routine, strings, startOf(view))}${note}${takeAlong}`;
  }
  return renderRoutineHeader(routine, {
    strings,
    level: view.level,
    noCredits: view.noCredits,
    start: startOf(view),
    note,
    takeAlong,
  });
}

function renderList(view: RoutineView): TemplateResult {
  const { flow } = view;
  return html`<routine-list
    part="list"
    exportparts=${LIST_PARTS}
    .routine=${view.routine}
    .progress=${flow.progress.progress}
    layout=${view.listLayout}
    theme=${view.theme}
    @routine-select=${(event: Event & { detail: { exerciseId: string } }) =>
      flow.goTo(event.detail.exerciseId)}
  ></routine-list>`;
}

/**
 * A ready routine: header, list, the current exercise (or the summary) and the routine's
 * actions; in the workout view, the current exercise alone.
 */
export function renderRoutine(view: RoutineView): TemplateResult {
  const { flow, workout } = view;
  const { progress } = flow;
  const summary = () =>
    renderSummary({
      strings: view.strings,
      level: view.level,
      summary: progress.summary,
      allDone: progress.allDone,
      startAgain: () => flow.reset(),
      continueWorkout: () => flow.continue(),
      exit: workout ? view.exitWorkout : undefined,
      extra: view.knee?.renderSummary(),
    });
  return html`${workout ? nothing : renderTop(view)}
    <div class="body">
      ${workout ? nothing : renderList(view)}
      ${progress.finished ? summary() : renderCurrent(view, progress.current)}
    </div>
    ${progress.finished || workout ? nothing : renderRoutineActions(view)}
    ${workout ? nothing : renderHandout(view)}`;
}

/** Every exercise's how-to: on screen when server-rendered, else printed only (the handout). */
function renderHandout(view: RoutineView): TemplateResult {
  const media = view.prerendered ? 'screen' : 'print';
  return renderAllHowTo(view.routine, view.strings, view.level, media, view.pageUrl);
}

export interface FrameView {
  strings: Strings;
  layout: string;
  workout: boolean;
  /** What the widget's own live region says. */
  announcement: string;
  content: unknown;
  onKeyDown: (event: KeyboardEvent) => void;
  /** The routine's title, naming the workout view. */
  title: string | undefined;
}

/**
 * The widget's frame: in the string table's language and direction, whatever the page's (the
 * routine's text carries its own, see routine-header.ts); a modal dialog in the workout view.
 */
export function renderFrame(view: FrameView): TemplateResult {
  const { strings, workout } = view;
  const { lang } = strings;
  const label = workout && view.title ? strings.workoutOf(view.title) : undefined;
  return html`<div
    part="frame"
    class="frame frame--${view.layout} ${workout ? 'frame--workout' : ''}"
    lang=${lang}
    dir=${directionOf(lang)}
    role=${ifDefined(workout ? 'dialog' : undefined)}
    aria-modal=${ifDefined(workout ? 'true' : undefined)}
    aria-label=${ifDefined(label)}
    @keydown=${view.onKeyDown}
  >
    ${view.content}
    <p class="visually-hidden" role="status">${view.announcement}</p>
    <div class="width-probe"></div>
  </div>`;
}
