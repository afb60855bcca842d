import { isPainRating, type MorningAnswer } from './pain-rules.js';

/** Which version of an exercise the reader was given: the knee check may switch to easier. */
export type Variant = 'standard' | 'easier';

/** One session of a routine as kept on the device: one record per session, updated as it goes. */
export interface SessionRecord {
  /** The routine's id and the session's start (ms since the epoch): `runners-knee:1767225600000`. */
  readonly id: string;
  readonly routineId: string;
  /** When the session started, as an ISO 8601 date and time. */
  readonly date: string;
  /** Whole sets done, per exercise id. */
  readonly sets: Readonly<Record<string, number>>;
  /** The version given per exercise id, where the knee check switched one. */
  readonly variants: Readonly<Record<string, Variant>>;
  /** Knee pain before the first set, 0 to 10, unless skipped. */
  readonly checkIn?: number;
  /** The answer to "worse this morning than before your last session?", unless skipped. */
  readonly morning?: MorningAnswer;
  /** Pain during each exercise, 0 to 10, per exercise id (skipped ratings are absent). */
  readonly pain: Readonly<Record<string, number>>;
}

/** How many sessions are kept: the oldest go first. */
export const MAX_SESSIONS = 50;

const MORNING_ANSWERS: readonly unknown[] = ['yes', 'no', 'not-sure'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A map of exercise id to value, keeping only the values `keep` accepts. */
function mapOf<T>(value: unknown, keep: (item: unknown) => item is T): Record<string, T> | null {
  if (!isRecord(value)) return null;
  const copy = Object.create(null) as Record<string, T>;
  for (const [id, item] of Object.entries(value)) if (keep(item)) copy[id] = item;
  return copy;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isVariant = (v: unknown): v is Variant => v === 'standard' || v === 'easier';

/** One stored record, or null when it is not one. */
function parseRecord(value: unknown): SessionRecord | null {
  if (!isRecord(value)) return null;
  const { id, routineId, date, checkIn, morning } = value;
  const sets = mapOf(value.sets, isCount);
  const variants = mapOf(value.variants, isVariant);
  const pain = mapOf(value.pain, isPainRating);
  const valid =
    typeof id === 'string' &&
    typeof routineId === 'string' &&
    typeof date === 'string' &&
    !Number.isNaN(Date.parse(date));
  if (!valid || !sets || !variants || !pain) return null;
  return {
    id,
    routineId,
    date,
    sets,
    variants,
    pain,
    ...(isPainRating(checkIn) ? { checkIn } : {}),
    ...(MORNING_ANSWERS.includes(morning) ? { morning: morning as MorningAnswer } : {}),
  };
}

/** Stored history, or null when it is not a list of records (corrupt). */
export function parseHistory(value: unknown): SessionRecord[] | null {
  if (!Array.isArray(value)) return null;
  const records = value.map(parseRecord);
  return records.every((record) => record !== null) ? (records as SessionRecord[]) : null;
}

/** `history` with `record` in place of the one of the same session (or last), capped at 50. */
export function withRecord(history: readonly SessionRecord[], record: SessionRecord) {
  const others = history.filter(({ id }) => id !== record.id);
  return [...others, record].slice(-MAX_SESSIONS);
}

/** The highest pain rating of a session, check-in included; undefined when none was given. */
export function highestPain(record: SessionRecord): number | undefined {
  const ratings = [...Object.values(record.pain), record.checkIn ?? -1].filter((r) => r >= 0);
  return ratings.length ? Math.max(...ratings) : undefined;
}

const DAY_MS = 86_400_000;

/** Midnight (local time) of the Monday that starts the week of `time`. */
export function weekStart(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** One week of the chart: when it starts and each session's highest pain in it. */
export interface HistoryWeek {
  start: number;
  /** One item per session; null where no rating was given. */
  sessions: (number | null)[];
}

/** The last `count` weeks up to the week of `now`, oldest first. */
export function lastWeeks(history: readonly SessionRecord[], now: number, count = 8) {
  const thisWeek = weekStart(now);
  const weeks: HistoryWeek[] = Array.from({ length: count }, (_, i) => ({
    // Through a Date, so a change of summer time keeps weeks on Mondays.
    start: weekStart(thisWeek - (count - 1 - i) * 7 * DAY_MS + DAY_MS / 2),
    sessions: [],
  }));
  for (const record of history) {
    const start = weekStart(Date.parse(record.date));
    weeks.find((week) => week.start === start)?.sessions.push(highestPain(record) ?? null);
  }
  return weeks;
}

/** The history as JSON, as downloaded. */
export function historyJson(history: readonly SessionRecord[]): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

/** The history as CSV, one row per session and exercise, as downloaded. */
export function historyCsv(history: readonly SessionRecord[]): string {
  const rows = [
    ['date', 'check-in pain', 'worse this morning', 'exercise', 'sets', 'variant', 'pain'],
  ];
  for (const r of history) {
    const ids = [...new Set([...Object.keys(r.sets), ...Object.keys(r.pain)])];
    const head = [r.date, r.checkIn ?? '', r.morning ?? ''];
    if (ids.length === 0) rows.push([...head, '', '', '', ''].map(String));
    for (const id of ids) {
      const row = [...head, id, r.sets[id] ?? 0, r.variants[id] ?? 'standard', r.pain[id] ?? ''];
      rows.push(row.map(String));
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A CSV cell, quoted when it holds a comma, quote or line break. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
