// The calendar file of weekly reminders, read back by an iCalendar parser (ical.js): the rule,
// the alarm, floating local time, the escaping of text, line endings and folding.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  buildIcs,
  escapeText,
  firstOccurrence,
  foldLine,
  type Reminder,
} from '../../src/internal/ics.js';

// A Wednesday, 10:30 local time.
const NOW = new Date(2026, 0, 7, 10, 30);

const reminder: Reminder = {
  uid: 'runners-knee-reminders@example.com',
  title: "Runner's knee; strength, routine\\",
  description: 'Time for your routine.\nBring a band.',
  url: 'https://example.com/article?a=1&b=2#runner-knee-routine',
  days: ['FR', 'MO', 'WE'],
  time: '18:15',
  minutes: 31,
  alarmMinutes: 15,
  now: NOW,
};

function eventOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getFirstSubcomponent('vevent')!;
}

describe('the calendar file of reminders (RFC 5545)', () => {
  it('is one weekly event on the chosen days, Monday first, from the next of them', () => {
    const event = eventOf(buildIcs(reminder));
    const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).to.equal('WEEKLY');
    expect(rule.parts.BYDAY).to.deep.equal(['MO', 'WE', 'FR']);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    // Wednesday 10:30: today at 18:15 is the first.
    expect([start.year, start.month, start.day, start.hour, start.minute]).to.deep.equal([
      2026, 1, 7, 18, 15,
    ]);
    const next = new ICAL.Event(event).iterator();
    const dates = [next.next(), next.next(), next.next(), next.next()].map((t) => t!.day);
    expect(dates, 'Wed, Fri, Mon, Wed').to.deep.equal([7, 9, 12, 14]);
    expect((event.getFirstPropertyValue('duration') as ICAL.Duration).toSeconds()).to.equal(
      31 * 60,
    );
  });

  it('is in floating local time: no TZID and no UTC "Z" on the start', () => {
    const text = buildIcs(reminder);
    expect(text).to.include('DTSTART:20260107T181500\r\n');
    const start = eventOf(text).getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).to.equal(undefined);
    expect((start.getFirstValue() as ICAL.Time).isDate).to.be.false;
    expect((start.getFirstValue() as ICAL.Time).zone).to.equal(ICAL.Timezone.localTimezone);
    expect(text).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });

  it('has a display alarm before each occurrence', () => {
    const alarm = eventOf(buildIcs(reminder)).getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).to.equal(-15 * 60);
    expect(alarm.getFirstPropertyValue('description')).to.equal(reminder.title);
  });

  it('escapes text, so the parser reads back the same title, description and URL', () => {
    const event = eventOf(buildIcs(reminder));
    expect(event.getFirstPropertyValue('summary')).to.equal(reminder.title);
    expect(event.getFirstPropertyValue('description')).to.equal(
      `${reminder.description}\n${reminder.url}`,
    );
    expect(event.getFirstPropertyValue('url')).to.equal(reminder.url);
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
  });

  it('has a stable UID: the same reminders made again replace, not add', () => {
    const later = { ...reminder, now: new Date(2026, 5, 1), days: ['TU'] as const };
    expect(eventOf(buildIcs(reminder)).getFirstPropertyValue('uid')).to.equal(reminder.uid);
    expect(eventOf(buildIcs(later)).getFirstPropertyValue('uid')).to.equal(reminder.uid);
  });

  it('ends every line with CRLF and folds them at 75 octets, never inside a character', () => {
    const long = { ...reminder, description: 'Knee ✓ – '.repeat(30) };
    const text = buildIcs(long);
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.include('\n');
    const lines = text.split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(
      lines.some((line) => line.startsWith(' ')),
      'some lines are folded',
    ).to.be.true;
    expect(eventOf(text).getFirstPropertyValue('description')).to.equal(
      `${long.description}\n${long.url}`,
    );
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });

  it('starts on the next chosen day when today’s time has passed', () => {
    const evening = new Date(2026, 0, 7, 19, 0);
    expect(firstOccurrence(evening, ['WE'], '18:15').getDate()).to.equal(14);
    expect(firstOccurrence(evening, ['TH', 'WE'], '07:00').getDate()).to.equal(8);
  });
});
