// The values of the elements' `theme` and `layout` attributes, in one place: the elements,
// the server renderer and the embed page check what they are given against these lists.

/** The colour schemes: `auto` follows the page and the reader. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The list's layouts: `auto` is chips on a phone and rows where there is room. */
export const LAYOUTS = ['auto', 'compact', 'full'] as const;
export type RoutineLayout = (typeof LAYOUTS)[number];
