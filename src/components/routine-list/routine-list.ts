import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Exercise, Routine } from '../../data/types.js';
import type { RoutineLayout } from '../../data/display-options.js';
import {
  emptyProgress,
  isExerciseDone,
  routineTotals,
  setsDone,
  type RoutineProgress,
} from '../../progress/routine-progress.js';
import { RoutineSelectEvent } from '../../events/routine-events.js';
import { RoutineElement } from '../routine-element.js';
import { containerHostStyles, elementStyles } from '../../styles/tokens.styles.js';
import { routineListStyles } from './routine-list.styles.js';

export type { RoutineLayout };

/** Every part the list renders (documented below), for elements that re-export them. */
export const ROUTINE_LIST_PARTS = ['overall', 'list', 'item', 'item-current', 'item-done'] as const;

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The exercises of a routine in order, each with its sets done, and the overall progress.
 * Selecting an exercise fires `routine-select`; the element does not change its own
 * `current`, so the page (or `<exercise-routine>`) decides what selection means.
 * Arrow keys, Home and End move between exercises.
 *
 * @summary An ordered, selectable list of a routine's exercises with progress.
 * @tag routine-list
 *
 * @fires routine-select - The reader picked an exercise. `detail`: `{ exerciseId }`.
 *
 * @csspart overall - The overall progress text and bar.
 * @csspart list - The ordered list.
 * @csspart item - Each exercise's button.
 * @csspart item-current - The current exercise's button (as well as `item`).
 * @csspart item-done - A finished exercise's button (as well as `item`).
 */
export class RoutineList extends RoutineElement {
  static override styles = [...elementStyles, containerHostStyles, routineListStyles];

  /** The routine whose exercises are listed. */
  @property({ attribute: false }) routine?: Routine;

  /** The reader's progress; none means nothing done yet. */
  @property({ attribute: false }) progress?: RoutineProgress;

  /** The id of the exercise the reader is on; defaults to `progress.currentId`. */
  @property() current?: string;

  /** `compact` shows numbered chips in a row, `full` a list of names; `auto` picks by width. */
  @property({ reflect: true }) layout: RoutineLayout = 'auto';

  #select(exercise: Exercise): void {
    this.dispatchEvent(new RoutineSelectEvent({ exerciseId: exercise.id }));
  }

  #onKeydown(event: KeyboardEvent): void {
    const move = MOVES[event.key];
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (!move || index < 0) return;
    event.preventDefault();
    buttons[move(index, buttons.length)]?.focus();
  }

  #renderItem(exercise: Exercise, index: number, progress: RoutineProgress): TemplateResult {
    const current = (this.current ?? progress.currentId) === exercise.id;
    const done = isExerciseDone(progress, exercise);
    const parts = ['item', current ? 'item-current' : '', done ? 'item-done' : ''];
    const count = this.strings.setsOf(setsDone(progress, exercise), exercise.prescription.sets);
    return html`<li>
      <button
        type="button"
        part=${parts.filter(Boolean).join(' ')}
        class="item ${done ? 'item--done' : ''}"
        aria-current=${current ? 'step' : 'false'}
        ?disabled=${this.rendersAsServer}
        @click=${() => this.#select(exercise)}
      >
        <!-- The number is the visible label of a chip in the strip, so it is part of the name. -->
        <span class="number"
          >${index + 1}${done ? html`<span aria-hidden="true">✓</span>` : nothing}</span
        >
        <span class="name">${exercise.name}</span>
        <span class="count"
          >${count}${done ? html`<span class="visually-hidden">, ${this.strings.done}</span>` : nothing}</span
        >
      </button>
    </li>`;
  }

  /** The bar's fill, set through CSSOM: a strict CSP blocks style attributes, and Lit's
   * styleMap writes the attribute on first render (it uses CSSOM only for updates). */
  protected override updated(): void {
    const routine = this.routine;
    if (!routine) return;
    const { done, total } = routineTotals(this.progress ?? emptyProgress(routine), routine);
    this.renderRoot
      .querySelector<HTMLElement>('.bar-fill')
      ?.style.setProperty('--_routine-fraction', String(total ? done / total : 0));
  }

  protected override render(): TemplateResult | typeof nothing {
    const routine = this.routine;
    if (!routine) return nothing;
    const progress = this.progress ?? emptyProgress(routine);
    const { done, total } = routineTotals(progress, routine);
    return html`<div class="wrap wrap--${this.layout}">
      <div part="overall" class="overall">
        <span>${this.strings.overall(done, total)}</span>
        <div class="bar" aria-hidden="true">
          <div class="bar-fill"></div>
        </div>
      </div>
      <ol part="list" aria-label=${this.strings.exercises} @keydown=${this.#onKeydown}>
        ${routine.exercises.map((exercise, i) => this.#renderItem(exercise, i, progress))}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'routine-list': RoutineList;
  }
}
