// The embed page's query parameters, checked: a value the widget could not use is dropped
// with a console warning that names the parameter, so a typo in an iframe's URL is found.

import { LAYOUTS, THEMES, type RoutineLayout, type Theme } from '../data/display-options.js';

/** What the embed page was asked for; a parameter absent or invalid is left out. */
export interface EmbedParams {
  theme?: Theme;
  layout?: RoutineLayout;
  /** A CSS colour for `--routine-accent`. */
  accent?: string;
  /** A routine JSON URL: the page then shows `<exercise-routine src>`. */
  src?: string;
}

const PREFIX = 'runner-knee-routine embed:';

function url(query: URLSearchParams): string | undefined {
  const value = query.get('src');
  if (value === null) return undefined;
  if (value.trim()) return value;
  console.warn(`${PREFIX} src is empty; ignored.`);
  return undefined;
}

function oneOf<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const expected = allowed.map((a) => `"${a}"`).join(', ');
  console.warn(`${PREFIX} ${name} must be one of ${expected}, got "${value}"; ignored.`);
  return undefined;
}

function colour(query: URLSearchParams): string | undefined {
  const value = query.get('accent');
  if (value === null) return undefined;
  if (CSS.supports('color', value)) return value;
  console.warn(`${PREFIX} accent must be a CSS colour, got "${value}"; ignored.`);
  return undefined;
}

/** Reads `theme`, `layout`, `accent` (checked by the browser's CSS parser) and `src`. */
export function readEmbedParams(query: URLSearchParams): EmbedParams {
  const params: EmbedParams = {
    theme: oneOf(query, 'theme', THEMES),
    layout: oneOf(query, 'layout', LAYOUTS),
    accent: colour(query),
    src: url(query),
  };
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined),
  ) as EmbedParams;
}
