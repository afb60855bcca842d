import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise } from '../../data/types.js';
import { checkExerciseNow } from '../validator-chunk.js';
import type { Problem } from '../../data/problem.js';
import { MUTED_KEY, VOICE_KEY, readPreference, savePreference } from '../../timer/preferences.js';
import { OnDemandCues } from '../../timer/on-demand-cues.js';
import { SpeechCoach, browserSpeech, type SpeechEngine } from '../../timer/speech-coach.js';
import { TimerAnnouncer } from '../../timer/timer-announcer.js';
import { TimerController } from '../../timer/timer-controller.js';
import { timerFace } from '../../timer/timer-face.js';
import { WakeLockController } from '../../timer/wake-lock-controller.js';
import {
  ExerciseCompleteEvent,
  SetCompleteEvent,
  TimerPhaseEvent,
} from '../../events/timer-events.js';
import type { TimerStrings } from '../../i18n/index.js';
import { numberInRange, parseHeadingLevel } from '../../internal/attribute-check.js';
import { renderProblems, reportProblems } from '../../internal/problems.js';
import { everyChunk, loadEveryChunk } from '../chunks.js';
import { prefetchWhenIdle } from '../../internal/lazy-chunk.js';
import { renderLoadFailed } from '../../internal/load-failed.js';
import { RoutineElement } from '../routine-element.js';
import { performanceClock, type Clock } from '../../timer/clock.js';
import type { TimerEventMap, TimerSnapshot } from '../../timer/set-timer-engine.js';
import { buildTimerPlan, remainingPlan, type TimerStep } from '../../timer/timer-plan.js';
import { elementStyles } from '../../styles/tokens.styles.js';
import { setTimerStyles } from './set-timer.styles.js';

/** How a control button looks and behaves; see `#button`. */
interface ButtonOptions {
  enabled?: boolean;
  primary?: boolean;
  /** For an on/off button: whether it is on. */
  pressed?: boolean;
  /** Why a disabled button does nothing. */
  reason?: string;
}

/** What +15 s adds to a rest. */
const ADD_SECONDS = 15;

/** Every part the timer renders (documented below), for elements that re-export them. */
export const SET_TIMER_PARTS = [
  'timer',
  'heading',
  'ring',
  'display',
  'phase',
  'status',
  'controls',
  'button',
  'primary',
  'error',
] as const;

/** The events timers dispatched; page script cannot add to it. */
const dispatchedByTimers = new WeakSet<Event>();

/**
 * Whether a `<set-timer>` dispatched `event` itself: an event page script creates and
 * dispatches on a timer, even a timer it found through an event's path, is not.
 */
export function isTimerEvent(event: Event): boolean {
  return dispatchedByTimers.has(event);
}

/**
 * The accepted `time-scale`: outside it the audio clock gets non-finite times (too fast) or
 * the display freezes between hundreds of wake-ups a second (too slow).
 */
const TIME_SCALE = { min: 0.1, max: 100, fallback: 1 };
/**
 * Runs one exercise's sets, holds and rests: a countdown worked out from clock timestamps (so
 * it is right again at once after a locked screen or a hidden tab), beeps for the last three
 * seconds and a tone at each phase change (Web Audio, scheduled ahead, started from the first
 * tap), vibration where supported, the screen kept awake while it runs, and a polite live
 * region that announces each phase and "3, 2, 1". One primary button does the next thing
 * (Done on a rep set, even before the timer runs, Start on a hold, Skip on a rest): focus the
 * timer and press Space or Enter for it, P to pause or resume. The cues' code loads on demand
 * (when the browser is idle after the first render, or on the first tap): the timer runs
 * without it meanwhile, and says so, with Retry, when it cannot load.
 *
 * @summary A set, hold and rest timer for one exercise, usable without looking.
 * @tag set-timer
 *
 * @fires routine-timer-phase - A step began: get ready, work, hold or rest. `detail`: `{ exerciseId, phase, set, totalSets, side? }`.
 * @fires routine-set-complete - A set finished (once per side for per-side work). `detail`: `{ exerciseId, set, side? }`.
 * @fires routine-exercise-complete - Every set of the exercise is finished. `detail`: `{ exerciseId }`.
 *
 * @csspart timer - The timer's frame: focusable; Space or Enter is the primary button, P pauses.
 * @csspart heading - The heading, shown only with `heading-level`.
 * @csspart ring - The SVG progress ring around the time.
 * @csspart display - The big time left (mm:ss), or the reps of a rep set.
 * @csspart phase - The phase: Ready, Get ready, Work, Hold, Rest or Done.
 * @csspart status - The set and side, e.g. "Set 2 of 3 · 12 reps · left leg", or what comes after a rest.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart primary - The primary button (also a `button`): Done, Start hold, Skip rest or Skip countdown.
 * @csspart error - The error state shown for invalid exercise data.
 */
export class SetTimer extends RoutineElement {
  static override shadowRootOptions = { ...RoutineElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...elementStyles, setTimerStyles];

  // Ids are scoped to the shadow root: the same in every timer, on the server and in the browser.
  readonly #headingId = 'set-timer-heading';
  readonly #timer = new TimerController(this, {
    phase: (detail, late) => this.#onPhase(detail, late),
    setComplete: (detail) => this.#onSetComplete(detail),
    exerciseComplete: (detail, late) => this.#onExerciseComplete(detail, late),
    timelineChange: () => this.#onTimelineChange(),
  });
  readonly #cues = new OnDemandCues(this, this.#timer, (retry) => (this.retryLoad = retry));
  readonly #wakeLock = new WakeLockController(this);
  readonly #announcer = new TimerAnnouncer();
  #exerciseId = '';
  #loadedKey: string | undefined;

  @state() private problems: readonly Problem[] = [];
  /** The exercise needs the validator, which could not load. */
  @state() private validatorFailed = false;
  @state() private announcement = '';
  /** The reader turned spoken coaching on (remembered on the device). */
  @state() private voice = false;
  readonly #coach = new SpeechCoach(this, () => this.speech ?? browserSpeech());
  /** Loads again the sound cues' code, which could not load; shown as Retry while set. */
  @state() private retryLoad: (() => void) | undefined;
  /** Why the unavailable button the reader just tapped does nothing; cleared by the next action. */
  @state() private hint = '';

  /** The exercise to time, usually one of a routine's `exercises`. Checked when set; a new one resets the timer. */
  @property({ attribute: false }) exercise?: Exercise;

  /**
   * Sets already done (one per side for per-side work), e.g. restored from saved progress:
   * the timer starts at the next one. Read when the exercise loads and while the timer has
   * not started; later changes don't interrupt a running timer.
   */
  @property({ type: Number }) completed = 0;

  /** Silences beeps and tones. The reader's Mute button toggles it, and their choice is remembered on the device. */
  @property({ type: Boolean, reflect: true, attribute: 'no-sound' }) noSound = false;

  /** Hides the Voice control: no spoken coaching. */
  @property({ type: Boolean, attribute: 'no-voice' }) noVoice = false;

  /** Keeps the reader's Mute and Voice choices off the device: nothing is read or written, they last for the page. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  /** Turns off vibration at phase changes. */
  @property({ type: Boolean, attribute: 'no-vibrate' }) noVibrate = false;

  /** Makes time run this many times faster, for demos (0.1 to 100, else 1 with a warning; changing it resets the timer). */
  @property({ type: Number, attribute: 'time-scale' }) timeScale = 1;

  /** Big digits and a primary button at least 64 px tall at the bottom: the routine's workout view. */
  @property({ type: Boolean, reflect: true }) large = false;

  /** Gives the timer a heading of this level (2 to 6) naming the exercise. No heading when unset. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** The speech engine for spoken coaching; the browser's `speechSynthesis` unless set (tests inject a fake). */
  @property({ attribute: false }) speech?: SpeechEngine;

  /** The monotonic time source. Tests inject a fake; a new clock resets the timer. */
  @property({ attribute: false }) clock: Clock = performanceClock;

  /**
   * Loads now the code the elements otherwise load on demand (sound cues, the routine's
   * workout view): it resolves once all of it is loaded and rejects when a part fails. Never
   * needed: a timer loads it when the browser is idle after its first render, and at the latest
   * on the reader's first tap (the timer runs meanwhile, without cues). For tests and pages that
   * drive the timer from code and want every cue from the first tap.
   */
  static preload(): Promise<void> {
    return loadEveryChunk();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.rendersAsServer) this.#readPreferences();
  }

  protected override hydrated(): void {
    this.#readPreferences();
    super.hydrated();
  }

  /** The reader's Mute and Voice choices, remembered on the device. */
  #readPreferences(): void {
    const persist = !this.noPersist;
    const muted = readPreference(MUTED_KEY, { persist });
    if (muted !== undefined) this.noSound = muted;
    this.voice = readPreference(VOICE_KEY, { persist }) ?? false;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    prefetchWhenIdle(everyChunk);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const recheck = changed.has('exercise') || this.validatorFailed;
    if (recheck) this.#check();
    const newExercise = recheck && this.#exerciseKey() !== this.#loadedKey;
    // Sets done elsewhere (another tab) move a timer that has not started to the next set.
    const idle = this.#timer.engine?.status === 'idle';
    const moreDone = changed.has('completed') && idle;
    if (newExercise || moreDone || changed.has('clock') || changed.has('timeScale')) this.#load();
    if (changed.has('noSound')) this.#cues.muted = this.noSound;
    if (changed.has('noVibrate')) this.#cues.vibrate = !this.noVibrate;
    const plan = this.#timer.engine?.plan ?? [];
    const snapshot = this.#timer.snapshot();
    this.announcement = this.#announcer.observe(snapshot, plan, this.#strings);
    this.#speak(snapshot?.status);
  }

  protected override dataToCheck(): readonly unknown[] {
    return [this.exercise];
  }

  /** Rendered as available on the server: most readers' browsers speak. */
  get #voiceAvailable(): boolean {
    return this.rendersAsServer || this.#coach.available;
  }

  get #strings(): TimerStrings {
    return this.strings.timer;
  }

  /** The checked copy of `exercise` the timer runs: later changes to the caller's object don't reach it. */
  #checked?: Exercise;

  #check(): void {
    this.problems = [];
    this.#checked = undefined;
    if (this.exercise === undefined) return;
    const result = checkExerciseNow(this.exercise);
    this.validatorFailed = result === undefined;
    if (!result) return;
    if (result.ok) this.#checked = result.value;
    else {
      this.problems = result.problems;
      reportProblems(this.localName, 'invalid exercise data', result.problems);
    }
  }

  /**
   * What the timer depends on in an exercise. A framework re-render that hands over an equal
   * exercise as a new object must not reset a running timer.
   */
  #exerciseKey(): string {
    const exercise = this.#checked;
    return exercise ? `${exercise.id}|${JSON.stringify(exercise.prescription)}` : '';
  }

  #load(): void {
    this.#loadedKey = this.#exerciseKey();
    // A new exercise is not a reset: start the announcements afresh.
    this.#announcer.observe(undefined, [], this.#strings);
    const valid = this.#checked;
    this.#exerciseId = valid?.id ?? '';
    const plan = valid ? this.#planFor(valid) : undefined;
    this.#timer.load(plan, this.clock, this.#scale());
  }

  /** The steps still to do; with every set already done, the whole exercise again. */
  #planFor(exercise: Exercise): TimerStep[] {
    const plan = buildTimerPlan(exercise.prescription);
    const rest = remainingPlan(plan, this.completed);
    return rest.length > 0 ? rest : plan;
  }

  /** The time-scale, or 1 with one warning per bad value. */
  #scale(): number {
    // The attribute's own text, when it set the value, makes the clearer warning.
    const text = this.getAttribute('time-scale');
    const fromAttribute = text !== null && Object.is(Number(text), Number(this.timeScale));
    return numberInRange(
      fromAttribute ? text : this.timeScale,
      TIME_SCALE,
      this.localName,
      'time-scale',
    );
  }

  #onPhase({ step, at }: TimerEventMap['phase'], late: boolean): void {
    this.hint = '';
    this.#cues.changed(at, step.phase, late);
    const { phase, set, totalSets, side } = step;
    const detail = { exerciseId: this.#exerciseId, phase, set, totalSets };
    this.#dispatch(new TimerPhaseEvent(side ? { ...detail, side } : detail));
  }

  /** Dispatches one of the timer's own events, marked as such (see isTimerEvent). */
  #dispatch(event: Event): void {
    dispatchedByTimers.add(event);
    this.dispatchEvent(event);
  }

  #onSetComplete({ set, side }: TimerEventMap['set-complete']): void {
    const detail = { exerciseId: this.#exerciseId, set };
    this.#dispatch(new SetCompleteEvent(side ? { ...detail, side } : detail));
  }

  #onExerciseComplete({ at }: TimerEventMap['exercise-complete'], late: boolean): void {
    this.#cues.changed(at, undefined, late);
    this.#dispatch(new ExerciseCompleteEvent({ exerciseId: this.#exerciseId }));
  }

  #onTimelineChange(): void {
    this.#wakeLock.wanted = this.#timer.engine?.status === 'running';
    this.#cues.replan();
  }

  /** Every button is a user gesture: the moment audio may start or resume. */
  #act(command: () => unknown): void {
    this.#cues.unlock();
    command();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return; // Ctrl+P prints
    const key = event.key.toLowerCase();
    if (key !== ' ' && key !== 'enter' && key !== 'p') return;
    event.preventDefault(); // no page scroll, even while the key repeats
    if (event.repeat) return;
    if (key === 'p') this.togglePause();
    else this.primaryAction();
  }

  /** Does what the primary button does now (Done, Start hold, Skip rest…), as a tap on it would. */
  primaryAction(): void {
    if (this.#timer.engine?.status === 'done') return;
    this.hint = '';
    this.#act(() => this.#timer.primary());
  }

  /** Pauses a running timer or resumes a paused one, as the Pause button does. */
  togglePause(): void {
    const status = this.#timer.engine?.status;
    if (status !== 'running' && status !== 'paused') return;
    this.hint = '';
    this.#act(() => this.#timer.toggle());
  }

  /**
   * Speaks what the live region announces while the timer runs (with the exercise's name as
   * it starts); a pause or a reset stops speech.
   */
  #speak(status: TimerSnapshot['status'] | undefined): void {
    const coach = this.#coach;
    coach.enabled = this.voice && !this.noVoice;
    coach.muted = this.noSound;
    coach.lang = this.language ?? 'en';
    const previous = this.#spokenStatus;
    this.#spokenStatus = status;
    const text = this.announcement;
    const fresh = text !== this.#spokenText;
    this.#spokenText = text;
    if (status === 'running' || status === 'done') {
      const starting = previous === 'idle' && this.#checked;
      if (fresh) coach.say(`${starting ? `${this.#checked?.name}. ` : ''}${text}`);
    } else if (status !== previous) {
      coach.cancel();
    }
  }

  /** Whether the timer speaks: the reader turned Voice on and sound is not muted. */
  get speaking(): boolean {
    return this.voice && !this.noVoice && !this.noSound && this.#voiceAvailable;
  }

  #spokenStatus: TimerSnapshot['status'] | undefined;
  #spokenText = '';

  #toggleVoice(): void {
    this.voice = !this.voice;
    savePreference(VOICE_KEY, this.voice, { persist: !this.noPersist });
    this.#coach.enabled = this.voice;
    // Said within the tap, which is also what lets iOS speak later.
    if (this.voice) this.#coach.say(this.#strings.voiceOn);
    else this.#coach.cancel();
  }

  #toggleMute(): void {
    this.hint = '';
    this.noSound = !this.noSound;
    savePreference(MUTED_KEY, this.noSound, { persist: !this.noPersist });
    this.#cues.muted = this.noSound;
    this.#cues.unlock();
    if (this.noSound) this.#coach.cancel();
  }

  /**
   * A control button. One that does not apply is aria-disabled (still focusable) and, given a
   * `reason`, says why: as its description, and in a visible hint when tapped. An on/off
   * button (Mute, Voice) carries its state in `pressed`.
   */
  #button(action: string, label: string, run: () => unknown, options: ButtonOptions = {}) {
    const { enabled = true, primary = false, pressed, reason } = options;
    const why = enabled ? undefined : reason;
    const onClick = (event: MouseEvent) => {
      // The second tap of a double tap on the primary button would record a second set or
      // skip the rest it just started: only a click of its own counts.
      if (primary && event.detail > 1) return;
      if (enabled) {
        this.hint = '';
        this.#act(run);
      } else if (why) this.hint = why;
    };
    return html`<button
      part=${primary ? 'button primary' : 'button'}
      class="button ${primary ? 'button--primary' : ''}"
      type="button"
      data-action=${action}
      aria-disabled=${enabled ? 'false' : 'true'}
      aria-pressed=${ifDefined(pressed === undefined ? undefined : pressed ? 'true' : 'false')}
      aria-describedby=${why ? `set-timer-${action}-why` : nothing}
      @click=${onClick}
    >
      ${label}
    </button>`;
  }

  /** Why each unavailable button is unavailable, for their descriptions. */
  #renderReasons(reasons: Record<string, string | undefined>): TemplateResult {
    const entries = Object.entries(reasons).filter(([, reason]) => reason);
    // Hidden, yet still read: aria-describedby takes the text of hidden elements it names.
    return html`${entries.map(
      ([action, reason]) => html`<span hidden id="set-timer-${action}-why">${reason}</span>`,
    )}`;
  }

  /** What the primary button says: the action it takes in this state. */
  #primaryLabel({ status, phase }: TimerSnapshot, plan: readonly TimerStep[]): string {
    const s = this.#strings;
    if (status === 'idle') return plan.some((step) => step.phase === 'work') ? s.done : s.startHold;
    if (status === 'done') return s.done;
    return { rest: s.skipRest, 'get-ready': s.skipGetReady, work: s.done, hold: s.done }[phase];
  }

  /**
   * The primary button, always in the same place and always the one thing to tap next, and
   * a row of secondary controls that never swap places with it. Buttons that do not apply
   * are aria-disabled, so focus never drops.
   */
  #renderControls(snapshot: TimerSnapshot, plan: readonly TimerStep[]): TemplateResult {
    const s = this.#strings;
    const timer = this.#timer;
    const { status, phase } = snapshot;
    const active = status === 'running' || status === 'paused';
    const add = () => timer.addTime(ADD_SECONDS * 1000);
    const resting = active && phase === 'rest';
    const finished = status === 'done';
    const reasons = {
      primary: finished ? s.allDoneRestart : undefined,
      toggle: active ? undefined : finished ? s.allDoneRestart : s.notRunning,
      'add-time': resting ? undefined : s.onlyInRest,
    };
    const primary = html`<div class="primary-row">
      ${this.#button('primary', this.#primaryLabel(snapshot, plan), () => timer.primary(), {
        enabled: !finished,
        primary: true,
        reason: reasons.primary,
      })}
    </div>`;
    const secondary = html`<div part="controls" class="controls">
      ${this.#button('toggle', status === 'paused' ? s.resume : s.pause, () => timer.toggle(), {
        enabled: active,
        reason: reasons.toggle,
      })}
      ${this.#button('add-time', s.addTime(ADD_SECONDS), add, {
        enabled: resting,
        reason: reasons['add-time'],
      })}
      ${this.#button('restart', s.restart, () => timer.restart(), { enabled: status !== 'idle' })}
      ${this.#button('mute', s.mute, () => this.#toggleMute(), { pressed: this.noSound })}
      ${
        this.noVoice || !this.#voiceAvailable
          ? nothing
          : this.#button('voice', s.voice, () => this.#toggleVoice(), { pressed: this.voice })
      }
    </div>`;
    // In the large layout the primary button sits at the bottom, in the thumb's reach.
    return html`
      ${this.large ? html`${secondary}${primary}` : html`${primary}${secondary}`}
      ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing}
      ${this.#renderReasons(reasons)}
    `;
  }

  #renderRing(fraction: number): TemplateResult {
    const offset = (100 * (1 - fraction)).toFixed(2);
    return html`<svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true">
      <circle class="ring__track" cx="50" cy="50" r="45" pathLength="100"></circle>
      <circle
        class="ring__bar"
        cx="50"
        cy="50"
        r="45"
        pathLength="100"
        stroke-dasharray="100"
        stroke-dashoffset=${offset}
        transform="rotate(-90 50 50)"
      ></circle>
    </svg>`;
  }

  #renderLoadFailed(): TemplateResult | typeof nothing {
    const retry = this.retryLoad;
    if (!retry) return nothing;
    return renderLoadFailed(this.strings.codeFailed, this.strings.retry, () => {
      this.retryLoad = undefined;
      retry();
    });
  }

  #renderHeading(name: string): TemplateResult | typeof nothing {
    if (this.headingLevel === undefined || this.headingLevel === null) return nothing;
    const level = parseHeadingLevel(this.headingLevel, 3, this.localName);
    return html`<div
      part="heading"
      class="heading"
      role="heading"
      aria-level=${level}
      id=${this.#headingId}
    >
      ${this.#strings.timer(name)}
    </div>`;
  }

  #renderTimer(
    exercise: Exercise,
    snapshot: TimerSnapshot,
    plan: readonly TimerStep[],
  ): TemplateResult {
    const s = this.#strings;
    const face = timerFace(snapshot, plan, s);
    const heading = this.#renderHeading(exercise.name);
    return html`
      <div
        part="timer"
        class="timer timer--${face.label}"
        role="group"
        tabindex="0"
        aria-label=${heading === nothing ? s.timer(exercise.name) : nothing}
        aria-labelledby=${heading === nothing ? nothing : this.#headingId}
        @keydown=${this.#onKeyDown}
      >
        ${heading}
        <div class="face">
          ${this.#renderRing(face.fraction)}
          <div class="readout">
            <span part="phase" class="phase">${face.phase}</span>
            <span part="display" class="display" role=${ifDefined(face.unit ? undefined : 'timer')}
              >${face.digits}</span
            >
            ${face.unit ? html`<span class="unit">${face.unit}</span>` : nothing}
          </div>
        </div>
        <p part="status" class="status">${face.status}</p>
        <p class="needs-script">${s.needsScript}</p>
        ${this.#renderControls(snapshot, plan)} ${this.#renderLoadFailed()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  protected override render(): TemplateResult {
    const s = this.#strings;
    if (this.validatorFailed) {
      return renderLoadFailed(this.strings.codeFailed, this.strings.retry, () =>
        this.retryFailedChunks(),
      );
    }
    if (this.problems.length > 0) return renderProblems(s.invalidExercise, this.problems);
    const engine = this.#timer.engine;
    if (!this.#checked || !engine) return html`<p part="error" class="error">${s.noExercise}</p>`;
    return this.#renderTimer(this.#checked, engine.snapshot(), engine.plan);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'set-timer': SetTimer;
  }
}
