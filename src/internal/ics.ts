// An iCalendar file (RFC 5545) of weekly reminders, built in the page: no request, no account.

/** Days of the week as RFC 5545 writes them, Monday first; `Date#getDay()` counts from SU. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Reminder {
  /** Identifies the series: the same routine on the same site gives the same `UID`, so a
   * calendar importing the file again replaces the reminders instead of adding more. */
  uid: string;
  title: string;
  description: string;
  url: string;
  days: readonly Weekday[];
  /** Local time of day, `HH:MM`. */
  time: string;
  minutes: number;
  /** Minutes before the start that the alarm goes off. */
  alarmMinutes: number;
  /** The moment the file is made: `DTSTAMP`, and the first occurrence is on or after it. */
  now: Date;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  return [...parts, part].join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A floating local date-time (§3.3.5 form 1): the reader's wall-clock time wherever they are. */
function localDateTime(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}T${pad(date.getHours())}${pad(date.getMinutes())}00`;
}

function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The first of `days` at `time` that is not before `now`, in local time. */
export function firstOccurrence(now: Date, days: readonly Weekday[], time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  for (let ahead = 0; ; ahead++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, hours, minutes);
    if (days.includes(WEEKDAYS[(day.getDay() + 6) % 7] as Weekday) && day >= now) return day;
  }
}

/** The `.ics` text: one weekly event on `days` with an alarm, lines ending in CRLF. */
export function buildIcs(reminder: Reminder): string {
  const { days, now } = reminder;
  const description = `${reminder.description}\n${reminder.url}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//runner-knee-routine//reminders//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART:${localDateTime(firstOccurrence(now, days, reminder.time))}`,
    `DURATION:PT${reminder.minutes}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS.filter((day) => days.includes(day)).join(',')}`,
    `SUMMARY:${escapeText(reminder.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${reminder.url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.title)}`,
    `TRIGGER:-PT${reminder.alarmMinutes}M`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
