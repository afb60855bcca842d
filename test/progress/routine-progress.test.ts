import { expect } from '@open-wc/testing';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import {
  emptyProgress,
  isExerciseDone,
  isRoutineDone,
  nextUnfinished,
  parseProgress,
  recordUnits,
  routineTotals,
  setsDone,
  totalUnits,
} from '../../src/progress/routine-progress.js';

const [tke, squat] = routine.exercises;

describe('routine progress', () => {
  it('counts a per-side set once both sides are done', () => {
    let progress = recordUnits(emptyProgress(routine), tke!, 1, 1000);
    expect(setsDone(progress, tke!)).to.equal(0);
    progress = recordUnits(progress, tke!, 1, 2000);
    expect(setsDone(progress, tke!)).to.equal(1);
    expect(progress.startedAt).to.equal(1000);
  });

  it('caps work at the prescription and marks the exercise done', () => {
    const progress = recordUnits(emptyProgress(routine), squat!, 99, 0);
    expect(progress.done[squat!.id]).to.equal(totalUnits(squat!));
    expect(isExerciseDone(progress, squat!)).to.be.true;
    expect(isRoutineDone(progress, routine)).to.be.false;
  });

  it('totals sets over the routine', () => {
    const progress = recordUnits(emptyProgress(routine), squat!, 2, 0);
    const total = routine.exercises.reduce((sum, e) => sum + e.prescription.sets, 0);
    expect(routineTotals(progress, routine)).to.deep.equal({ done: 2, total });
  });

  it('finds the next unfinished exercise, wrapping round', () => {
    let progress = { ...emptyProgress(routine), currentId: routine.exercises[4]!.id };
    expect(nextUnfinished(progress, routine)?.id).to.equal(tke!.id);
    progress = recordUnits(progress, tke!, 99, 0);
    expect(nextUnfinished(progress, routine)?.id).to.equal(squat!.id);
    const all = routine.exercises.reduce((p, e) => recordUnits(p, e, 99, 0), progress);
    expect(isRoutineDone(all, routine)).to.be.true;
    expect(nextUnfinished(all, routine)).to.be.undefined;
  });

  describe('parseProgress', () => {
    const good = { done: { [tke!.id]: 3 }, currentId: squat!.id, startedAt: 5 };

    it('accepts well-formed progress', () => {
      expect(parseProgress(good, routine)).to.deep.equal({ ...good, finishedAt: undefined });
    });

    const corrupt: [string, unknown][] = [
      ['null', null],
      ['a string', 'done'],
      ['done as a list', { ...good, done: [1] }],
      ['an unknown exercise id', { ...good, done: { 'wall-sit': 1 } }],
      ['a negative count', { ...good, done: { [tke!.id]: -1 } }],
      ['a fractional count', { ...good, done: { [tke!.id]: 1.5 } }],
      ['an unknown current exercise', { ...good, currentId: 'nope' }],
      ['a bad start time', { ...good, startedAt: 'yesterday' }],
    ];
    for (const [name, value] of corrupt) {
      it(`rejects ${name}`, () => {
        expect(parseProgress(value, routine)).to.be.undefined;
      });
    }

    it('caps counts that exceed the prescription', () => {
      const parsed = parseProgress({ ...good, done: { [tke!.id]: 500 } }, routine);
      expect(parsed?.done[tke!.id]).to.equal(totalUnits(tke!));
    });
  });
});
