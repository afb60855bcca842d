import type { Prescription, Side } from './types.js';

/** Both sides, in the order per-side work is done unless a prescription says otherwise. */
export const SIDES: readonly Side[] = ['left', 'right'];

/** The order a per-side prescription works the sides in. */
export function sideOrderOf(prescription: Prescription): readonly Side[] {
  const order = prescription.sideOrder;
  return order && order.length > 0 ? order : SIDES;
}
