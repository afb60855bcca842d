import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Exercise, Routine } from '../../data/types.js';
import { ProgressController } from '../../progress/progress-controller.js';
import { SpeechCoach, browserSpeech, type SpeechEngine } from '../../timer/speech-coach.js';
import { directionOf } from '../../internal/lang.js';
import { parseHeadingLevel, warnUnlessOneOf } from '../../internal/attribute-check.js';
import { FocusKeeper } from '../../internal/focus-keeper.js';
import { renderProblems } from '../../internal/problems.js';
import { containerHostStyles, elementStyles } from '../../styles/tokens.styles.js';
import { RoutineElement } from '../routine-element.js';
import type { RoutineLayout } from '../routine-list/routine-list.js';
import { CARD_PARTS, LIST_PARTS, TIMER_PARTS } from './exported-parts.js';
import { isTimerEvent } from '../set-timer/set-timer.js';
import { RoutineSource } from './routine-source.js';
import { ColumnsController } from './columns-controller.js';
import { heading, renderRoutineHeader } from './routine-header.js';
import { exerciseRoutineStyles } from './exercise-routine.styles.js';

const LAYOUTS = ['auto', 'compact', 'full'];

/** What the timer's progress events carry. */
type TimerEvent = Event & { detail: { exerciseId?: unknown; set?: unknown; side?: unknown } };

/**
 * A whole routine: a header (title, introduction, duration, equipment, safety, credits), the
 * list of exercises with progress, and the current exercise with a timer for its sets.
 * The routine comes from the `routine` property, a `src` URL of JSON, or an inline
 * `<script type="application/json">` child, and is checked before anything is shown.
 * Progress is saved in `localStorage` per routine id and version, unless `no-persist` is set.
 *
 * @summary Any routine from data, with progress, timer and saved state.
 * @tag exercise-routine
 *
 * @slot credits - Replaces the routine's own credits line.
 *
 * @fires routine-start - The reader started: the first timer started or set done since a reset. `detail`: `{ routineId }`.
 * @fires routine-set-complete - A set (one side of a per-side set) was done. `detail`: `{ exerciseId, set, side }`.
 * @fires routine-exercise-complete - Every set of an exercise was done. `detail`: `{ exerciseId }`.
 * @fires routine-complete - The reader finished the routine. `detail`: `{ routineId, setsDone, elapsedMs }`.
 * @fires routine-reset - The reader cleared their progress. `detail`: `{ routineId }`.
 * @fires routine-select - The reader picked an exercise in the list. `detail`: `{ exerciseId }`.
 * @fires routine-timer-phase - The timer entered a phase. `detail`: `{ exerciseId, phase, set, totalSets, side }`.
 * @fires routine-details-toggle - The reader opened or closed an exercise's how-to. `detail`: `{ exerciseId, expanded }`.
 *
 * @csspart frame - The widget's outer frame.
 * @csspart header - Title, introduction, duration, equipment, safety notice and credits.
 * @csspart title - The routine's title (a heading).
 * @csspart safety - The safety notice.
 * @csspart credits - The credits line.
 * @csspart list - The `<routine-list>`.
 * @csspart card - The current exercise's `<exercise-card>`.
 * @csspart timer - The current exercise's `<set-timer>`.
 * @csspart button - Every button of the widget's own.
 * @csspart summary - The summary shown when the routine is finished.
 * @csspart status - Loading and saved-progress notes.
 * @csspart error - The error state for invalid data or a failed fetch.
 *
 * The parts of the nested card, list and timer are re-exported as `card__<part>`,
 * `list__<part>` and `timer__<part>` (e.g. `card__name`, `timer__display`).
 */
export class ExerciseRoutine extends RoutineElement {
  static override styles = [...elementStyles, containerHostStyles, exerciseRoutineStyles];

  protected readonly source = new RoutineSource(
    this,
    () => this.routine !== undefined || !!this.src,
  );
  readonly #progress = new ProgressController(this, () => !this.noPersist);
  readonly #columns = new ColumnsController(this);

  /** What the widget's own live region says: set when an exercise or the routine ends, or on reset. */
  @state() private announcement = '';

  /** The routine to show, set from code. Checked when set; wins over `src` and inline JSON. */
  @property({ attribute: false }) routine?: unknown;

  /** URL of the routine as JSON, fetched once (a failed or stalled fetch offers a retry). */
  @property() src?: string;

  /** Media to attach to exercises by id, e.g. `{ "spanish-squat": { kind: "video", url, alt } }`. */
  @property({ attribute: false }) media?: unknown;

  /** Don't save anything in `localStorage` (nor read it): neither progress nor the Mute and Voice choices. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  /** Start the timer muted (the reader can unmute; their choice is remembered). */
  @property({ type: Boolean, attribute: 'no-sound' }) noSound = false;

  /** The speech engine for spoken coaching; the browser's `speechSynthesis` unless set (tests inject a fake). */
  @property({ attribute: false }) speech?: SpeechEngine;

  /** Hide the timer's Voice control: no spoken coaching. */
  @property({ type: Boolean, attribute: 'no-voice' }) noVoice = false;

  /** Don't vibrate at the timer's phase changes. */
  @property({ type: Boolean, attribute: 'no-vibrate' }) noVibrate = false;

  /** Hide the header (title, introduction, equipment, safety, credits) when the article has it. */
  @property({ type: Boolean, attribute: 'no-header' }) noHeader = false;

  /** Hide just the credits line. */
  @property({ type: Boolean, attribute: 'no-credits' }) noCredits = false;

  /** Level of the routine's title as a heading (2 to 6); the widget's other headings follow it. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /**
   * `compact` (single column, a strip of numbered chips), `full` (the list beside the exercise
   * when wide), or `auto` (by the widget's own width). Beside the exercise the list shows full
   * rows (name, sets done) and stays in view (sticky) while the exercise scrolls.
   */
  @property({ reflect: true }) layout: RoutineLayout = 'auto';

  readonly #focusKeeper = new FocusKeeper(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routine') && this.routine !== undefined) this.source.useValue(this.routine);
    else if (changed.has('src') && this.src && this.routine === undefined)
      this.source.useUrl(this.src);
    if (changed.has('media')) this.source.useMedia(this.media);
    const routine = this.readyRoutine;
    if (routine) this.#progress.use(routine);
    if (changed.has('layout')) warnUnlessOneOf(this.localName, 'layout', this.layout, LAYOUTS);
    // undefined: the first update, not a change.
    if (changed.has('noPersist') && changed.get('noPersist') !== undefined) {
      this.#progress.persistenceChanged();
    }
  }

  /** The routine once loaded and valid, with the host's media attached. */
  protected get readyRoutine(): Routine | undefined {
    return this.source.routine;
  }

  /** The routine's own language wins over the page's. */
  protected override get language(): string | undefined {
    return this.readyRoutine?.language ?? super.language;
  }

  get #level(): number {
    return parseHeadingLevel(this.headingLevel, 2, this.localName);
  }

  /**
   * Progress comes only from the timer this element rendered: an event dispatched by page
   * script (on slotted content, say) never reaches these listeners on the timer itself, and
   * one dispatched from elsewhere inside the timer is not its own.
   */
  #fromOwnTimer(event: TimerEvent): event is TimerEvent & { detail: { exerciseId: string } } {
    const timer = event.currentTarget as { exercise?: Exercise } | null;
    const id = timer?.exercise?.id;
    const fromTimer = event.composedPath()[0] === timer && isTimerEvent(event);
    return fromTimer && id !== undefined && event.detail.exerciseId === id;
  }

  #onTimerPhase(event: TimerEvent): void {
    if (this.#fromOwnTimer(event)) this.#progress.start();
  }

  #onSetComplete(event: TimerEvent): void {
    if (!this.#fromOwnTimer(event)) return;
    const { exerciseId, set, side } = event.detail;
    this.#progress.recordSet(exerciseId, set as number, side as 'left' | 'right' | undefined);
  }

  #onExerciseComplete(event: TimerEvent): void {
    if (!this.#fromOwnTimer(event)) return;
    const speaking = (event.currentTarget as { speaking?: boolean }).speaking === true;
    this.#focusKeeper.moveTo('next');
    this.#progress.recordExercise(event.detail.exerciseId);
    if (this.#progress.finished) this.#announceFinish();
    else {
      const { next } = this.#progress;
      const s = this.strings;
      this.announcement = next ? `${s.exerciseDone} ${s.upNext(next.name)}` : s.exerciseDone;
    }
    if (speaking) this.#speakAfterRender(this.announcement);
  }

  /** Says `text` once the finished timer has left (leaving stops its own speech). */
  #speakAfterRender(text: string): void {
    const coach = this.#coach;
    coach.enabled = true;
    coach.lang = this.language ?? 'en';
    void this.updateComplete.then(() => coach.say(text));
  }

  readonly #coach = new SpeechCoach(this, () => this.speech ?? browserSpeech());

  #finish(): void {
    this.#progress.finish();
    this.#announceFinish();
  }

  #announceFinish(): void {
    this.#focusKeeper.moveTo('summary');
    this.announcement = this.strings.routineDone;
  }

  #continue(): void {
    this.#focusKeeper.moveTo('timer');
    this.#progress.unfinish();
  }

  #reset(): void {
    this.#focusKeeper.moveTo('timer');
    this.#progress.reset();
    this.announcement = this.strings.progressReset;
  }

  #button(label: string, onClick: () => void, primary = false): TemplateResult {
    const kind = primary ? 'button button--primary' : 'button';
    return html`<button part="button" class=${kind} type="button" @click=${onClick}>
      ${label}
    </button>`;
  }

  #renderSummary(): TemplateResult {
    const s = this.strings;
    const { exercisesDone, setsDone, minutes } = this.#progress.summary;
    return html`<section part="summary" class="summary" tabindex="-1" data-focus="summary">
      ${heading(this.#level + 1, s.routineDone, 'subheading')}
      <p>${s.summary(exercisesDone, setsDone, minutes)}</p>
      <div class="actions">
        ${this.#button(s.startAgain, this.#reset, true)}
        ${this.#progress.allDone ? nothing : this.#button(s.continueWorkout, this.#continue)}
      </div>
    </section>`;
  }

  #renderTimer(exercise: Exercise): unknown {
    return keyed(
      this.#progress.timerKey,
      html`<set-timer
        part="timer"
        data-focus="timer"
        exportparts=${TIMER_PARTS}
        .exercise=${exercise}
        theme=${this.appliedTheme}
        ?no-sound=${this.noSound}
        ?no-vibrate=${this.noVibrate}
        ?no-voice=${this.noVoice}
        .speech=${this.speech}
        ?no-persist=${this.noPersist}
        .completed=${this.#progress.unitsDone(exercise)}
        @routine-timer-phase=${this.#onTimerPhase}
        @routine-set-complete=${this.#onSetComplete}
        @routine-exercise-complete=${this.#onExerciseComplete}
      ></set-timer>`,
    );
  }

  #renderCurrent(exercise: Exercise): TemplateResult {
    const s = this.strings;
    const done = this.#progress.isDone(exercise);
    const { next } = this.#progress;
    const first = this.#progress.currentIndex === 0;
    return html`<div class="current">
      <exercise-card
        part="card"
        exportparts=${CARD_PARTS}
        .exercise=${exercise}
        theme=${this.appliedTheme}
        status=${done ? 'done' : 'current'}
        heading-level=${Math.min(this.#level + 1, 6)}
      ></exercise-card>
      ${done ? html`<p>${s.exerciseDone}</p>` : this.#renderTimer(exercise)}
      <div class="actions">
        <!-- Always there (aria-disabled on the first exercise), so focus never drops with it. -->
        <button
          part="button"
          class="button"
          type="button"
          aria-disabled=${first ? 'true' : 'false'}
          aria-describedby=${first ? 'previous-why' : nothing}
          @click=${() => this.#progress.goToPrevious()}
        >
          ${s.previous}
        </button>
        ${first ? html`<span id="previous-why" class="visually-hidden">${s.firstExercise}</span>` : nothing}
        ${
          next
            ? html`<button
                part="button"
                class="button ${done ? 'button--primary' : ''}"
                type="button"
                data-focus="next"
                @click=${() => this.#progress.goTo(next.id)}
              >
                ${s.upNext(next.name)}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderActions(): TemplateResult {
    const s = this.strings;
    const trouble = this.noPersist ? undefined : this.#progress.trouble;
    return html`<div class="actions">
      ${
        this.#progress.started
          ? html`${this.#button(s.finish, this.#finish)} ${this.#button(s.reset, this.#reset)}`
          : nothing
      }
      ${
        trouble
          ? html`<p part="status" class="note">
              ${trouble === 'corrupt' ? s.storageCorrupt : s.storageUnavailable}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** Beside the exercise (two columns) the list shows full rows; chips are for one column. */
  get #listLayout(): RoutineLayout {
    return this.#columns.twoColumns ? 'full' : this.layout;
  }

  #renderRoutine(routine: Routine): TemplateResult {
    const { finished, current } = this.#progress;
    const header = renderRoutineHeader(routine, {
      strings: this.strings,
      level: this.#level,
      noCredits: this.noCredits,
    });
    return html`${this.noHeader ? nothing : header}
      <div class="body">
        <routine-list
          part="list"
          exportparts=${LIST_PARTS}
          .routine=${routine}
          .progress=${this.#progress.progress}
          layout=${this.#listLayout}
          theme=${this.appliedTheme}
          @routine-select=${(event: Event & { detail: { exerciseId: string } }) =>
            this.#progress.goTo(event.detail.exerciseId)}
        ></routine-list>
        ${finished ? this.#renderSummary() : this.#renderCurrent(current)}
      </div>
      ${finished ? nothing : this.#renderActions()}`;
  }

  #renderState(): TemplateResult {
    const s = this.strings;
    const state = this.source.state;
    switch (state.kind) {
      case 'ready':
        return this.#renderRoutine(this.readyRoutine ?? state.routine);
      case 'loading':
        return html`<p part="status" class="status" role="status">${s.loading}</p>`;
      case 'empty':
        return html`<p part="status" class="status">${s.noRoutine}</p>`;
      case 'invalid':
        return renderProblems(s.invalidRoutine, state.problems);
      case 'failed':
        return html`<div part="error" class="error" role="alert">
          <p>${s.fetchFailed(state.detail)}</p>
          ${this.#button(s.retry, () => this.source.retry())}
        </div>`;
    }
  }

  protected override render(): TemplateResult {
    // The widget's own words are in the string table's language and direction, whatever
    // the page's; the routine's text carries its own (routine-header.ts).
    const { lang } = this.strings;
    return html`<div
      part="frame"
      class="frame frame--${this.layout}"
      lang=${lang}
      dir=${directionOf(lang)}
    >
      ${this.#renderState()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="width-probe"></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-routine': ExerciseRoutine;
  }
}
