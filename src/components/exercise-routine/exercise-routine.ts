import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise, MediaByExercise, Routine } from '../../data/types.js';
import { validateMediaByExercise } from '../../data/validate.js';
import { formatProblem } from '../../data/checker.js';
import { estimateRoutineMinutes } from '../../data/estimate-duration.js';
import {
  emptyProgress,
  isRoutineDone,
  isExerciseDone,
  nextUnfinished,
  routineTotals,
  unitsDone,
  type RoutineProgress,
} from '../../progress/routine-progress.js';
import type { RoutineSelectEvent } from '../../events/routine-events.js';
import type {
  ExerciseCompleteEvent,
  SetCompleteEvent,
  TimerPhaseEvent,
} from '../../events/timer-events.js';
import { ProgressTracker } from '../../progress/progress-tracker.js';
// The elements it composes (their classes; src/exercise-routine.ts registers them).
import '../exercise-card/exercise-card.js';
import '../set-timer/set-timer.js';
import '../routine-list/routine-list.js';
import type { RoutineLayout } from '../routine-list/routine-list.js';
import { stringsFor, type Strings } from '../../i18n/strings.js';
import { closestLang, directionOf } from '../../internal/lang.js';
import { parseHeadingLevel } from '../../internal/heading-level.js';
import { warnUnlessOneOf } from '../../internal/attribute-check.js';
import { VERSION } from '../../internal/version.js';
import {
  buttonStyles,
  containerHostStyles,
  hostStyles,
  themeStyles,
  tokenStyles,
} from '../../styles/tokens.styles.js';
import { RoutineSource } from './routine-source.js';
import { exerciseRoutineStyles } from './exercise-routine.styles.js';

const THEMES = ['auto', 'light', 'dark'];
const LAYOUTS = ['auto', 'compact', 'full'];

/** The inner parts re-exported for ::part(), as `inner: element__inner`. */
function exportParts(prefix: string, parts: readonly string[]): string {
  return parts.map((part) => `${part}: ${prefix}__${part}`).join(', ');
}
const CARD_PARTS = exportParts('card', [
  'name',
  'prescription',
  'button',
  'status',
  'purpose',
  'caution',
  'toggle',
  'details',
  'media',
  'steps',
  'cues',
]);
const LIST_PARTS = exportParts('list', ['item', 'item-current', 'item-done', 'overall']);
const TIMER_PARTS = exportParts('timer', [
  'display',
  'phase',
  'ring',
  'button',
  'status',
  'controls',
]);

/** Each exercise that has media, with the media attached. */
function attachMedia(routine: Routine, media: MediaByExercise): Map<string, Exercise> {
  const attached = new Map<string, Exercise>();
  for (const exercise of routine.exercises) {
    // Own properties only: an exercise id such as `constructor` must not find Object's.
    const found = Object.hasOwn(media, exercise.id) ? media[exercise.id] : undefined;
    if (found) attached.set(exercise.id, { ...exercise, media: found });
  }
  return attached;
}

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
 * @csspart card__name - The current exercise's name (the card's `name` part).
 * @csspart card__prescription - The current exercise's dose (the card's `prescription` part).
 * @csspart card__button - The card's buttons.
 * @csspart card__status - The card's "Now" or "Done" badge.
 * @csspart card__purpose - The card's one-line purpose.
 * @csspart card__caution - The card's safety caution.
 * @csspart card__toggle - The card's show/hide details button.
 * @csspart card__details - The card's how-to details.
 * @csspart card__media - The card's media figure.
 * @csspart card__steps - The card's numbered steps.
 * @csspart card__cues - The card's coaching cues.
 * @csspart list__item - Each exercise in the list (the list's `item` part).
 * @csspart list__item-current - The current exercise in the list.
 * @csspart list__item-done - A finished exercise in the list.
 * @csspart list__overall - The list's overall progress.
 * @csspart timer__display - The timer's big time or rep count.
 * @csspart timer__phase - The timer's phase label.
 * @csspart timer__ring - The timer's progress ring.
 * @csspart timer__button - The timer's buttons.
 * @csspart timer__status - The timer's set and side line.
 * @csspart timer__controls - The timer's row of buttons.
 *
 * @cssprop --routine-accent - Accent colour for buttons and the current exercise. Default `#0a5cad`.
 * @cssprop --routine-accent-contrast - Text colour on the accent. Default `#ffffff`.
 * @cssprop --routine-surface - Background. Default `#ffffff`.
 * @cssprop --routine-text - Main text colour. Default `#1c2126`.
 * @cssprop --routine-muted - Secondary text colour. Default `#55606b`.
 * @cssprop --routine-border - Border colour. Default `#c9d1d9`.
 * @cssprop --routine-tint - Background of notes and badges. Default `#eef4fb`.
 * @cssprop --routine-success - Colour of "done" marks. Default `#1a7f37`.
 * @cssprop --routine-danger - Colour of the safety notice and errors. Default `#b42318`.
 * @cssprop --routine-radius - Corner radius. Default `12px`.
 * @cssprop --routine-spacing - Base spacing. Default `16px`.
 * @cssprop --routine-font-family - Font. Default: inherited from the page.
 * @cssprop --routine-font-size - Base text size. Default `max(1rem, 16px)`.
 */
export class ExerciseRoutine extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    tokenStyles,
    themeStyles,
    hostStyles,
    containerHostStyles,
    buttonStyles,
    exerciseRoutineStyles,
  ];

  protected readonly source = new RoutineSource(this, this.localName);
  private readonly tracker = new ProgressTracker(this, () => !this.noPersist);

  /** What the widget's own live region says: set when an exercise or the routine ends, or on reset. */
  @state() private announcement = '';
  /** Exercises with the host's media attached, built once per routine and media value. */
  @state() private withMedia: ReadonlyMap<string, Exercise> = new Map();

  /** The routine to show, set from code. Checked when set; wins over `src` and inline JSON. */
  @property({ attribute: false }) routine?: unknown;

  /** URL of the routine as JSON, fetched once (a failed fetch offers a retry). */
  @property() src?: string;

  /** Media to attach to exercises by id, e.g. `{ "spanish-squat": { kind: "video", url, alt } }`. */
  @property({ attribute: false }) media?: unknown;

  /** Don't save anything in `localStorage` (nor read it): neither progress nor the Mute choice. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  /** Start the timer muted (the reader can unmute; their choice is remembered). */
  @property({ type: Boolean, attribute: 'no-sound' }) noSound = false;

  /** Don't vibrate at the timer's phase changes. */
  @property({ type: Boolean, attribute: 'no-vibrate' }) noVibrate = false;

  /** Hide the header (title, introduction, equipment, safety, credits) when the article has it. */
  @property({ type: Boolean, attribute: 'no-header' }) noHeader = false;

  /** Hide just the credits line. */
  @property({ type: Boolean, attribute: 'no-credits' }) noCredits = false;

  /** Level of the routine's title as a heading (2 to 6); the widget's other headings follow it. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** `light`, `dark`, or `auto` to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `compact` (single column, exercise strip), `full` (list beside the exercise when wide), or `auto`. */
  @property({ reflect: true }) layout: RoutineLayout = 'auto';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.routine !== undefined || this.src) return;
    // While the page is still parsing, an inline JSON child may not exist yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.readInlineScript, { once: true });
    } else {
      this.readInlineScript();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('routine') && this.routine !== undefined) this.source.useValue(this.routine);
    else if (changed.has('src') && this.src && this.routine === undefined)
      this.source.useUrl(this.src);
    const routine = this.readyRoutine;
    if (routine) this.tracker.use(routine);
    if (changed.has('theme')) warnUnlessOneOf(this.localName, 'theme', this.theme, THEMES);
    if (changed.has('layout')) warnUnlessOneOf(this.localName, 'layout', this.layout, LAYOUTS);
    // undefined: the first update, not a change.
    if (changed.has('noPersist') && changed.get('noPersist') !== undefined) {
      this.tracker.persistenceChanged();
    }
    if (changed.has('media') || routine !== this.mediaRoutine) this.checkMedia(routine);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.readInlineScript);
  }

  /** Reads inline JSON once: a reconnected element (moved in the page) keeps what it has. */
  private readonly readInlineScript = (): void => {
    const fresh = this.source.state.kind === 'empty';
    if (fresh && this.routine === undefined && !this.src) this.source.useInlineScript();
  };

  private mediaRoutine?: Routine;

  /** The routine once loaded and valid. */
  protected get readyRoutine(): Routine | undefined {
    return this.source.state.kind === 'ready' ? this.source.state.routine : undefined;
  }

  private get strings(): Strings {
    return stringsFor(this.readyRoutine?.language ?? closestLang(this));
  }

  private get level(): number {
    return parseHeadingLevel(this.headingLevel, 2, this.localName);
  }

  private checkMedia(routine: Routine | undefined): void {
    this.mediaRoutine = routine;
    this.withMedia = new Map();
    if (!routine || this.media === undefined) return;
    const result = validateMediaByExercise(this.media, routine);
    if (result.ok) this.withMedia = attachMedia(routine, result.value);
    else
      console.error(
        `<${this.localName}>: invalid media:\n${result.problems.map(formatProblem).join('\n')}`,
      );
  }

  /**
   * Where focus goes after the next render. Set when an action removes the control that had
   * focus (the timer after its last set, Reset, Finish), so keyboard and screen-reader users
   * are not dropped at the top of the page; the page's own focus is never taken.
   */
  private focusTarget?: 'next' | 'summary' | 'timer';

  private keepFocus(target: 'next' | 'summary' | 'timer'): void {
    if (this.matches(':focus-within')) this.focusTarget = target;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    const element =
      target && this.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`);
    if (!element) return;
    // A freshly created element (the timer after a reset) has no focusable content until it renders.
    const rendered = (element as Partial<ReactiveElement>).updateComplete ?? Promise.resolve();
    void rendered.then(() => element.focus());
  }

  /**
   * Progress comes only from the timer this element rendered: an event dispatched by page
   * script (on slotted content, say) never reaches these listeners on the timer itself, and
   * one dispatched from elsewhere inside the timer is not its own.
   */
  private fromOwnTimer(event: Event, exerciseId: unknown): boolean {
    const timer = event.currentTarget as Element | null;
    const exercise = (timer as { exercise?: Exercise } | null)?.exercise;
    return event.composedPath()[0] === timer && exercise?.id === exerciseId;
  }

  private onTimerPhase(event: TimerPhaseEvent): void {
    if (this.fromOwnTimer(event, event.detail.exerciseId)) this.tracker.start();
  }

  private onSetComplete(event: SetCompleteEvent): void {
    const { exerciseId, set, side } = event.detail;
    if (this.fromOwnTimer(event, exerciseId)) this.tracker.recordSet(exerciseId, set, side);
  }

  private onExerciseComplete(event: ExerciseCompleteEvent): void {
    const { detail } = event;
    if (!this.fromOwnTimer(event, detail.exerciseId)) return;
    this.keepFocus('next');
    this.tracker.recordExercise(detail.exerciseId);
    if (this.tracker.progress?.finishedAt !== undefined) return this.announceFinish();
    const routine = this.readyRoutine;
    const next = routine && this.tracker.progress && nextUnfinished(this.tracker.progress, routine);
    const s = this.strings;
    this.announcement = next ? `${s.exerciseDone} ${s.upNext(next.name)}` : s.exerciseDone;
  }

  private finish(): void {
    this.tracker.finish();
    this.announceFinish();
  }

  private announceFinish(): void {
    this.keepFocus('summary');
    this.announcement = this.strings.routineDone;
  }

  private continue(): void {
    this.keepFocus('timer');
    this.tracker.unfinish();
  }

  private reset(): void {
    this.keepFocus('timer');
    this.tracker.reset();
    this.announcement = this.strings.progressReset;
  }

  private heading(level: number, text: string, className: string, part?: string): TemplateResult {
    return html`<div
      class=${className}
      part=${ifDefined(part)}
      role="heading"
      aria-level=${Math.min(level, 6)}
    >
      ${text}
    </div>`;
  }

  private renderCredits(routine: Routine): TemplateResult | typeof nothing {
    if (this.noCredits) return nothing;
    const credits = routine.credits.map((credit) => `${credit.name} (${credit.role})`).join(' · ');
    return html`<p part="credits" class="credits">
      <slot name="credits">${credits ? `${this.strings.source}: ${credits}` : nothing}</slot>
    </p>`;
  }

  private renderHeader(routine: Routine): TemplateResult | typeof nothing {
    if (this.noHeader) return nothing;
    const s = this.strings;
    const level = this.level;
    return html`<header part="header" class="header">
      ${this.heading(level, routine.title, 'title', 'title')}
      <p class="meta">${s.duration(estimateRoutineMinutes(routine), routine.exercises.length)}</p>
      <p>${routine.intro}</p>
      <section part="safety" class="safety" aria-label=${s.beforeYouStart}>
        ${this.heading(level + 1, s.beforeYouStart, 'subheading')}
        <ul>
          ${routine.safety.map((note) => html`<li>${note}</li>`)}
        </ul>
      </section>
      ${
        routine.equipment.length
          ? html`<section>
              ${this.heading(level + 1, s.equipment, 'subheading')}
              <ul>
                ${routine.equipment.map((item) => html`<li>${item}</li>`)}
              </ul>
              ${routine.anchorAdvice ? html`<p class="note">${routine.anchorAdvice}</p>` : nothing}
            </section>`
          : nothing
      }
      ${
        routine.tips?.length
          ? html`<section>
              ${this.heading(level + 1, s.tips, 'subheading')}
              <ul>
                ${routine.tips.map((tip) => html`<li>${tip}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${this.renderCredits(routine)}
    </header>`;
  }

  private renderSummary(routine: Routine, progress: RoutineProgress): TemplateResult {
    const s = this.strings;
    const exercisesDone = routine.exercises.filter((exercise) =>
      isExerciseDone(progress, exercise),
    ).length;
    const elapsed = progress.elapsedMs;
    const minutes = elapsed === undefined ? undefined : Math.round(elapsed / 60_000);
    return html`<section part="summary" class="summary" tabindex="-1" data-focus="summary">
      ${this.heading(this.level + 1, s.routineDone, 'subheading')}
      <p>${s.summary(exercisesDone, routineTotals(progress, routine).done, minutes)}</p>
      <div class="actions">
        <button part="button" class="button button--primary" type="button" @click=${this.reset}>
          ${s.startAgain}
        </button>
        ${
          isRoutineDone(progress, routine)
            ? nothing
            : html`<button part="button" class="button" type="button" @click=${this.continue}>
                ${s.continueWorkout}
              </button>`
        }
      </div>
    </section>`;
  }

  private renderCurrent(routine: Routine, progress: RoutineProgress): TemplateResult {
    const s = this.strings;
    const index = Math.max(
      0,
      routine.exercises.findIndex((e) => e.id === progress.currentId),
    );
    const exercise = routine.exercises[index] as Exercise;
    const shown = this.withMedia.get(exercise.id) ?? exercise;
    const done = isExerciseDone(progress, exercise);
    const next = nextUnfinished(progress, routine);
    return html`<div class="current">
      <exercise-card
        part="card"
        exportparts=${CARD_PARTS}
        .exercise=${shown}
        theme=${this.theme}
        status=${done ? 'done' : 'current'}
        heading-level=${Math.min(this.level + 1, 6)}
      ></exercise-card>
      ${
        done
          ? html`<p>${s.exerciseDone}</p>`
          : keyed(
              `${exercise.id}:${this.tracker.resets}`,
              html`<set-timer
                part="timer"
                data-focus="timer"
                exportparts=${TIMER_PARTS}
                .exercise=${exercise}
                theme=${this.theme}
                ?no-sound=${this.noSound}
                ?no-vibrate=${this.noVibrate}
                ?no-persist=${this.noPersist}
                .completed=${unitsDone(progress, exercise.id)}
                @routine-timer-phase=${this.onTimerPhase}
                @routine-set-complete=${this.onSetComplete}
                @routine-exercise-complete=${this.onExerciseComplete}
              ></set-timer>`,
            )
      }
      <div class="actions">
        <!-- Always there (aria-disabled on the first exercise), so focus never drops with it. -->
        <button
          part="button"
          class="button"
          type="button"
          aria-disabled=${index === 0 ? 'true' : 'false'}
          @click=${() => this.tracker.goTo(routine.exercises[index - 1]?.id)}
        >
          ${s.previous}
        </button>
        ${
          next && next !== exercise
            ? html`<button
                part="button"
                class="button ${done ? 'button--primary' : ''}"
                type="button"
                data-focus="next"
                @click=${() => this.tracker.goTo(next.id)}
              >
                ${s.upNext(next.name)}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderActions(routine: Routine, progress: RoutineProgress): TemplateResult {
    const s = this.strings;
    const anyDone = routineTotals(progress, routine).done > 0 || progress.startedAt !== undefined;
    return html`<div class="actions">
      ${
        anyDone
          ? html`<button part="button" class="button" type="button" @click=${this.finish}>
                ${s.finish}
              </button>
              <button part="button" class="button" type="button" @click=${this.reset}>
                ${s.reset}
              </button>`
          : nothing
      }
      ${
        this.tracker.trouble && !this.noPersist
          ? html`<p part="status" class="note">
              ${this.tracker.trouble === 'corrupt' ? s.storageCorrupt : s.storageUnavailable}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderRoutine(routine: Routine): TemplateResult {
    const progress = this.tracker.progress ?? emptyProgress(routine);
    const finished = progress.finishedAt !== undefined;
    return html`${this.renderHeader(routine)}
      <div class="body">
        <routine-list
          part="list"
          exportparts=${LIST_PARTS}
          .routine=${routine}
          .progress=${progress}
          layout=${this.layout}
          theme=${this.theme}
          @routine-select=${(event: RoutineSelectEvent) => this.tracker.goTo(event.detail.exerciseId)}
        ></routine-list>
        ${finished ? this.renderSummary(routine, progress) : this.renderCurrent(routine, progress)}
      </div>
      ${finished ? nothing : this.renderActions(routine, progress)}`;
  }

  private renderProblem(): TemplateResult {
    const s = this.strings;
    const state = this.source.state;
    if (state.kind === 'failed') {
      return html`<div part="error" class="error" role="alert">
        <p>${s.fetchFailed(state.detail)}</p>
        <button
          part="button"
          class="button"
          type="button"
          @click=${() => this.source.useUrl(state.url, true)}
        >
          ${s.retry}
        </button>
      </div>`;
    }
    const problems = state.kind === 'invalid' ? state.problems : [];
    return html`<div part="error" class="error" role="alert">
      <p>${s.invalidRoutine}</p>
      <ul>
        ${problems.map((problem) => html`<li><code>${formatProblem(problem)}</code></li>`)}
      </ul>
    </div>`;
  }

  private renderState(): TemplateResult {
    const state = this.source.state;
    switch (state.kind) {
      case 'ready':
        return this.renderRoutine(state.routine);
      case 'loading':
        return html`<p part="status" class="status" role="status">${this.strings.loading}</p>`;
      case 'empty':
        return html`<p part="status" class="status">${this.strings.noRoutine}</p>`;
      default:
        return this.renderProblem();
    }
  }

  protected override render(): TemplateResult {
    // The routine's language, not the page's, sets the widget's language and direction.
    const lang = this.readyRoutine?.language ?? 'en';
    return html`<div
      part="frame"
      class="frame frame--${this.layout}"
      lang=${lang}
      dir=${directionOf(lang)}
    >
      ${this.renderState()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-routine': ExerciseRoutine;
  }
}
