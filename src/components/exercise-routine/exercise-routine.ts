import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Exercise, Routine } from '../../data/types.js';
import { ProgressController } from '../../progress/progress-controller.js';
import { SpeechCoach, browserSpeech, type SpeechEngine } from '../../timer/speech-coach.js';
import { directionOf } from '../../internal/lang.js';
import { parseHeadingLevel, warnUnlessOneOf } from '../../internal/attribute-check.js';
import { FocusKeeper } from '../../internal/focus-keeper.js';
import { containerHostStyles, elementStyles } from '../../styles/tokens.styles.js';
import { RoutineElement } from '../routine-element.js';
import type { RoutineLayout } from '../routine-list/routine-list.js';
import { isTimerEvent, type SetTimer } from '../set-timer/set-timer.js';
import { CARD_PARTS, LIST_PARTS, TIMER_PARTS } from './exported-parts.js';
import { RoutineSource } from './routine-source.js';
import { ColumnsController } from './columns-controller.js';
import { renderRoutineHeader, renderStart, type StartView } from './routine-header.js';
import { WorkoutController } from './workout-controller.js';
import {
  button,
  renderNote,
  renderSourceState,
  renderSummary,
  renderWorkoutHead,
} from './routine-views.js';
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
 * "Start workout" in the header opens the workout view: the current exercise and its timer
 * alone, filling the screen, with one primary button at the bottom. A rep set is one tap on
 * Done; rests run by themselves, and each exercise leads to the next on its own. Space or
 * Enter does what the primary button does, P pauses, Escape leaves. While it shows, the
 * element carries a `workout` attribute.
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
 * @csspart start - The header's Start workout (or Continue) button, also a `button`.
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
  readonly #workout = new WorkoutController(this);
  readonly #focusKeeper = new FocusKeeper(this);
  readonly #coach = new SpeechCoach(this, () => this.speech ?? browserSpeech());

  /** What the widget's own live region says: set when an exercise or the routine ends, or on reset. */
  @state() private announcement = '';
  /** A note over the current exercise: the one just done, a reset to undo, a welcome back. */
  @state() private note?: RoutineNote;

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

  /** Whether the workout view is showing (reflected as the `workout` attribute, for styling). */
  get workout(): boolean {
    return this.#workout.active;
  }

  /** Opens the workout view: fullscreen where allowed, else a layer over the page. */
  startWorkout(): void {
    if (this.source.state.kind !== 'ready') return;
    if (this.#progress.finished) this.#progress.unfinish();
    const { next } = this.#progress;
    if (this.#progress.isDone(this.#progress.current) && next) this.#progress.goTo(next.id);
    this.#workout.enter();
  }

  /** Closes the workout view, putting the page's scroll and focus back. */
  exitWorkout(): void {
    this.#workout.exit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routine') && this.routine !== undefined) this.source.useValue(this.routine);
    else if (changed.has('src') && this.src && this.routine === undefined)
      this.source.useUrl(this.src);
    if (changed.has('media')) this.source.useMedia(this.media);
    const routine = this.readyRoutine;
    if (routine) this.#useRoutine(routine);
    if (changed.has('layout')) warnUnlessOneOf(this.localName, 'layout', this.layout, LAYOUTS);
    // undefined: the first update, not a change.
    if (changed.has('noPersist') && changed.get('noPersist') !== undefined) {
      this.#progress.persistenceChanged();
    }
    this.toggleAttribute('workout', this.#workout.active);
  }

  #useRoutine(routine: Routine): void {
    const first = this.#progress.progress === undefined;
    this.#progress.use(routine);
    const timing = first ? this.#progress.progress?.timing : undefined;
    if (timing) this.note = { kind: 'welcome', exerciseId: timing.exerciseId };
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

  get #timer(): SetTimer | null {
    return this.renderRoot.querySelector('set-timer');
  }

  #onTimerPhase(event: TimerEvent): void {
    if (!fromOwnTimer(event)) return;
    if (this.note?.kind !== 'undo') this.note = undefined;
    this.#progress.start(event.detail.exerciseId);
  }

  #onSetComplete(event: TimerEvent): void {
    if (!fromOwnTimer(event)) return;
    const { exerciseId, set, side } = event.detail;
    this.note = undefined;
    this.#progress.recordSet(exerciseId, set as number, side as 'left' | 'right' | undefined);
  }

  /** An exercise is done: after a "done" note, the next one loads by itself. */
  #onExerciseComplete(event: TimerEvent): void {
    if (!fromOwnTimer(event)) return;
    const speaking = (event.currentTarget as SetTimer).speaking;
    const done = this.#progress.current;
    this.#progress.recordExercise(event.detail.exerciseId);
    const s = this.strings;
    if (this.#progress.finished) this.#announceFinish();
    else {
      const { next } = this.#progress;
      if (next) this.#progress.goTo(next.id);
      const then = next ? ` ${s.upNext(next.name)}` : '';
      this.note = { kind: 'done', text: `${s.exerciseDoneNamed(done.name)}${then}` };
      this.announcement = this.note.text;
      this.#focusKeeper.moveTo('exercise', { scroll: !this.#workout.active });
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

  #goTo(exerciseId: string): void {
    this.note = undefined;
    this.#focusKeeper.moveTo('exercise', { scroll: true });
    this.#progress.goTo(exerciseId);
  }

  #finish(): void {
    this.#progress.finish();
    this.#announceFinish();
  }

  #announceFinish(): void {
    this.#focusKeeper.moveTo('summary');
    this.announcement = this.strings.routineDone;
    this.note = undefined;
  }

  #continue(): void {
    this.#focusKeeper.moveTo('timer');
    this.#progress.unfinish();
  }

  /** Clears progress, offering Undo until the next set. */
  #reset(): void {
    this.#focusKeeper.moveTo('undo');
    const before = this.#progress.progress;
    this.#progress.reset();
    this.note = before && { kind: 'undo', before };
    this.announcement = this.strings.progressCleared;
  }

  #undo(): void {
    if (this.note?.kind !== 'undo') return;
    this.#focusKeeper.moveTo('timer');
    this.#progress.restore(this.note.before);
    this.note = undefined;
    this.announcement = this.strings.progressRestored;
  }

  /** In the workout view: Space or Enter is the primary button, P pauses, Escape leaves. */
  #onWorkoutKey(event: KeyboardEvent): void {
    if (!this.#workout.active || event.defaultPrevented || event.repeat) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const onControl = event.composedPath()[0] instanceof HTMLButtonElement;
    if (key === 'escape') this.#workout.exit();
    else if ((key === ' ' || key === 'enter') && !onControl) this.#timer?.primaryAction();
    else if (key === 'p') this.#timer?.togglePause();
    else return;
    event.preventDefault();
  }

  #showHowTo(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.sheet')?.showModal();
  }

  /**
   * The note, where the reader will see it: in the workout view over the exercise; on the
   * page, Undo beside the Reset it undoes, a welcome back under Continue in the header.
   */
  #renderNote(where: 'current' | 'actions' | 'header'): TemplateResult | typeof nothing {
    const note = this.note;
    const s = this.strings;
    const placed = { done: 'current', undo: 'actions', welcome: 'header' } as const;
    if (!note || (this.#workout.active ? 'current' : placed[note.kind]) !== where) return nothing;
    if (note.kind === 'done') return renderNote(note.text);
    if (note.kind === 'undo') {
      return renderNote(
        s.progressCleared,
        button(s.undo, () => this.#undo(), 'secondary', 'undo'),
      );
    }
    const exercise = this.readyRoutine?.exercises.find(({ id }) => id === note.exerciseId);
    if (!exercise) return nothing;
    // The timer's primary button (Start hold, Done) restarts the set: one tap, no second one.
    const set = this.#progress.nextSet(exercise);
    return renderNote(s.welcomeBack(exercise.name, set, exercise.prescription.sets));
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
        ?large=${this.#workout.active}
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

  #renderCard(exercise: Exercise, status: 'current' | 'done'): TemplateResult {
    return html`<exercise-card
      part="card"
      exportparts=${CARD_PARTS}
      .exercise=${exercise}
      theme=${this.appliedTheme}
      status=${status}
      heading-level=${Math.min(this.#level + 1, 6)}
      tabindex="-1"
      data-focus="exercise"
    ></exercise-card>`;
  }

  /** The how-to of the workout view: the full card in a sheet over the timer. */
  #renderSheet(exercise: Exercise): TemplateResult {
    const close = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
    return html`<dialog class="sheet" aria-label=${exercise.name}>
      ${this.#renderCard(exercise, 'current')} ${button(this.strings.close, close as () => void)}
    </dialog>`;
  }

  #renderNav(exercise: Exercise, done: boolean): TemplateResult {
    const s = this.strings;
    const { next } = this.#progress;
    const first = this.#progress.currentIndex === 0;
    return html`<div class="actions">
      <!-- Always there (aria-disabled on the first exercise), so focus never drops with it. -->
      <button
        part="button"
        class="button"
        type="button"
        aria-disabled=${first ? 'true' : 'false'}
        aria-describedby=${first ? 'previous-why' : nothing}
        @click=${() => !first && this.#goTo(this.#progress.previousId ?? exercise.id)}
      >
        ${s.previous}
      </button>
      ${first ? html`<span id="previous-why" class="visually-hidden">${s.firstExercise}</span>` : nothing}
      ${next ? button(s.upNext(next.name), () => this.#goTo(next.id), done ? 'primary' : 'secondary') : nothing}
    </div>`;
  }

  #renderCurrent(exercise: Exercise): TemplateResult {
    const done = this.#progress.isDone(exercise);
    const workout = this.#workout.active;
    const head = workout
      ? renderWorkoutHead({
          strings: this.strings,
          level: this.#level,
          exercise,
          index: this.#progress.currentIndex,
          count: this.readyRoutine?.exercises.length ?? 0,
          next: this.note?.kind === 'done' ? undefined : this.#progress.next,
          exit: () => this.#workout.exit(),
          showHowTo: () => this.#showHowTo(),
        })
      : this.#renderCard(exercise, done ? 'done' : 'current');
    return html`<div class="current">
      ${this.#renderNote('current')} ${head}
      ${done ? html`<p>${this.strings.exerciseDone}</p>` : this.#renderTimer(exercise)}
      ${workout ? this.#renderSheet(exercise) : this.#renderNav(exercise, done)}
    </div>`;
  }

  #renderActions(): TemplateResult {
    const s = this.strings;
    const trouble = this.noPersist ? undefined : this.#progress.trouble;
    return html`${this.#renderNote('actions')}
      <div class="actions actions--routine">
        ${
          this.#progress.started
            ? html`${button(s.finish, () => this.#finish())}
                <span class="actions__gap"></span> ${button(s.reset, () => this.#reset(), 'quiet')}`
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

  /** The header's way in: Start workout, or Continue with the sets done so far. */
  #renderStart(): StartView | undefined {
    if (this.#progress.finished) return undefined;
    const started = this.#progress.started;
    return { started, ...this.#progress.totals, onClick: () => this.startWorkout() };
  }

  /** Beside the exercise (two columns) the list shows full rows; chips are for one column. */
  get #listLayout(): RoutineLayout {
    return this.#columns.twoColumns ? 'full' : this.layout;
  }

  #renderRoutine(routine: Routine): TemplateResult {
    const { finished, current } = this.#progress;
    const workout = this.#workout.active;
    const header = renderRoutineHeader(routine, {
      strings: this.strings,
      level: this.#level,
      noCredits: this.noCredits,
      start: this.#renderStart(),
      note: this.#renderNote('header'),
    });
    const summary = () =>
      renderSummary({
        strings: this.strings,
        level: this.#level,
        summary: this.#progress.summary,
        allDone: this.#progress.allDone,
        startAgain: () => this.#reset(),
        continueWorkout: () => this.#continue(),
        exit: workout ? () => this.#workout.exit() : undefined,
      });
    // Without the header, its Start workout button (and a welcome back) lead the widget.
    const top = this.noHeader
      ? html`${renderStart(routine, this.strings, this.#renderStart())}${this.#renderNote('header')}`
      : header;
    return html`${workout ? nothing : top}
      <div class="body">
        ${
          workout
            ? nothing
            : html`<routine-list
                part="list"
                exportparts=${LIST_PARTS}
                .routine=${routine}
                .progress=${this.#progress.progress}
                layout=${this.#listLayout}
                theme=${this.appliedTheme}
                @routine-select=${(event: Event & { detail: { exerciseId: string } }) =>
                  this.#goTo(event.detail.exerciseId)}
              ></routine-list>`
        }
        ${finished ? summary() : this.#renderCurrent(current)}
      </div>
      ${finished || workout ? nothing : this.#renderActions()}`;
  }

  protected override render(): TemplateResult {
    // The widget's own words are in the string table's language and direction, whatever
    // the page's; the routine's text carries its own (routine-header.ts).
    const { lang } = this.strings;
    const workout = this.#workout.active;
    const routine = this.readyRoutine;
    const retry = () => this.source.retry();
    return html`<div
      part="frame"
      class="frame frame--${this.layout} ${workout ? 'frame--workout' : ''}"
      lang=${lang}
      dir=${directionOf(lang)}
      role=${ifDefined(workout ? 'dialog' : undefined)}
      aria-modal=${ifDefined(workout ? 'true' : undefined)}
      aria-label=${workout && routine ? this.strings.workoutOf(routine.title) : nothing}
      @keydown=${this.#onWorkoutKey}
    >
      ${routine ? this.#renderRoutine(routine) : renderSourceState(this.source.state, this.strings, retry)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="width-probe"></div>
    </div>`;
  }
}

/** What the reader is told above the current exercise. */
type RoutineNote =
  | { kind: 'done'; text: string }
  | { kind: 'undo'; before: NonNullable<ProgressController['progress']> }
  | { kind: 'welcome'; exerciseId: string };

/**
 * Progress comes only from the timer the routine rendered: an event dispatched by page
 * script (on slotted content, say) never reaches these listeners on the timer itself, and
 * one dispatched from elsewhere inside the timer is not its own.
 */
function fromOwnTimer(event: TimerEvent): event is TimerEvent & { detail: { exerciseId: string } } {
  const timer = event.currentTarget as { exercise?: Exercise } | null;
  const id = timer?.exercise?.id;
  const fromTimer = event.composedPath()[0] === timer && isTimerEvent(event);
  return fromTimer && id !== undefined && event.detail.exerciseId === id;
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-routine': ExerciseRoutine;
  }
}
