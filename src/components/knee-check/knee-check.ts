// The knee check's code, loaded on demand (src/components/chunks.ts): when the browser is idle
// after the first render, or at the latest when the reader starts a session.
import type { ReactiveController } from 'lit';
import type { Exercise, Routine } from '../../data/types.js';
import type { KneeCheckStrings } from '../../i18n/strings.js';
import { kneeCheckStringsFor } from '../../i18n/knee-check.js';
import type { RenderHost } from '../../internal/focus-keeper.js';
import { setsDone } from '../../progress/routine-progress.js';
import { historyStorage } from '../../knee-check/history-storage.js';
import type { StorageTrouble } from '../../internal/local-storage.js';
import {
  afterExercise,
  beforeSession,
  type MorningAnswer,
  type PainOutcome,
} from '../../knee-check/pain-rules.js';
import { withRecord, type SessionRecord, type Variant } from '../../knee-check/session-history.js';
import type { RoutineFlow } from '../exercise-routine/routine-flow.js';
import type { KneeView } from '../exercise-routine/current-exercise.js';
import { adoptKneeCheckStyles } from './knee-check.styles.js';
import { renderKneePanel, renderKneeSummary } from './knee-check-view.js';

/** What the reader is being asked or told, under the current exercise. */
export type KneePanel =
  | { kind: 'check-in' }
  | { kind: 'morning' }
  | { kind: 'rate'; exerciseId: string }
  | { kind: 'said'; outcome: PainOutcome; before: boolean }
  | { kind: 'stop'; confirming: boolean };

/** What the element shares with its knee check. */
export interface KneeCheckOptions {
  flow: RoutineFlow;
  routine: () => Routine | undefined;
  persist: () => boolean;
  lang: () => string;
}

/**
 * What the reader did that the check hears of: entering the workout view, a timer step, a set,
 * an exercise done.
 */
export type KneeActivity = 'enter' | 'phase' | 'set' | 'exercise';

/**
 * The knee check of one element: the check-in before the first set, a pain rating after each
 * exercise, what the rules make of them (`pain-rules.ts`), and the session's record in the
 * history on the device. A session is what progress calls one: from the first set (or timer)
 * after a reset to the next reset, so a reload continues it. Entering the workout view before
 * the session starts asks the check-in at once; on the page it waits for the first set, so
 * nothing is inserted into the page before the reader acts. Ratings never leave the page:
 * no event, URL or request carries them.
 */
export class KneeCheck implements ReactiveController, KneeView {
  readonly #host: RenderHost;
  readonly #options: KneeCheckOptions;
  /** The session's id: the routine's id and the progress's start. */
  #session: string | undefined;
  #checkIn: number | undefined;
  #morning: MorningAnswer | undefined;
  #pain: Record<string, number> = {};
  #variants: Record<string, Variant> = {};
  #saved = '';
  /** The check-in was asked before the session started: the first set's session keeps its answers. */
  #early = false;
  /** An exercise done while the check-in was still open: rated once the check-in is over. */
  #toRate: string | undefined;
  panel: KneePanel | undefined;
  /** The rating under the keyboard's focus in the rating group shown. */
  picked: number | undefined;
  history: SessionRecord[] = [];
  trouble: StorageTrouble;
  /** Delete history: asked once, then done. */
  deleting: 'asking' | 'done' | undefined;

  constructor(host: RenderHost, options: KneeCheckOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    if (options.persist())
      ({ history: this.history, trouble: this.trouble } = historyStorage.load());
  }

  get strings(): KneeCheckStrings {
    return kneeCheckStringsFor(this.#options.lang());
  }

  /** The language of the widget's own words. */
  get lang(): string {
    return this.#options.lang();
  }

  get persists(): boolean {
    return this.#options.persist();
  }

  get stopped(): boolean {
    return this.panel?.kind === 'stop';
  }

  /** Whether the check waits for the reader: a question, or the stop message. */
  get asking(): boolean {
    const kind = this.panel?.kind;
    return kind !== undefined && kind !== 'said';
  }

  /** The session record as it stands, or undefined before the session starts. */
  get record(): SessionRecord | undefined {
    const routine = this.#options.routine();
    const progress = this.#options.flow.progress.progress;
    const started = progress?.startedAt;
    if (!routine || !progress || started === undefined || !this.#session) return undefined;
    const sets = Object.create(null) as Record<string, number>;
    for (const exercise of routine.exercises) {
      const done = setsDone(progress, exercise);
      if (done > 0) sets[exercise.id] = done;
    }
    return {
      id: this.#session,
      routineId: routine.id,
      date: new Date(started).toISOString(),
      sets,
      variants: { ...this.#variants },
      pain: { ...this.#pain },
      ...(this.#checkIn === undefined ? {} : { checkIn: this.#checkIn }),
      ...(this.#morning === undefined ? {} : { morning: this.#morning }),
    };
  }

  /** Whether the reader has a session on this device before this one. */
  get #hasPrevious(): boolean {
    return this.history.some(({ id }) => id !== this.#session);
  }

  hostUpdate(): void {
    this.#follow();
    this.#save();
    adoptKneeCheckStyles(this.#host);
  }

  /** The reader did something: a new session starts with the check-in; a done exercise is rated. */
  heard(activity: KneeActivity, exerciseId?: string): void {
    this.#host.requestUpdate();
    this.#keepFocus(); // after the update is asked for: it waits for that update
    this.#follow();
    if (activity === 'enter') return this.#askEarly();
    if (!this.#session) return;
    if (activity === 'exercise' && exerciseId) {
      this.#variants[exerciseId] = this.levelOf({ id: exerciseId } as Exercise);
      const checkingIn = this.panel?.kind === 'check-in' || this.panel?.kind === 'morning';
      if (checkingIn) this.#toRate = exerciseId;
      else this.#show({ kind: 'rate', exerciseId });
    } else if (activity === 'set' && this.panel?.kind === 'said') this.#show(undefined);
  }

  /** Follows progress to its session: a reset ends one, the first set starts the next. */
  #follow(): void {
    const routine = this.#options.routine();
    const started = this.#options.flow.progress.progress?.startedAt;
    const id = routine && started !== undefined ? `${routine.id}:${started}` : undefined;
    if (id === this.#session) return;
    this.#session = id;
    const saved = this.history.find((record) => record.id === id);
    const early = this.#early;
    this.#early = false;
    if (id && !saved && early) return; // the check-in asked on entering belongs to this session
    this.#checkIn = saved?.checkIn;
    this.#morning = saved?.morning;
    this.#pain = { ...saved?.pain };
    this.#variants = { ...saved?.variants };
    this.#saved = saved ? JSON.stringify(saved) : '';
    // A reload continues the session: its check-in was already offered.
    this.panel = id && !saved ? { kind: 'check-in' } : undefined;
    this.picked = undefined;
    this.#toRate = undefined;
  }

  /** Asks the check-in before the first set, when no session has started: the workout view. */
  #askEarly(): void {
    if (this.#session || this.#early || this.panel) return;
    this.#early = true;
    this.panel = { kind: 'check-in' };
    this.picked = undefined;
    this.#host.requestUpdate();
    this.#keepFocus(true);
  }

  /** Keeps the session's record: on the device, or for this page only with `no-persist`. */
  #save(): void {
    const record = this.record;
    const json = record ? JSON.stringify(record) : '';
    if (!record || json === this.#saved) return;
    this.#saved = json;
    const stored = this.persists ? historyStorage.save(record) : undefined;
    if (this.persists && !stored) this.trouble = 'unavailable';
    else if (this.trouble === 'unavailable') this.trouble = undefined;
    this.history = stored || withRecord(this.history, record);
  }

  #show(panel: KneePanel | undefined): void {
    this.panel = panel;
    this.picked = undefined;
    this.#host.requestUpdate();
    this.#keepFocus();
  }

  /**
   * Focus in the element goes to a question that takes the timer's place (the workout view);
   * focus on what the next render removes (an answered question) goes to the timer.
   * `entering`: the workout view opens on the question, wherever the focus was.
   */
  #keepFocus(entering = false): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const before = root.activeElement;
    if (!before && !entering) return;
    void this.#host.updateComplete.then(() => {
      const inTimersPlace = this.asking && root.querySelector('set-timer[hidden]');
      const lost = entering || !before?.isConnected || before.closest('[hidden]');
      if (!inTimersPlace && !lost) return;
      if (inTimersPlace && !entering && before?.closest('.knee')?.isConnected) return;
      const ask = this.asking ? '.knee [tabindex="0"], .knee button' : 'set-timer:not([hidden])';
      root.querySelector<HTMLElement>(ask)?.focus();
    });
  }

  /** The version of `exercise` the reader is given. */
  levelOf(exercise: Pick<Exercise, 'id'>): Variant {
    return this.#variants[exercise.id] ?? 'standard';
  }

  /** Gives every exercise not yet done the easier (or the standard) version. */
  useEasier(easier: boolean): void {
    const { flow } = this.#options;
    for (const exercise of this.#options.routine()?.exercises ?? []) {
      if (!flow.progress.isDone(exercise))
        this.#variants[exercise.id] = easier ? 'easier' : 'standard';
    }
    if (!easier && this.panel?.kind === 'said') this.panel = undefined;
    this.#host.requestUpdate();
  }

  /** The check-in's rating, or undefined when skipped. */
  checkIn(rating: number | undefined): void {
    this.#checkIn = rating;
    if (rating !== undefined && this.#hasPrevious) this.#show({ kind: 'morning' });
    else this.#respond(beforeSession(rating), true);
  }

  morning(answer: MorningAnswer | undefined): void {
    this.#morning = answer;
    this.#respond(beforeSession(this.#checkIn, answer), true);
  }

  /** A rating of the exercise just done, or undefined when skipped. */
  rate(exerciseId: string, rating: number | undefined): void {
    if (rating === undefined) return this.#show(undefined);
    this.#pain[exerciseId] = rating;
    this.#respond(afterExercise(rating, this.#checkIn), false);
  }

  #respond(outcome: PainOutcome, before: boolean): void {
    if (outcome !== 'carry-on') this.useEasier(true);
    if (outcome === 'stop') return this.#show({ kind: 'stop', confirming: false });
    const toRate = this.#toRate;
    this.#toRate = undefined;
    // The exercise done meanwhile is rated next; the easier versions show as they are.
    if (before && toRate) return this.#show({ kind: 'rate', exerciseId: toRate });
    const quiet = before && outcome === 'carry-on';
    this.#show(quiet ? undefined : { kind: 'said', outcome, before });
  }

  /** Continue anyway: the first tap asks again, the second carries on (on the easier options). */
  continueAnyway(): void {
    const panel = this.panel;
    if (panel?.kind !== 'stop') return;
    this.#show(panel.confirming ? undefined : { kind: 'stop', confirming: true });
  }

  finishToday(): void {
    this.#show(undefined);
    this.#options.flow.finish();
  }

  /** Delete history: the first call asks, the second deletes everything the widget stored. */
  deleteHistory(confirm: boolean): void {
    if (!confirm) this.deleting = this.deleting === 'asking' ? undefined : 'asking';
    else {
      historyStorage.deleteAll();
      this.history = [];
      this.deleting = 'done';
    }
    this.#host.requestUpdate();
  }

  renderPanel(exercise: Exercise, compact: boolean): unknown {
    return renderKneePanel(this, exercise, this.#options.routine(), compact);
  }

  renderSummary(): unknown {
    return renderKneeSummary(this, this.#options.routine());
  }

  /** Moves the keyboard's focus in a rating group to `rating` (arrow keys). */
  pick(rating: number): void {
    this.picked = rating;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot
        .querySelector<HTMLElement>('.knee [role="radio"][aria-checked="true"]')
        ?.focus(),
    );
  }
}
