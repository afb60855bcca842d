import { systemColor } from './forced-colors.js';

/** The surface token's colour on `el`, as computed (`#fff` and `#ffffff`, minified or not, alike). */
export function surfaceColour(el: Element): string {
  return systemColor(getComputedStyle(el).getPropertyValue('--_routine-surface'));
}
