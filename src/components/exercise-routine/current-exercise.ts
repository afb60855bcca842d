import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Exercise, Routine } from '../../data/types.js';
import type { Strings } from '../../i18n/index.js';
import type { SpeechEngine } from '../../timer/speech-coach.js';
import { CARD_PARTS, TIMER_PARTS } from './exported-parts.js';
import type { RoutineFlow, TimerEvent } from './routine-flow.js';
import { workoutViewChunk } from '../chunks.js';
import { button, renderNote } from './routine-views.js';

/** What the knee check (its code loaded on demand) adds to the exercise and the summary. */
export interface KneeView {
  /**
   * Under the exercise: the check-in, a rating, what it means, the easier version given;
   * `compact` in the workout view, where a question takes the timer's place.
   */
  renderPanel(exercise: Exercise, compact: boolean): unknown;
  /** In the summary: the last exercise's rating and the history. */
  renderSummary(): unknown;
  /** The check asked the reader to stop: no timer until they choose to continue. */
  readonly stopped: boolean;
  /** The check waits for the reader (a question, the stop message). */
  readonly asking: boolean;
  /** The version of `exercise` the reader is given. */
  levelOf(exercise: Exercise): 'standard' | 'easier';
}

/** What the current exercise's templates read from the element that shows them. */
export interface CurrentView {
  routine: Routine;
  flow: RoutineFlow;
  strings: Strings;
  /** The routine title's heading level. */
  level: number;
  theme: string;
  /** Whether the workout view shows. */
  workout: boolean;
  /**
   * Server-rendered: every exercise's how-to follows, readable without script, and Finish and
   * Reset keep their room, so saved progress coming in after the script moves nothing.
   */
  prerendered: boolean;
  /** Server-rendered and not yet taken over: Start, Previous and Up next show, disabled. */
  waiting: boolean;
  /** What the element hands on to its timer. */
  timer: {
    noSound: boolean;
    noVibrate: boolean;
    noVoice: boolean;
    noPersist: boolean;
    speech?: SpeechEngine | undefined;
  };
  exitWorkout: () => void;
  /** The knee check, once the reader has started and its code is in. */
  knee: KneeView | undefined;
}

/**
 * The note, where the reader will see it: in the workout view over the exercise; on the
 * page, Undo beside the Reset it undoes, a welcome back under Continue in the header.
 */
export function renderFlowNote(
  view: CurrentView,
  where: 'current' | 'actions' | 'header',
): TemplateResult | typeof nothing {
  const { flow, strings: s } = view;
  const note = flow.note;
  const placed = { done: 'current', undo: 'actions', welcome: 'header' } as const;
  if (!note || (view.workout ? 'current' : placed[note.kind]) !== where) return nothing;
  if (note.kind === 'done') return renderNote(note.text);
  if (note.kind === 'undo') {
    return renderNote(
      s.progressCleared,
      button(s.undo, () => flow.undo(), 'secondary', { focusName: 'undo' }),
    );
  }
  const exercise = view.routine.exercises.find(({ id }) => id === note.exerciseId);
  if (!exercise) return nothing;
  // The timer's primary button (Start hold, Done) restarts the set: one tap, no second one.
  const set = flow.progress.nextSet(exercise);
  return renderNote(s.welcomeBack(exercise.name, set, exercise.prescription.sets));
}

/**
 * The timer, kept through every render until the exercise changes or progress is reset;
 * `hidden` while the knee check asks in its place (it keeps its state).
 */
function renderTimer(view: CurrentView, exercise: Exercise, hidden: boolean): unknown {
  const { flow, timer } = view;
  return keyed(
    flow.progress.timerKey,
    html`<set-timer
      part="timer"
      data-focus="timer"
      exportparts=${TIMER_PARTS}
      .exercise=${exercise}
      theme=${view.theme}
      ?large=${view.workout}
      ?hidden=${hidden}
      ?no-sound=${timer.noSound}
      ?no-vibrate=${timer.noVibrate}
      ?no-voice=${timer.noVoice}
      .speech=${timer.speech}
      ?no-persist=${timer.noPersist}
      .completed=${flow.progress.unitsDone(exercise)}
      @routine-timer-phase=${(event: TimerEvent) => flow.onTimerPhase(event)}
      @routine-set-complete=${(event: TimerEvent) => flow.onSetComplete(event)}
      @routine-exercise-complete=${(event: TimerEvent) => flow.onExerciseComplete(event)}
    ></set-timer>`,
  );
}

/** The exercise's card: on the page, and in the workout view's how-to sheet. */
export function renderCard(view: CurrentView, exercise: Exercise, status: 'current' | 'done') {
  return html`<exercise-card
    part="card"
    exportparts=${CARD_PARTS}
    .exercise=${exercise}
    theme=${view.theme}
    status=${status}
    .level=${view.knee?.levelOf(exercise) ?? 'standard'}
    heading-level=${Math.min(view.level + 1, 6)}
    tabindex="-1"
    data-focus="exercise"
  ></exercise-card>`;
}

function renderNav(view: CurrentView, exercise: Exercise, done: boolean): TemplateResult {
  const { flow, strings: s } = view;
  const { next, previousId } = flow.progress;
  const first = previousId === undefined;
  return html`<div class="actions">
    <!-- Always there (aria-disabled on the first exercise), so focus never drops with it. -->
    <button
      part="button"
      class="button"
      type="button"
      ?disabled=${view.waiting}
      aria-disabled=${first ? 'true' : 'false'}
      aria-describedby=${first ? 'previous-why' : nothing}
      @click=${() => !first && flow.goTo(previousId ?? exercise.id)}
    >
      ${s.previous}
    </button>
    ${first ? html`<span id="previous-why" class="visually-hidden">${s.firstExercise}</span>` : nothing}
    ${next ? button(s.upNext(next.name), () => flow.goTo(next.id), done ? 'primary' : 'secondary', { disabled: view.waiting }) : nothing}
  </div>`;
}

/**
 * The current exercise: its card (in the workout view, a short head with a how-to sheet),
 * its timer, and the way to the previous and next exercises. One template for both views,
 * so the timer carries on running when the reader enters or leaves the workout view.
 */
export function renderCurrent(view: CurrentView, exercise: Exercise): TemplateResult {
  const { flow, strings: s } = view;
  const done = flow.progress.isDone(exercise);
  // The workout view shows only once its code has loaded.
  const workout = view.workout ? workoutViewChunk.module : undefined;
  const head = workout
    ? workout.renderWorkoutHead(view, exercise)
    : renderCard(view, exercise, done ? 'done' : 'current');
  const knee = view.knee;
  // In the workout view a question takes the timer's place, so the view still fits the screen.
  const asking = workout !== undefined && knee?.asking === true;
  const timer = knee?.stopped ? nothing : renderTimer(view, exercise, asking);
  return html`<div class="current">
    ${renderFlowNote(view, 'current')} ${head}
    ${asking ? nothing : knee?.renderPanel(exercise, workout !== undefined)}
    ${done ? html`<p>${s.exerciseDone}</p>` : timer}
    ${asking ? knee.renderPanel(exercise, true) : nothing}
    ${workout ? workout.renderSheet(view, exercise) : renderNav(view, exercise, done)}
  </div>`;
}

/** Finish and Reset (set apart, lighter), with Undo after a reset and storage trouble. */
export function renderRoutineActions(view: CurrentView): TemplateResult {
  const { flow, strings: s } = view;
  const trouble = view.timer.noPersist ? undefined : flow.progress.trouble;
  return html`${renderFlowNote(view, 'actions')}
    <div class="actions actions--routine ${view.prerendered ? 'actions--kept' : ''}">
      ${
        flow.progress.started
          ? html`${button(s.finish, () => flow.finish())}
              <span class="actions__gap"></span> ${button(s.reset, () => flow.reset(), 'quiet')}`
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
