// The knee check's rules, as data. They follow the pain-monitoring guidance physiotherapists
// use for kneecap pain (patellofemoral pain patient-education material; the same approach as
// tendon rehab): rate pain 0 (none) to 10 (worst imaginable); during exercise keep it at 2 or
// below and never above 5; pain should not be worse the next morning, and if it is, ease off
// next time; worsening or persistent pain is the cue to see a physiotherapist or doctor. The
// source article's own rule (stop an exercise that hurts) stands above the numbers: where two
// rules apply, the more cautious outcome wins.

/** What the widget does after a rating, from least to most cautious. */
export type PainOutcome = 'carry-on' | 'ease-off' | 'stop';

/** The answer to "Is your knee worse this morning than before your last session?". */
export type MorningAnswer = 'yes' | 'no' | 'not-sure';

/** Pain ratings run from 0 (no pain) to 10 (worst imaginable). */
export const MAX_PAIN = 10;

const CAUTION: readonly PainOutcome[] = ['carry-on', 'ease-off', 'stop'];

/** Bands of a rating, each from its lowest rating up to the next band's. */
const PAIN_BANDS: readonly { from: number; outcome: PainOutcome }[] = [
  { from: 0, outcome: 'carry-on' }, // 0–2: the ideal during exercise
  { from: 3, outcome: 'ease-off' }, // 3–5: acceptable, but the easier options from here on
  { from: 6, outcome: 'stop' }, // above 5: never
];

/** A rise over the check-in of this many points or more stops the session. */
const RISE_THAT_STOPS = 3;

/** What a morning answer asks for: unsure counts as worse, to be on the safe side. */
const MORNING: Readonly<Record<MorningAnswer, PainOutcome>> = {
  yes: 'ease-off',
  'not-sure': 'ease-off',
  no: 'carry-on',
};

/** The more cautious of two outcomes. */
export function mostCautious(a: PainOutcome, b: PainOutcome): PainOutcome {
  return CAUTION.indexOf(a) >= CAUTION.indexOf(b) ? a : b;
}

/** Whether `value` is a whole rating from 0 to 10. */
export function isPainRating(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PAIN;
}

/** The band a rating falls in. */
export function bandOf(rating: number): PainOutcome {
  const band = PAIN_BANDS.filter(({ from }) => rating >= from).at(-1) ?? PAIN_BANDS[0];
  return band?.outcome ?? 'carry-on';
}

/** After an exercise: its rating's band, or a stop when it rose 3 or more over the check-in. */
export function afterExercise(rating: number, checkIn?: number): PainOutcome {
  const rose = checkIn !== undefined && rating - checkIn >= RISE_THAT_STOPS;
  return mostCautious(bandOf(rating), rose ? 'stop' : 'carry-on');
}

/**
 * Before the first set: the check-in rating's band (pain already above 5 is a reason not to
 * start) combined with the morning answer; either may be skipped.
 */
export function beforeSession(rating?: number, morning?: MorningAnswer): PainOutcome {
  const now = rating === undefined ? 'carry-on' : bandOf(rating);
  return mostCautious(now, morning === undefined ? 'carry-on' : MORNING[morning]);
}
