import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Routine } from '../../data/types.js';
import type { SpeechEngine } from '../../timer/speech-coach.js';
import { parseHeadingLevel, warnUnlessOneOf } from '../../internal/attribute-check.js';
import {
  everyChunk,
  kneeCheckChunk,
  loadEveryChunk,
  phoneChunk,
  takeAlongChunk,
  workoutViewChunk,
} from '../chunks.js';
import { prefetchWhenIdle, type LazyChunk } from '../../internal/lazy-chunk.js';
import { renderLoadFailed } from '../../internal/load-failed.js';
import { RoutineElement } from '../routine-element.js';
import { LAYOUTS, type RoutineLayout } from '../../data/display-options.js';
import { ColumnsController } from './columns-controller.js';
import { inlineMedia } from './inline-media.js';
import type { RoutineFlow } from './routine-flow.js';
import { routineFlowChunk } from './routine-flow-chunk.js';
import { validatorChunk } from '../validator-chunk.js';
import { RoutineSource } from './routine-source.js';
import type { WorkoutController, WorkoutTimer } from './workout-controller.js';
import type { KneeActivity, KneeCheck } from '../knee-check/knee-check.js';
import {
  renderFrame,
  renderRoutine,
  renderSourceState,
  type RoutineView,
} from './routine-template.js';
import { exerciseRoutineStyles } from './exercise-routine.styles.js';
import type { TakeAlongCode, TakeAlongContext, TakeAlongKind } from './take-along.js';

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
 * The knee check asks, when the reader starts, how the knee feels (and, after an earlier
 * session, whether it is worse this morning), and after each exercise how much it hurt; by
 * the ratings it carries on, switches the remaining exercises to their easier versions, or
 * advises stopping. Each session is kept on the device (last 50), shown in the summary as a
 * chart of the last 8 weeks, with download and delete. Ratings never leave the page.
 * `no-pain-check` (or the routine's `painCheck: false`) turns it off.
 *
 * The code of progress and the routine flow loads with the first update, which waits for it
 * (with the validator, for data not known valid). The workout view's code, the knee check's and
 * the timer's sound cues load on demand: when the browser is idle after the first render, or at
 * the latest on the tap that needs them. `preload()` loads all of it at once. A part that cannot
 * load shows a message with Retry.
 *
 * The parts of the nested card, list and timer are re-exported as `card__<part>`,
 * `list__<part>` and `timer__<part>` (e.g. `card__name`, `timer__display`).
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
 * @csspart how-to - Every exercise's how-to, each in a `<details>`: a server-rendered routine's closing section, and the printed handout (on screen only when server-rendered).
 * @csspart take-along - The take-along controls, under Start workout: Print, Continue on your phone, Add reminders to my calendar, Share, and their confirmations.
 * @csspart print - The Print control, also a `button`.
 * @csspart phone - The Continue on your phone control (shown only where the primary pointer is fine), also a `button`.
 * @csspart reminders - The Add reminders to my calendar control, also a `button`.
 * @csspart share - The Share control, also a `button`.
 * @csspart knee-check - The knee check under the current exercise: the check-in, a pain rating, what it means, the easier version given.
 * @csspart history - The knee history in the summary: chart, download and delete.
 * @csspart history-chart - The chart of the last 8 weeks (inline SVG, with a table for screen readers).
 * @csspart status - Loading and saved-progress notes.
 * @csspart error - The error state for invalid data, a failed fetch, or code that could not load.
 */
export class ExerciseRoutine extends RoutineElement {
  static override styles = exerciseRoutineStyles;

  protected readonly source = new RoutineSource(this, () => this.hasOwnSource);
  /** Progress and the flow through the routine, made once their code is in (before the first render). */
  #flow: RoutineFlow | undefined;
  readonly #columns = new ColumnsController(this);
  /** The id of the routine the workout view was opened on. */
  #workoutOf: string | undefined;
  /** The workout view's controller, made when the view first opens (its code loads on demand). */
  #workout: WorkoutController | undefined;
  /** The knee check, made when the reader first starts (its code loads on demand). */
  #knee: KneeCheck | undefined;
  /**
   * Each chunk whose code could not load, with what runs it again: a message and Retry of its
   * own, so one chunk's failure or Retry never stands in for another's.
   */
  @state() private failedLoads: ReadonlyMap<LazyChunk<unknown>, () => void> = new Map();
  /** The last take-along confirmation, shown and announced under the controls. */
  @state() private takeAlongNote = '';

  /** The routine to show, set from code. Checked when set; wins over `src` and inline JSON. */
  @property({ attribute: false }) routine?: unknown;

  /** URL of the routine as JSON, fetched once (a failed or stalled fetch offers a retry). */
  @property() src?: string;

  /**
   * Media to attach to exercises by id, e.g. `{ "spanish-squat": { kind: "video", url, alt } }`.
   * Unset, it is read from an inline `<script type="application/json" data-media>` child.
   */
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

  /**
   * Turn off the knee check: no pain check-in or ratings, and no history of them (as the
   * routine's `painCheck: false` does).
   */
  @property({ type: Boolean, attribute: 'no-pain-check' }) noPainCheck = false;

  /** Hide the header (title, introduction, equipment, safety, credits) when the article has it. */
  @property({ type: Boolean, attribute: 'no-header' }) noHeader = false;

  /** Hide just the credits line. */
  @property({ type: Boolean, attribute: 'no-credits' }) noCredits = false;

  /**
   * Hide the four take-along controls: Print, Continue on your phone, Add reminders to my
   * calendar, and Share. Printing the page still gives the handout.
   */
  @property({ type: Boolean, attribute: 'no-take-along' }) noTakeAlong = false;

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
    return this.#workout?.active ?? false;
  }

  /**
   * Loads now the code the elements otherwise load on demand (progress, the workout view, the
   * timer's sound cues, the knee check, the take-along dialogs): it resolves once all of it is
   * loaded and rejects when a part fails. Never
   * needed: each element loads it when the browser is idle after its first render, and at the
   * latest when the reader first needs it. For tests and pages that drive the widget from code
   * and want no wait at all.
   */
  static preload(): Promise<void> {
    return Promise.all([loadEveryChunk(), routineFlowChunk.load()]).then(() => undefined);
  }

  /**
   * Opens the workout view: fullscreen where allowed, else a layer over the page. Resolves once
   * it shows (at once when its code is loaded), or once a message says its code could not load.
   */
  startWorkout(): Promise<void> {
    if (this.source.state.kind !== 'ready') return Promise.resolve();
    return this.#onDemand(workoutViewChunk, (view) => {
      // The routine may have changed while the code loaded.
      const flow = this.#flow;
      if (this.source.state.kind !== 'ready' || !flow) return;
      // Leaving the view stops what is being said; the timer and Voice carry on.
      this.#workout ??= new view.WorkoutController(this, flow.focus, () => flow.hush());
      view.adoptWorkoutStyles(this);
      this.#enterWorkout(this.#workout);
      // After entering: the check-in before the first set takes the timer's place, focused.
      this.#checkKnee('enter');
    });
  }

  #enterWorkout(workout: WorkoutController): void {
    if (!this.#flow) return;
    const progress = this.#flow.progress;
    if (progress.finished) progress.unfinish();
    const { next } = progress;
    if (progress.isDone(progress.current) && next) progress.goTo(next.id);
    this.#workoutOf = this.readyRoutine?.id;
    workout.enter();
  }

  /** Whether the knee check is offered here. */
  get #painCheck(): boolean {
    return !this.noPainCheck && this.readyRoutine?.painCheck !== false;
  }

  /** Tells the knee check what the reader did, loading its code the first time. */
  #checkKnee(activity?: KneeActivity, exerciseId?: string): void {
    const flow = this.#flow;
    if (!this.#painCheck || !flow) return;
    void this.#onDemand(kneeCheckChunk, (chunk) => {
      this.#knee ??= new chunk.KneeCheck(this, {
        flow,
        routine: () => this.readyRoutine,
        persist: () => !this.noPersist,
        lang: () => this.strings.lang,
      });
      if (activity) this.#knee.heard(activity, exerciseId);
      this.requestUpdate();
    });
  }

  /** Closes the workout view, putting the page's scroll and focus back. */
  exitWorkout(): void {
    this.#workout?.exit();
  }

  /**
   * Runs `use` with `chunk`'s code: at once when loaded, so a tap keeps its user activation
   * (fullscreen needs it). When it cannot load, a message says so, with Retry.
   */
  #onDemand<T>(chunk: LazyChunk<T>, use: (module: T) => void): Promise<void> {
    this.loadFailed(chunk, undefined);
    return chunk.use(use, () => this.loadFailed(chunk, () => void this.#onDemand(chunk, use)));
  }

  /** Records `chunk`'s failure with its Retry, or (`undefined`) that it no longer fails. */
  protected loadFailed(chunk: LazyChunk<unknown>, retry: (() => void) | undefined): void {
    if (!retry && !this.failedLoads.has(chunk)) return;
    const failed = new Map(this.failedLoads);
    if (retry) failed.set(chunk, retry);
    else failed.delete(chunk);
    this.failedLoads = failed;
  }

  /** What a take-along control does: Print at once, the others with their code loaded. */
  #takeAlong(kind: TakeAlongKind, opener: HTMLElement): void {
    // Printed, the widget is a handout of the whole routine (its print stylesheet).
    if (kind === 'print') return print();
    const context: TakeAlongContext = {
      host: this,
      // The controls show only with a routine.
      routine: this.readyRoutine as Routine,
      strings: this.strings,
      opener,
      confirm: (note) => (this.takeAlongNote = note),
    };
    this.takeAlongNote = '';
    const chunk: LazyChunk<TakeAlongCode> = kind === 'phone' ? phoneChunk : takeAlongChunk;
    void this.#onDemand(chunk, (code) => void code[kind]?.(context));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A finished routine's summary shows the knee history. After this update, not inside it;
    // once only: a failed load waits for its Retry rather than being asked again every update.
    const finished = this.#flow?.progress.progress?.finishedAt !== undefined;
    if (finished && !this.#knee && this.#painCheck && !this.failedLoads.has(kneeCheckChunk)) {
      void this.updateComplete.then(() => this.#checkKnee());
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    prefetchWhenIdle(everyChunk);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.media === undefined) this.media = inlineMedia(this);
    // The routine's own fetch starts now, at once with the code the first render waits for.
    if (this.routine === undefined && this.src) this.source.useUrl(this.src);
  }

  protected override dataToCheck(): readonly unknown[] {
    return [this.routine, this.media, this.source.pending];
  }

  protected override chunksToRender(): readonly LazyChunk<unknown>[] {
    return [...super.chunksToRender(), routineFlowChunk];
  }

  protected override chunkFailed(chunk: LazyChunk<unknown>): void {
    // The validator's failure is the routine's state, shown with the others.
    if (chunk === validatorChunk) return this.source.validatorFailed();
    this.loadFailed(chunk, () => {
      this.loadFailed(chunk, undefined);
      this.retryFailedChunks();
    });
  }

  /** The flow, made the first time its code is found in. */
  #makeFlow(): RoutineFlow | undefined {
    const code = routineFlowChunk.module;
    // Server rendering shows a fresh routine: there is no reader's storage to read. Taking
    // that HTML over, the first render shows the same; saved progress comes in after it.
    this.#flow ??=
      code &&
      new code.RoutineFlow(this, {
        persist: () => !this.noPersist && !this.rendersAsServer,
        speech: () => this.speech,
        strings: () => this.strings,
        language: () => this.language,
        inWorkout: () => this.workout,
        heard: (activity, id) => this.#checkKnee(activity, id),
      });
    return this.#flow;
  }

  protected override hydrated(): void {
    // Saved progress comes in on the exercise shown, with no welcome back: a note appearing
    // at the top would move the page.
    this.#flow?.progress.adoptSaved();
    super.hydrated();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routine') && this.routine !== undefined) this.source.useValue(this.routine);
    else if (changed.has('src') && this.src && this.routine === undefined)
      this.source.useUrl(this.src);
    if (changed.has('media')) this.source.useMedia(this.media);
    this.source.checkPending();
    // Another routine, or none that can be shown: the reader's workout is not this one.
    if (this.workout && this.readyRoutine?.id !== this.#workoutOf) this.exitWorkout();
    const routine = this.readyRoutine;
    const flow = this.#makeFlow();
    if (routine && flow) flow.use(routine);
    if (changed.has('layout')) warnUnlessOneOf(this.localName, 'layout', this.layout, LAYOUTS);
    // undefined: the first update, not a change.
    if (changed.has('noPersist') && changed.get('noPersist') !== undefined) {
      this.#flow?.progress.persistenceChanged();
    }
    this.toggleAttribute('workout', this.workout);
  }

  /** Whether the routine comes from the `routine` property or `src`, not inline JSON. */
  protected get hasOwnSource(): boolean {
    return this.routine !== undefined || !!this.src;
  }

  /** The routine once loaded and valid, with the host's media attached. */
  protected get readyRoutine(): Routine | undefined {
    return this.source.routine;
  }

  /** The routine's own language wins over the page's. */
  protected override get language(): string | undefined {
    return this.readyRoutine?.language ?? super.language;
  }

  #view(routine: Routine, flow: RoutineFlow): RoutineView {
    return {
      routine,
      flow,
      strings: this.strings,
      level: parseHeadingLevel(this.headingLevel, 2, this.localName),
      theme: this.appliedTheme,
      workout: this.workout,
      timer: this,
      exitWorkout: () => this.exitWorkout(),
      knee: this.#painCheck ? this.#knee : undefined,
      startWorkout: () => this.startWorkout(),
      noHeader: this.noHeader,
      noCredits: this.noCredits,
      // Beside the exercise (two columns) the list shows full rows; chips are for one column.
      listLayout: this.#columns.twoColumns ? 'full' : this.layout,
      waiting: this.rendersAsServer,
      prerendered: this.prerendered,
      takeAlong: this.noTakeAlong
        ? undefined
        : {
            strings: this.strings,
            waiting: this.rendersAsServer,
            note: this.takeAlongNote,
            run: (kind, opener) => this.#takeAlong(kind, opener),
          },
      pageUrl: this.rendersAsServer ? undefined : this.ownerDocument.URL,
    };
  }

  /**
   * One message per kind of failed load, whose Retry runs every retry of its kind. The knee
   * check's says which part it is (the workout and timer go on without it); the others, the
   * validator's included, share one.
   */
  #renderFailures(): TemplateResult[] {
    const s = this.strings;
    const retries = new Map<string, (() => void)[]>();
    const add = (message: string, retry: () => void) =>
      retries.set(message, [...(retries.get(message) ?? []), retry]);
    for (const [chunk, retry] of this.failedLoads) {
      add(chunk === kneeCheckChunk ? s.kneeCheckFailed : s.codeFailed, retry);
    }
    if (this.source.state.kind === 'validator-failed') {
      add(s.codeFailed, () => {
        this.retryFailedChunks();
        this.source.retry();
      });
    }
    return [...retries].map(([message, runs]) =>
      renderLoadFailed(message, s.retry, () => runs.forEach((run) => run())),
    );
  }

  protected override render(): TemplateResult {
    const routine = this.readyRoutine;
    const s = this.strings;
    const failures = this.#renderFailures();
    const { state } = this.source;
    // No source yet because the built-in routine's code failed to load: the failure says it all.
    const onlyFailures = failures.length > 0 && state.kind === 'empty';
    const flow = this.#flow;
    const content =
      routine && flow
        ? renderRoutine(this.#view(routine, flow))
        : onlyFailures
          ? nothing
          : renderSourceState(state, s, () => this.source.retry());
    return renderFrame({
      strings: s,
      layout: this.layout,
      workout: this.workout,
      announcement: this.#flow?.announcement ?? '',
      content: html`${failures}${content}`,
      onKeyDown: (event) =>
        // A hidden timer (the knee check asks in its place) takes no keys.
        this.#workout?.onKeyDown(
          event,
          this.renderRoot.querySelector<HTMLElement & WorkoutTimer>('set-timer:not([hidden])'),
        ),
      title: routine?.title,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-routine': ExerciseRoutine;
  }
}
