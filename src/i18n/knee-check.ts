import { enKneeCheck } from './en-knee-check.js';
import type { KneeCheckStrings } from './strings.js';

/** The knee check's string tables by primary language subtag, loaded with its code. */
const byLanguage: Readonly<Record<string, KneeCheckStrings>> = { en: enKneeCheck };

/** The knee check's strings for a BCP 47 tag, falling back to English. */
export function kneeCheckStringsFor(lang: string): KneeCheckStrings {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(byLanguage, primary)
    ? (byLanguage[primary] as KneeCheckStrings)
    : enKneeCheck;
}
