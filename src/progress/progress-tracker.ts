import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Exercise, Routine, Side } from '../data/types.js';
import { sideOrderOf } from '../data/side-order.js';
import {
  emptyProgress,
  isRoutineDone,
  routineTotals,
  totalUnits,
  type RoutineProgress,
} from './routine-progress.js';
import {
  MAX_ELAPSED_MS,
  addSets,
  mergeProgress,
  recordThrough,
  unitsThrough,
} from './progress-changes.js';
import { progressStorage, type StorageTrouble } from './progress-storage.js';
import {
  RoutineCompleteEvent,
  RoutineResetEvent,
  RoutineStartEvent,
} from '../events/routine-events.js';

/** What the tracker needs of its element: events, re-rendering, and a name for messages. */
type Host = Pick<ReactiveControllerHost, 'requestUpdate' | 'addController'> &
  Pick<HTMLElement, 'dispatchEvent' | 'localName'>;

/** Where the tracker reads the time: wall-clock for saved stamps, monotonic for durations. */
export interface TrackerClock {
  wall(): number;
  monotonic(): number;
}

const systemClock: TrackerClock = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
};

/**
 * A reader's progress through one routine, for the element that shows it: restored from
 * saved progress when the routine arrives, saved after every change (unless `persist()` says
 * not to), kept in step with other tabs and instances that save the same routine, and turned
 * into `routine-start`, `routine-complete` and `routine-reset` events, each fired once per
 * occurrence on the host.
 */
export class ProgressTracker implements ReactiveController {
  /** The progress; undefined until a routine is in use. */
  progress?: RoutineProgress;
  /** Why saved progress is not in use, if it isn't. */
  trouble: StorageTrouble;
  /** Counts resets (here or in another tab), so the host can give the timer a fresh start. */
  resets = 0;
  #routine?: Routine;

  /** The routine in use, if any. */
  protected get routine(): Routine | undefined {
    return this.#routine;
  }
  #unsubscribe?: () => void;
  /** When this page started the workout, on both clocks: durations survive clock changes. */
  #start?: { wall: number; monotonic: number };

  constructor(
    private readonly host: Host,
    private readonly persist: () => boolean,
    private readonly clock: TrackerClock = systemClock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listen();
    this.#adoptStored(); // what other tabs saved while this element was away
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #connected = false;

  /**
   * Switches to `routine`, restoring its saved progress. The same routine (id and version)
   * keeps the progress in hand, even as a new object from a framework's re-render.
   */
  use(routine: Routine): void {
    const current = this.#routine;
    this.#routine = routine;
    if (current && current.id === routine.id && current.version === routine.version) return;
    this.#start = undefined;
    const loaded = this.persist() ? progressStorage.load(routine) : { trouble: undefined };
    this.progress = loaded.progress ?? emptyProgress(routine);
    this.#noteTrouble(routine, loaded.trouble);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#listen();
  }

  /**
   * Saving was switched on or off (e.g. `no-persist` removed after a consent banner). When it
   * comes on, what was saved before is merged in rather than overwritten.
   */
  persistenceChanged(): void {
    if (!this.persist()) {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      return;
    }
    const routine = this.#routine;
    const mine = this.progress;
    if (!routine || !mine) return;
    const loaded = progressStorage.load(routine);
    this.trouble = loaded.trouble;
    // What was saved stays (position, finish, reset); the sets done meanwhile are added.
    const stored = loaded.progress;
    if (stored) this.progress = addSets(stored, mine);
    this.#set((progress) => progress);
    this.#listen();
  }

  /**
   * A timer step began on `exerciseId`: the routine has started, if it had not, and the
   * exercise is marked as timing, for a welcome back after a reload.
   */
  start(exerciseId?: string): void {
    const since = this.clock.wall();
    this.#set((progress) => {
      const started = this.#started(progress);
      return exerciseId ? { ...started, timing: { exerciseId, since } } : started;
    });
  }

  /** No timer is running any more (an exercise was done, or the reader was welcomed back). */
  stopTiming(): void {
    if (this.progress?.timing) this.#set(withoutTiming);
  }

  /**
   * Brings back what a reset cleared (the reader's Undo): the sets done, the position, the
   * start and finish. The reset stays stamped, so other tabs take the restored sets as new.
   */
  restore(before: RoutineProgress): void {
    this.resets++;
    const { currentId, startedAt, finishedAt, elapsedMs } = before;
    this.#set(
      (progress) => ({ ...addSets(progress, before), currentId, startedAt, finishedAt, elapsedMs }),
      { selected: true },
    );
  }

  /**
   * `set` of an exercise is done (on `side`, for per-side work). Counted by position, so a
   * set done again after the timer restarts adds nothing. A set outside the exercise's
   * prescription is ignored.
   */
  recordSet(exerciseId: string, set: number, side?: Side): void {
    this.#record(exerciseId, (exercise) => {
      const { sets } = exercise.prescription;
      if (!Number.isInteger(set) || set < 1 || set > sets) return undefined;
      const sides: readonly unknown[] = exercise.prescription.perSide
        ? sideOrderOf(exercise.prescription)
        : [undefined];
      return sides.includes(side) ? unitsThrough(exercise, set, side) : undefined;
    });
  }

  /** Every set of an exercise is done: the routine finishes when that was the last one. */
  recordExercise(exerciseId: string): void {
    this.#record(exerciseId, totalUnits);
    this.stopTiming();
    const routine = this.#routine;
    if (routine && this.progress && isRoutineDone(this.progress, routine)) this.finish();
  }

  /** Moves to another exercise of the routine. */
  goTo(exerciseId: string | undefined): void {
    const known = this.#routine?.exercises.some((exercise) => exercise.id === exerciseId);
    if (exerciseId && known) {
      this.#set((progress) => ({ ...progress, currentId: exerciseId }), { selected: true });
    }
  }

  /** Finishes the routine, done or not; once per finish (a continued workout can finish again). */
  finish(): void {
    const routine = this.#routine;
    const progress = this.progress;
    if (!routine || !progress || progress.finishedAt !== undefined) return;
    const finishedAt = this.clock.wall();
    const elapsedMs = this.#elapsed(progress, finishedAt);
    this.#set((latest) => ({ ...withoutTiming(latest), finishedAt, elapsedMs }));
    this.host.dispatchEvent(
      new RoutineCompleteEvent({
        routineId: routine.id,
        setsDone: routineTotals(progress, routine).done,
        elapsedMs: elapsedMs ?? null,
      }),
    );
  }

  /** Takes back a finish (a tap on Finish by mistake): the routine goes on where it was. */
  unfinish(): void {
    if (this.progress?.finishedAt === undefined) return;
    this.#set((progress) => ({ ...progress, finishedAt: undefined, elapsedMs: undefined }));
  }

  /**
   * Clears progress, in memory and (when saving) in storage, where the reset is stamped so
   * that other tabs follow it rather than bring the old sets back.
   */
  reset(): void {
    const routine = this.#routine;
    if (!routine) return;
    const stored = this.persist() ? progressStorage.load(routine).progress : undefined;
    const resetAt = Math.max(
      this.clock.wall(),
      (stored?.resetAt ?? 0) + 1,
      (this.progress?.resetAt ?? 0) + 1,
    );
    this.#start = undefined;
    this.resets++;
    if (this.trouble === 'corrupt') this.trouble = undefined;
    this.#set(() => ({ ...emptyProgress(routine), resetAt }), { selected: true });
    this.host.dispatchEvent(new RoutineResetEvent({ routineId: routine.id }));
  }

  /** Time from the first set to `finishedAt`, or undefined when it cannot be trusted. */
  #elapsed(progress: RoutineProgress, finishedAt: number): number | undefined {
    const start = this.#start;
    const ms =
      start && start.wall === progress.startedAt
        ? this.clock.monotonic() - start.monotonic
        : finishedAt - (progress.startedAt ?? Number.NaN);
    return ms >= 0 && ms <= MAX_ELAPSED_MS ? Math.round(ms) : undefined;
  }

  #record(exerciseId: string, units: (exercise: Exercise) => number | undefined): void {
    const routine = this.#routine;
    const exercise = routine?.exercises.find((candidate) => candidate.id === exerciseId);
    const through = exercise && units(exercise);
    if (!routine || !exercise || through === undefined) return;
    const now = this.clock.wall();
    this.#set((progress) => recordThrough(this.#started(progress), exercise, through, now));
  }

  /** Fires `routine-start` the first time the reader starts after a reset (or ever). */
  #started(progress: RoutineProgress): RoutineProgress {
    if (progress.startedAt !== undefined || !this.#routine) return progress;
    this.host.dispatchEvent(new RoutineStartEvent({ routineId: this.#routine.id }));
    this.#start = { wall: this.clock.wall(), monotonic: this.clock.monotonic() };
    return { ...progress, startedAt: this.#start.wall };
  }

  /**
   * Applies `change` to the latest state: what other tabs and instances stored is merged in
   * first (their sets, a reset they made), so nothing they did is lost and a change made
   * here is never undone by one from before it. This page keeps its own current exercise;
   * storage gets the exercise chosen last anywhere.
   */
  #set(change: (progress: RoutineProgress) => RoutineProgress, { selected = false } = {}): void {
    const routine = this.#routine;
    const mine = this.progress;
    if (!routine || !mine) return;
    const saving = this.persist();
    const stored = saving ? progressStorage.load(routine).progress : undefined;
    const latest = stored ? this.#merged(stored, mine) : mine;
    const own = { ...latest, currentId: mine.currentId, selectedAt: mine.selectedAt };
    // Later than anything seen, even if the system clock went back.
    const stamp = Math.max(
      this.clock.wall(),
      (stored?.updatedAt ?? 0) + 1,
      (stored?.selectedAt ?? 0) + 1,
      (mine.updatedAt ?? 0) + 1,
    );
    let next: RoutineProgress = { ...change(own), updatedAt: stamp };
    if (selected) next = { ...next, selectedAt: stamp };
    this.progress = next;
    this.host.requestUpdate();
    if (!saving) return;
    const saved = stored ? mergeProgress(stored, next) : next;
    if (!progressStorage.save(routine, saved, this)) this.trouble = 'unavailable';
    else if (this.trouble === 'unavailable') this.trouble = undefined;
  }

  /** Merges, and gives the timer a fresh start when the merge brought a newer reset. */
  #merged(stored: RoutineProgress, mine: RoutineProgress): RoutineProgress {
    const merged = mergeProgress(stored, mine);
    if ((merged.resetAt ?? 0) !== (mine.resetAt ?? 0)) {
      this.resets++;
      this.#start = undefined;
    }
    return merged;
  }

  /**
   * Saving has just become possible for a routine already shown without it (a server-rendered
   * element taken over): what was saved comes in as from another tab, sets, finish and reset,
   * while the page stays on the exercise it shows. Nothing is written.
   */
  adoptSaved(): void {
    const routine = this.#routine;
    if (!routine || !this.persist()) return;
    this.#noteTrouble(routine, progressStorage.load(routine).trouble);
    this.#listen();
    this.#adoptStored();
  }

  #noteTrouble(routine: Routine, trouble: StorageTrouble): void {
    this.trouble = trouble;
    if (trouble !== 'corrupt') return;
    console.warn(
      `<${this.host.localName}>: saved progress for "${routine.id}" was unreadable and has been ignored.`,
    );
  }

  /** Follows saves of the same routine by other tabs and instances while connected. */
  #listen(): void {
    const routine = this.#routine;
    if (this.#unsubscribe || !this.#connected || !routine || !this.persist()) return;
    this.#unsubscribe = progressStorage.subscribe(routine, this, () => this.#adoptStored());
  }

  /** Another tab or instance saved: show its sets and position without writing anything. */
  #adoptStored(): void {
    const routine = this.#routine;
    if (!routine || !this.progress || !this.persist()) return;
    const stored = progressStorage.load(routine).progress;
    if (!stored) return;
    // Sets, finish and reset follow the other tab; this page stays on its own exercise, so a
    // choice made elsewhere never replaces the timer the reader is using here.
    const merged = this.#merged(stored, this.progress);
    this.progress = {
      ...merged,
      currentId: this.progress.currentId,
      selectedAt: this.progress.selectedAt,
    };
    this.host.requestUpdate();
  }
}

function withoutTiming(progress: RoutineProgress): RoutineProgress {
  return { ...progress, timing: undefined };
}
