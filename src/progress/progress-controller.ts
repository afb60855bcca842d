import type { Exercise, Routine } from '../data/types.js';
import {
  emptyProgress,
  isExerciseDone,
  isRoutineDone,
  routineTotals,
  unitsDone,
  type RoutineProgress,
} from './routine-progress.js';
import { nextUnfinished } from './progress-changes.js';
import { ProgressTracker } from './progress-tracker.js';

/** What the summary of a finished workout says. */
export interface WorkoutSummary {
  exercisesDone: number;
  setsDone: number;
  /** Whole minutes, or undefined when the duration is unknown. */
  minutes?: number;
}

/**
 * The reader's place in a routine, for an element that shows one: which exercise is current
 * and which comes next, what is done and the summary. Recording, saving, restoring, syncing
 * with other tabs and the progress events are the `ProgressTracker`'s.
 */
export class ProgressController extends ProgressTracker {
  /** The routine in use: the getters below are read only once `use()` has been called. */
  get #routine(): Routine {
    return this.routine as Routine;
  }

  get #state(): RoutineProgress {
    return this.progress ?? emptyProgress(this.#routine);
  }

  get finished(): boolean {
    return this.#state.finishedAt !== undefined;
  }

  /** Whether there is anything to finish or reset: a set done or a timer started. */
  get started(): boolean {
    return this.#state.startedAt !== undefined || this.setsDone > 0;
  }

  /** The position of the current exercise in the routine. */
  get currentIndex(): number {
    const { currentId } = this.#state;
    return Math.max(
      0,
      this.#routine.exercises.findIndex(({ id }) => id === currentId),
    );
  }

  get current(): Exercise {
    // A valid routine has at least one exercise, and currentIndex is within it.
    return this.#routine.exercises[this.currentIndex] as Exercise;
  }

  /** The next exercise not done yet, other than the current one. */
  get next(): Exercise | undefined {
    const next = nextUnfinished(this.#state, this.#routine);
    return next === this.current ? undefined : next;
  }

  isDone(exercise: Exercise): boolean {
    return isExerciseDone(this.#state, exercise);
  }

  /** Set-sides done on an exercise, which a timer resumes after. */
  unitsDone(exercise: Exercise): number {
    return unitsDone(this.#state, exercise.id);
  }

  /** Whole sets done over the routine. */
  get setsDone(): number {
    return routineTotals(this.#state, this.#routine).done;
  }

  get allDone(): boolean {
    return isRoutineDone(this.#state, this.#routine);
  }

  get summary(): WorkoutSummary {
    const elapsed = this.#state.elapsedMs;
    return {
      exercisesDone: this.#routine.exercises.filter((exercise) => this.isDone(exercise)).length,
      setsDone: this.setsDone,
      minutes: elapsed === undefined ? undefined : Math.round(elapsed / 60_000),
    };
  }

  /**
   * Changes when the current exercise needs a fresh timer: another exercise, or a reset (here
   * or in another tab). A timer keyed on it keeps running through any other update.
   */
  get timerKey(): string {
    return `${this.current.id}:${this.resets}`;
  }

  /** The exercise before the current one, if any. */
  get previousId(): string | undefined {
    return this.#routine.exercises[this.currentIndex - 1]?.id;
  }

  /** Whole sets done and prescribed over the routine. */
  get totals(): { done: number; total: number } {
    return routineTotals(this.#state, this.#routine);
  }

  /** The set the reader is on in `exercise`, from 1 (the last one once all are done). */
  nextSet(exercise: Exercise): number {
    const sides = exercise.prescription.perSide ? 2 : 1;
    const set = Math.floor(this.unitsDone(exercise) / sides) + 1;
    return Math.min(set, exercise.prescription.sets);
  }
}
