import type { Side } from '../data/types.js';
import type { TimerPhase } from '../timer/timer-plan.js';

/** Detail of `routine-timer-phase`. */
export interface TimerPhaseDetail {
  exerciseId: string;
  /** The step that began. */
  phase: TimerPhase;
  /** The set the step belongs to, from 1; a rest carries the set it follows. */
  set: number;
  totalSets: number;
  /** Present for per-side work, holds and their get-ready. */
  side?: Side;
}

/** Detail of `routine-set-complete`. */
export interface SetCompleteDetail {
  exerciseId: string;
  /** The set finished, from 1. */
  set: number;
  /** Present for per-side work: one set is complete once per side. */
  side?: Side;
}

/** Detail of `routine-exercise-complete`. */
export interface ExerciseCompleteDetail {
  exerciseId: string;
}

/** A timer step began: get ready, work, hold or rest. Fires once per step, in order. */
export class TimerPhaseEvent extends Event {
  static readonly eventName = 'routine-timer-phase';
  constructor(readonly detail: TimerPhaseDetail) {
    super(TimerPhaseEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reader finished a set (on one side, for per-side work): tapped Done or a hold ran out. */
export class SetCompleteEvent extends Event {
  static readonly eventName = 'routine-set-complete';
  constructor(readonly detail: SetCompleteDetail) {
    super(SetCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reader finished every set of an exercise. */
export class ExerciseCompleteEvent extends Event {
  static readonly eventName = 'routine-exercise-complete';
  constructor(readonly detail: ExerciseCompleteDetail) {
    super(ExerciseCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'routine-timer-phase': TimerPhaseEvent;
    'routine-set-complete': SetCompleteEvent;
    'routine-exercise-complete': ExerciseCompleteEvent;
  }
}
