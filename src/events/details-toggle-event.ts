/** Detail of `routine-details-toggle`. */
export interface DetailsToggleDetail {
  exerciseId: string;
  expanded: boolean;
}

/** A reader opened or closed an exercise's how-to details. */
export class DetailsToggleEvent extends Event {
  static readonly eventName = 'routine-details-toggle';
  constructor(readonly detail: DetailsToggleDetail) {
    super(DetailsToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'routine-details-toggle': DetailsToggleEvent;
  }
}
