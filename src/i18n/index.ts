import { en } from './en.js';
import type { Strings } from './strings.js';

export type { PhaseLabel, Strings, TimerStrings } from './strings.js';

/** The string tables by primary language subtag. A new language is one file and one line here. */
const byLanguage: Readonly<Record<string, Strings>> = { en };

/** Strings for a BCP 47 tag, falling back by primary language, then to English. */
export function stringsFor(lang: string | null | undefined): Strings {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(byLanguage, primary) ? (byLanguage[primary] as Strings) : en;
}
