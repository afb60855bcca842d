import type { ReactiveControllerHost } from 'lit';
import type { Exercise, Routine, Side } from '../data/types.js';
import {
  emptyProgress,
  isRoutineDone,
  mergeProgress,
  recordThrough,
  routineTotals,
  totalUnits,
  unitsThrough,
  type RoutineProgress,
} from './routine-progress.js';
import { progressStorage, type StorageTrouble } from './progress-storage.js';
import {
  RoutineCompleteEvent,
  RoutineResetEvent,
  RoutineStartEvent,
} from '../events/routine-events.js';

/** What the tracker needs of its element: events, re-rendering, and a name for messages. */
type Host = Pick<ReactiveControllerHost, 'requestUpdate'> &
  Pick<HTMLElement, 'dispatchEvent' | 'localName'>;

/**
 * A reader's progress through one routine, for the element that shows it: restored from
 * saved progress when the routine arrives, saved after every change (unless `persist()` says
 * not to), and turned into `routine-start`, `routine-complete` and `routine-reset` events,
 * each fired once per occurrence on the host.
 */
export class ProgressTracker {
  /** The progress; undefined until a routine is in use. */
  progress?: RoutineProgress;
  /** Why saved progress is not in use, if it isn't. */
  trouble: StorageTrouble;
  /** Counts resets, so the host can give the current exercise a fresh timer. */
  resets = 0;
  #routine?: Routine;

  constructor(
    private readonly host: Host,
    private readonly persist: () => boolean,
  ) {}

  /**
   * Switches to `routine`, restoring its saved progress. The same routine (id and version)
   * keeps the progress in hand, even as a new object from a framework's re-render.
   */
  use(routine: Routine): void {
    const current = this.#routine;
    this.#routine = routine;
    if (current && current.id === routine.id && current.version === routine.version) return;
    const loaded = this.persist() ? progressStorage.load(routine) : { trouble: undefined };
    this.progress = loaded.progress ?? emptyProgress(routine);
    this.trouble = loaded.trouble;
    if (loaded.trouble === 'corrupt') {
      console.warn(
        `<${this.host.localName}>: saved progress for "${routine.id}" was unreadable and has been ignored.`,
      );
    }
  }

  /**
   * Saving was switched on or off (e.g. `no-persist` removed after a consent banner). When it
   * comes on, what was saved before is merged in rather than overwritten.
   */
  persistenceChanged(): void {
    const routine = this.#routine;
    if (!routine || !this.progress || !this.persist()) return;
    const loaded = progressStorage.load(routine);
    this.trouble = loaded.trouble;
    this.#set(loaded.progress ? mergeProgress(loaded.progress, this.progress) : this.progress);
  }

  /** The reader started a timer: the routine has started, if it had not. */
  start(): void {
    if (this.progress) this.#set(this.#started(this.progress));
  }

  /**
   * `set` of an exercise is done (on `side`, for per-side work). Counted by position, so a
   * set done again after the timer restarts adds nothing.
   */
  recordSet(exerciseId: string, set: number, side?: Side): void {
    this.#record(exerciseId, (exercise) => unitsThrough(exercise, set, side));
  }

  /** Every set of an exercise is done: the routine finishes when that was the last one. */
  recordExercise(exerciseId: string): void {
    this.#record(exerciseId, totalUnits);
    const routine = this.#routine;
    if (routine && this.progress && isRoutineDone(this.progress, routine)) this.finish();
  }

  /** Moves to another exercise of the routine. */
  goTo(exerciseId: string | undefined): void {
    const known = this.#routine?.exercises.some((exercise) => exercise.id === exerciseId);
    if (this.progress && exerciseId && known)
      this.#set({ ...this.progress, currentId: exerciseId });
  }

  /** Finishes the routine, done or not; once per finish (a continued workout can finish again). */
  finish(): void {
    const routine = this.#routine;
    const progress = this.progress;
    if (!routine || !progress || progress.finishedAt !== undefined) return;
    const finishedAt = Date.now();
    this.#set({ ...progress, finishedAt });
    this.host.dispatchEvent(
      new RoutineCompleteEvent({
        routineId: routine.id,
        setsDone: routineTotals(progress, routine).done,
        elapsedMs: finishedAt - (progress.startedAt ?? finishedAt),
      }),
    );
  }

  /** Takes back a finish (a tap on Finish by mistake): the routine goes on where it was. */
  unfinish(): void {
    if (this.progress?.finishedAt === undefined) return;
    this.#set({ ...this.progress, finishedAt: undefined });
  }

  /** Clears progress, in memory and (when saving) in storage. */
  reset(): void {
    const routine = this.#routine;
    if (!routine) return;
    // An instance that does not save must not clear what a saving instance kept.
    if (this.persist()) progressStorage.clear(routine);
    this.progress = emptyProgress(routine);
    this.resets++;
    if (this.trouble === 'corrupt') this.trouble = undefined;
    this.host.dispatchEvent(new RoutineResetEvent({ routineId: routine.id }));
    this.host.requestUpdate();
  }

  #record(exerciseId: string, units: (exercise: Exercise) => number): void {
    const routine = this.#routine;
    const exercise = routine?.exercises.find((candidate) => candidate.id === exerciseId);
    if (!routine || !exercise || !this.progress) return;
    const started = this.#started(this.progress);
    this.#set(recordThrough(started, exercise, units(exercise), Date.now()));
  }

  /** Fires `routine-start` the first time the reader starts after a reset (or ever). */
  #started(progress: RoutineProgress): RoutineProgress {
    if (progress.startedAt !== undefined || !this.#routine) return progress;
    this.host.dispatchEvent(new RoutineStartEvent({ routineId: this.#routine.id }));
    return { ...progress, startedAt: Date.now() };
  }

  #set(progress: RoutineProgress): void {
    this.progress = progress;
    this.host.requestUpdate();
    if (!this.persist() || !this.#routine) return;
    if (!progressStorage.save(this.#routine, progress)) this.trouble = 'unavailable';
  }
}
