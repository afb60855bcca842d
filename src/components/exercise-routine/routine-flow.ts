import type { Routine } from '../../data/types.js';
import type { Strings } from '../../i18n/index.js';
import { FocusKeeper, type RenderHost } from '../../internal/focus-keeper.js';
import { ProgressController } from '../../progress/progress-controller.js';
import { SpeechCoach, browserSpeech, type SpeechEngine } from '../../timer/speech-coach.js';
import { isTimerEvent } from '../set-timer/set-timer.js';

/** What the timer's progress events carry. */
export type TimerEvent = Event & {
  detail: { exerciseId?: unknown; set?: unknown; side?: unknown };
};

/** What the reader is told over the current exercise. */
export type RoutineNote =
  | { kind: 'done'; text: string }
  | { kind: 'undo'; before: NonNullable<ProgressController['progress']> }
  | { kind: 'welcome'; exerciseId: string };

export interface FlowOptions {
  persist: () => boolean;
  /** The speech engine set on the element; the browser's own when none is. */
  speech: () => SpeechEngine | undefined;
  strings: () => Strings;
  language: () => string | undefined;
  /** Whether the workout view shows: it scrolls nothing into view. */
  inWorkout: () => boolean;
  /** Hears what the reader did, once progress has recorded it (the knee check). */
  heard: (activity: 'phase' | 'set' | 'exercise', exerciseId: string) => void;
}

/**
 * How the reader moves through a routine: progress recorded from the element's own timer,
 * the next exercise loaded by itself when one is done, reset with Undo, finish and continue,
 * a welcome back after a reload mid-set, and with each of them what the widget says
 * (`announcement`, `note`), speaks, and where focus goes.
 */
export class RoutineFlow {
  readonly progress: ProgressController;
  readonly #host: RenderHost;
  readonly #options: FlowOptions;
  /** Where focus goes after what the reader did; the workout view's too. */
  readonly focus: FocusKeeper;
  readonly #coach: SpeechCoach;
  /** What the widget's own live region says. */
  announcement = '';
  /** The note over the current exercise, if any. */
  note?: RoutineNote;

  constructor(host: RenderHost, options: FlowOptions) {
    this.#host = host;
    this.#options = options;
    this.progress = new ProgressController(host, options.persist);
    this.focus = new FocusKeeper(host);
    this.#coach = new SpeechCoach(host, () => options.speech() ?? browserSpeech());
  }

  get #strings(): Strings {
    return this.#options.strings();
  }

  #say(announcement: string, note: RoutineNote | undefined): void {
    this.announcement = announcement;
    this.note = note;
    this.#host.requestUpdate();
  }

  /** Shows `routine`; saved progress with a timer running is welcomed back. */
  use(routine: Routine): void {
    const first = this.progress.progress === undefined;
    this.progress.use(routine);
    const timing = first ? this.progress.progress?.timing : undefined;
    if (timing) this.note = { kind: 'welcome', exerciseId: timing.exerciseId };
  }

  onTimerPhase(event: TimerEvent): void {
    if (!fromOwnTimer(event)) return;
    if (this.note?.kind !== 'undo') this.note = undefined;
    this.progress.start(event.detail.exerciseId);
    this.#options.heard('phase', event.detail.exerciseId);
  }

  onSetComplete(event: TimerEvent): void {
    if (!fromOwnTimer(event)) return;
    const { exerciseId, set, side } = event.detail;
    this.note = undefined;
    this.progress.recordSet(exerciseId, set as number, side as 'left' | 'right' | undefined);
    this.#options.heard('set', exerciseId);
  }

  /** An exercise is done: the next one loads by itself, under a note saying so. */
  onExerciseComplete(event: TimerEvent): void {
    if (!fromOwnTimer(event)) return;
    const speaking = (event.currentTarget as { speaking?: boolean }).speaking === true;
    const progress = this.progress;
    const done = progress.current;
    progress.recordExercise(event.detail.exerciseId);
    this.#options.heard('exercise', done.id);
    const s = this.#strings;
    if (progress.finished) this.#announceFinish();
    else {
      const { next } = progress;
      if (next) progress.goTo(next.id);
      const text = `${s.exerciseDoneNamed(done.name)}${next ? ` ${s.upNext(next.name)}` : ''}`;
      this.#say(text, { kind: 'done', text });
      this.focus.moveTo('exercise', { scroll: !this.#options.inWorkout() });
    }
    if (speaking) this.#speakAfterRender(this.announcement);
  }

  /** Says `text` once the finished timer has left (leaving stops its own speech). */
  #speakAfterRender(text: string): void {
    const coach = this.#coach;
    coach.enabled = true;
    coach.lang = this.#options.language() ?? 'en';
    void this.#host.updateComplete.then(() => coach.say(text));
  }

  /** Stops anything being spoken (the reader left the workout view). */
  hush(): void {
    this.#coach.cancel();
  }

  /** The reader picked an exercise: it comes to the top, with focus. */
  goTo(exerciseId: string): void {
    this.note = undefined;
    this.focus.moveTo('exercise', { scroll: true });
    this.progress.goTo(exerciseId);
  }

  finish(): void {
    this.progress.finish();
    this.#announceFinish();
  }

  #announceFinish(): void {
    this.focus.moveTo('summary');
    this.#say(this.#strings.routineDone, undefined);
  }

  continue(): void {
    this.focus.moveTo('timer');
    this.progress.unfinish();
  }

  /** Clears progress, offering Undo until the next set. */
  reset(): void {
    this.focus.moveTo('undo');
    const before = this.progress.progress;
    this.progress.reset();
    this.#say(this.#strings.progressCleared, before && { kind: 'undo', before });
  }

  undo(): void {
    if (this.note?.kind !== 'undo') return;
    const { before } = this.note;
    this.focus.moveTo(before.finishedAt === undefined ? 'timer' : 'summary');
    this.progress.restore(before);
    this.#say(this.#strings.progressRestored, undefined);
  }
}

/**
 * Progress comes only from the timer the routine rendered: an event dispatched by page
 * script (on slotted content, say) never reaches these listeners on the timer itself, and
 * one dispatched from elsewhere inside the timer is not its own.
 */
function fromOwnTimer(event: TimerEvent): event is TimerEvent & { detail: { exerciseId: string } } {
  const timer = event.currentTarget as { exercise?: { id: string } } | null;
  const id = timer?.exercise?.id;
  const fromTimer = event.composedPath()[0] === timer && isTimerEvent(event);
  return fromTimer && id !== undefined && event.detail.exerciseId === id;
}
