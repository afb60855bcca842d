import { EXERCISE_CARD_PARTS } from '../exercise-card/exercise-card.js';
import { ROUTINE_LIST_PARTS } from '../routine-list/routine-list.js';
import { SET_TIMER_PARTS } from '../set-timer/set-timer.js';

/** A nested element's parts, re-exported for ::part() as `prefix__part`. */
function exportParts(prefix: string, parts: readonly string[]): string {
  return parts.map((part) => `${part}: ${prefix}__${part}`).join(', ');
}

/** `exportparts` of the card, list and timer inside a routine, from their own part lists. */
export const CARD_PARTS = exportParts('card', EXERCISE_CARD_PARTS);
export const LIST_PARTS = exportParts('list', ROUTINE_LIST_PARTS);
export const TIMER_PARTS = exportParts('timer', SET_TIMER_PARTS);
