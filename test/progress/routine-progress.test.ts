import { expect } from '@open-wc/testing';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import {
  emptyProgress,
  isExerciseDone,
  isRoutineDone,
  routineTotals,
  setsDone,
  totalUnits,
  unitsDone,
} from '../../src/progress/routine-progress.js';
import {
  mergeProgress,
  nextUnfinished,
  parseProgress,
  recordThrough,
} from '../../src/progress/progress-changes.js';

const [tke, squat] = routine.exercises;

describe('routine progress', () => {
  it('counts a per-side set once both sides are done', () => {
    let progress = recordThrough(emptyProgress(routine), tke!, 1, 1000);
    expect(setsDone(progress, tke!)).to.equal(0);
    progress = recordThrough(progress, tke!, 2, 2000);
    expect(setsDone(progress, tke!)).to.equal(1);
    expect(progress.startedAt).to.equal(1000);
  });

  it('caps work at the prescription and marks the exercise done', () => {
    const progress = recordThrough(emptyProgress(routine), squat!, 99, 0);
    expect(progress.done[squat!.id]).to.equal(totalUnits(squat!));
    expect(isExerciseDone(progress, squat!)).to.be.true;
    expect(isRoutineDone(progress, routine)).to.be.false;
  });

  it('totals sets over the routine', () => {
    const progress = recordThrough(emptyProgress(routine), squat!, 2, 0);
    const total = routine.exercises.reduce((sum, e) => sum + e.prescription.sets, 0);
    expect(routineTotals(progress, routine)).to.deep.equal({ done: 2, total });
  });

  it('finds the next unfinished exercise, wrapping round', () => {
    let progress = { ...emptyProgress(routine), currentId: routine.exercises[4]!.id };
    expect(nextUnfinished(progress, routine)?.id).to.equal(tke!.id);
    progress = recordThrough(progress, tke!, 99, 0);
    expect(nextUnfinished(progress, routine)?.id).to.equal(squat!.id);
    const all = routine.exercises.reduce((p, e) => recordThrough(p, e, 99, 0), progress);
    expect(isRoutineDone(all, routine)).to.be.true;
    expect(nextUnfinished(all, routine)).to.be.undefined;
  });

  describe('parseProgress', () => {
    const now = Date.UTC(2026, 10, 29, 12);
    const good = { done: { [tke!.id]: 3 }, currentId: squat!.id, startedAt: now - 60_000 };

    it('accepts well-formed progress', () => {
      expect(parseProgress(good, routine, now)).to.deep.equal(good);
    });

    const corrupt: [string, unknown][] = [
      ['null', null],
      ['a string', 'done'],
      ['done as a list', { ...good, done: [1] }],
      ['an unknown exercise id', { ...good, done: { 'wall-sit': 1 } }],
      ['a negative count', { ...good, done: { [tke!.id]: -1 } }],
      ['a fractional count', { ...good, done: { [tke!.id]: 1.5 } }],
      ['an unknown current exercise', { ...good, currentId: 'nope' }],
    ];
    for (const [name, value] of corrupt) {
      it(`rejects ${name}`, () => {
        expect(parseProgress(value, routine)).to.be.undefined;
      });
    }

    const implausible: [string, unknown][] = [
      ['text', 'yesterday'],
      ['a negative time', -50_000_000],
      ['a time before 2020', Date.UTC(2019, 11, 31)],
      ['a time more than a day ahead', now + 25 * 60 * 60 * 1000],
      ['an absurd time', 1e300],
      ['a fraction', now - 0.5],
    ];
    for (const [name, time] of implausible) {
      it(`drops ${name} as a timestamp but keeps the sets and position`, () => {
        const parsed = parseProgress(
          { ...good, startedAt: time, finishedAt: time, updatedAt: time, resetAt: time },
          routine,
          now,
        );
        expect(parsed).to.deep.equal({ done: good.done, currentId: good.currentId });
      });
    }

    it('drops an implausible duration', () => {
      const finished = { ...good, finishedAt: now };
      expect(parseProgress({ ...finished, elapsedMs: 60_000 }, routine, now)?.elapsedMs).to.equal(
        60_000,
      );
      for (const elapsedMs of [-18_000_221, 1e295, 13 * 60 * 60 * 1000, 'long']) {
        expect(parseProgress({ ...finished, elapsedMs }, routine, now)).to.deep.equal(finished);
      }
    });

    it('caps counts that exceed the prescription', () => {
      const parsed = parseProgress({ ...good, done: { [tke!.id]: 500 } }, routine);
      expect(parsed?.done[tke!.id]).to.equal(totalUnits(tke!));
    });
  });

  describe('exercise ids that name Object.prototype members', () => {
    const odd = {
      ...routine,
      exercises: routine.exercises.map((exercise, i) =>
        i === 0 ? { ...exercise, id: 'constructor' } : exercise,
      ),
    };
    const first = odd.exercises[0]!;

    it('count nothing done before any set, and record like any other id', () => {
      const fresh = emptyProgress(odd);
      expect(unitsDone(fresh, 'constructor')).to.equal(0);
      expect(setsDone(fresh, first)).to.equal(0);
      expect(routineTotals(fresh, odd).done).to.equal(0);
      const one = recordThrough(fresh, first, 2, 1000);
      expect(setsDone(one, first)).to.equal(1);
      expect(JSON.parse(JSON.stringify(one)).done).to.deep.equal({ constructor: 2 });
    });

    it('read back from storage', () => {
      const parsed = parseProgress(
        { done: { constructor: 2, toString: 1 }, currentId: 'constructor' },
        odd,
      );
      expect(parsed).to.be.undefined; // toString is not an exercise of this routine
      const ok = parseProgress({ done: { constructor: 2 }, currentId: 'constructor' }, odd);
      expect(ok && unitsDone(ok, 'constructor')).to.equal(2);
    });
  });

  describe('mergeProgress', () => {
    const at = (time: number, done: Record<string, number>, currentId: string) => ({
      done,
      currentId,
      updatedAt: time,
      selectedAt: time,
    });

    it('keeps a set done in either record and the exercise chosen last', () => {
      const a = at(2000, { [tke!.id]: 6 }, tke!.id);
      const b = at(3000, { [squat!.id]: 1 }, squat!.id);
      const merged = mergeProgress(a, b);
      expect(merged.done).to.deep.equal({ [tke!.id]: 6, [squat!.id]: 1 });
      expect(merged.currentId).to.equal(squat!.id);
      expect(mergeProgress(b, a).currentId).to.equal(squat!.id);
      expect(mergeProgress(b, a).done).to.deep.equal(merged.done);
    });

    it('takes the position from the later choice, the finish from the later change', () => {
      const chose = { ...at(2000, {}, squat!.id), updatedAt: 2000 };
      const finishedLater = { ...at(1000, {}, tke!.id), updatedAt: 3000, finishedAt: 3000 };
      const merged = mergeProgress(chose, finishedLater);
      expect(merged.currentId).to.equal(squat!.id);
      expect(merged.finishedAt).to.equal(3000);
    });

    it('keeps the earlier start', () => {
      const merged = mergeProgress(
        { ...at(1, {}, tke!.id), startedAt: 500 },
        { ...at(2, {}, tke!.id), startedAt: 900 },
      );
      expect(merged.startedAt).to.equal(500);
    });

    it('lets a later reset win over older work entirely', () => {
      const stale = at(5000, { [tke!.id]: 6 }, squat!.id);
      const reset = { ...at(4000, {}, tke!.id), resetAt: 4000 };
      expect(mergeProgress(stale, reset)).to.deep.equal(reset);
      expect(mergeProgress(reset, stale)).to.deep.equal(reset);
    });
  });
});
