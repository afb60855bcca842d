/** Detail of `routine-select`. */
export interface RoutineSelectDetail {
  exerciseId: string;
}

/** The reader picked an exercise in `<routine-list>`. */
export class RoutineSelectEvent extends Event {
  static readonly eventName = 'routine-select';
  constructor(readonly detail: RoutineSelectDetail) {
    super(RoutineSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Detail of `routine-start`. */
export interface RoutineStartDetail {
  routineId: string;
}

/** The reader started the routine: the first set, or the first timer started, since a reset. */
export class RoutineStartEvent extends Event {
  static readonly eventName = 'routine-start';
  constructor(readonly detail: RoutineStartDetail) {
    super(RoutineStartEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Detail of `routine-complete`. */
export interface RoutineCompleteDetail {
  routineId: string;
  /** Sets done over the whole routine. */
  setsDone: number;
  /**
   * Time from the first completed set to the end, in milliseconds; `null` when it cannot be
   * known (the device's clock was changed across a reload, or more than 12 hours passed).
   */
  elapsedMs: number | null;
}

/** The reader finished the routine. */
export class RoutineCompleteEvent extends Event {
  static readonly eventName = 'routine-complete';
  constructor(readonly detail: RoutineCompleteDetail) {
    super(RoutineCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Detail of `routine-reset`. */
export interface RoutineResetDetail {
  routineId: string;
}

/** The reader cleared their progress. */
export class RoutineResetEvent extends Event {
  static readonly eventName = 'routine-reset';
  constructor(readonly detail: RoutineResetDetail) {
    super(RoutineResetEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'routine-select': RoutineSelectEvent;
    'routine-start': RoutineStartEvent;
    'routine-complete': RoutineCompleteEvent;
    'routine-reset': RoutineResetEvent;
  }
}
