import { expect } from '@open-wc/testing';
import {
  MAX_SESSIONS,
  highestPain,
  historyCsv,
  lastWeeks,
  parseHistory,
  weekStart,
  withRecord,
  type SessionRecord,
} from '../../src/knee-check/session-history.js';

const DAY = 86_400_000;

function record(id: string, date: number, extra: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    routineId: 'r',
    date: new Date(date).toISOString(),
    sets: {},
    variants: {},
    pain: {},
    ...extra,
  };
}

describe('session history', () => {
  it('keeps one record per session: a newer one replaces it', () => {
    const now = Date.now();
    const first = withRecord([], record('a', now, { pain: { x: 1 } }));
    const again = withRecord(first, record('a', now, { pain: { x: 4 } }));
    expect(again).to.have.length(1);
    expect(again[0]!.pain).to.deep.equal({ x: 4 });
  });

  it('keeps the last 50 sessions, dropping the oldest', () => {
    let history: SessionRecord[] = [];
    for (let i = 0; i < MAX_SESSIONS + 3; i++) history = withRecord(history, record(`s${i}`, i));
    expect(history).to.have.length(MAX_SESSIONS);
    expect(history[0]!.id).to.equal('s3');
    expect(history.at(-1)!.id).to.equal(`s${MAX_SESSIONS + 2}`);
  });

  it('reads stored history, and refuses what is not a list of records', () => {
    const good = [record('a', Date.now(), { checkIn: 3, morning: 'yes', pain: { x: 2 } })];
    expect(parseHistory(JSON.parse(JSON.stringify(good)))).to.deep.equal(good);
    expect(parseHistory({})).to.equal(null);
    expect(parseHistory([{ id: 'a' }])).to.equal(null);
    expect(parseHistory([{ ...good[0], date: 'yesterday' }])).to.equal(null);
  });

  it('drops ratings out of range when reading', () => {
    const [read] = parseHistory([record('a', 0, { pain: { x: 12, y: 3 } })])!;
    expect(read!.pain).to.deep.equal({ y: 3 });
  });

  it('finds the highest pain of a session, check-in included', () => {
    expect(highestPain(record('a', 0, { pain: { x: 2, y: 5 }, checkIn: 3 }))).to.equal(5);
    expect(highestPain(record('a', 0, { checkIn: 0 }))).to.equal(0);
    expect(highestPain(record('a', 0))).to.equal(undefined);
  });

  it('counts sessions per week over the last 8 weeks, starting on Mondays', () => {
    const now = Date.now();
    const weeks = lastWeeks(
      [
        record('old', now - 70 * DAY, { pain: { x: 9 } }),
        record('a', now, { pain: { x: 2 } }),
        record('b', now, {}),
        record('c', now - 7 * DAY, { pain: { x: 6 } }),
      ],
      now,
    );
    expect(weeks).to.have.length(8);
    expect(weeks.every(({ start }) => new Date(start).getDay() === 1)).to.be.true;
    expect(weeks.at(-1)!.start).to.equal(weekStart(now));
    expect(weeks.at(-1)!.sessions).to.deep.equal([2, null]);
    expect(weeks.at(-2)!.sessions).to.deep.equal([6]);
    expect(weeks.flatMap(({ sessions }) => sessions)).to.have.length(3);
  });

  it('writes CSV with one row per exercise, quoting where needed', () => {
    const csv = historyCsv([
      record('a', Date.UTC(2026, 0, 5), {
        sets: { 'step,down': 2 },
        variants: { 'step,down': 'easier' },
        pain: { 'step,down': 4 },
        checkIn: 1,
        morning: 'no',
      }),
    ]);
    expect(csv).to.equal(
      'date,check-in pain,worse this morning,exercise,sets,variant,pain\r\n' +
        '2026-01-05T00:00:00.000Z,1,no,"step,down",2,easier,4\r\n',
    );
  });
});
