import type { PropertyValues } from 'lit';
import type { LazyChunk } from '../../internal/lazy-chunk.js';
import { ExerciseRoutine } from '../exercise-routine/exercise-routine.js';
import { builtInRoutineChunk } from './built-in-routine-chunk.js';

/**
 * The runner's-knee strength routine, ready to drop into an article: `<exercise-routine>`
 * with the built-in routine, so it needs no configuration. Attach demonstration media per
 * exercise with the `media` property.
 *
 * The inherited `src` attribute and inline JSON are not used: `routine` is the built-in routine
 * (use `<exercise-routine>` for other routines). Its text is code of its own, asked for with the
 * element's first update, which waits for it: until then `routine` is `undefined` and nothing
 * is drawn (a failed load shows a message with Retry).
 *
 * CSS parts and custom properties are those of `<exercise-routine>`.
 *
 * @summary The built-in five-exercise runner's-knee routine, zero configuration.
 * @tag runner-knee-routine
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
 */
export class RunnerKneeRoutine extends ExerciseRoutine {
  constructor() {
    super();
    this.routine = builtInRoutineChunk.module?.runnersKneeRoutine;
  }

  static override preload(): Promise<void> {
    return Promise.all([super.preload(), builtInRoutineChunk.load()]).then(() => undefined);
  }

  protected override get hasOwnSource(): boolean {
    return true;
  }

  protected override chunksToRender(): readonly LazyChunk<unknown>[] {
    const chunks = super.chunksToRender();
    return this.routine === undefined ? [...chunks, builtInRoutineChunk] : chunks;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.routine ??= builtInRoutineChunk.module?.runnersKneeRoutine;
    super.willUpdate(changed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runner-knee-routine': RunnerKneeRoutine;
  }
}
