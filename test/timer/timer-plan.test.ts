import { expect } from '@open-wc/testing';
import type { Prescription } from '../../src/data/types.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { buildTimerPlan, remainingPlan, type TimerStep } from '../../src/timer/timer-plan.js';

const base: Prescription = { sets: 3, perSide: false, restSeconds: 60, suggested: true };

/** One step per line, e.g. "work 2/3 left 12 reps", so a wrong order is easy to read. */
function lines(steps: readonly TimerStep[]): string[] {
  return steps.map((s) =>
    [
      s.phase,
      `${s.set}/${s.totalSets}`,
      s.side,
      s.durationMs !== undefined ? `${s.durationMs}ms` : undefined,
      s.reps !== undefined ? `${s.reps} reps` : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(' '),
  );
}

describe('buildTimerPlan', () => {
  it('makes rep sets untimed work steps with rests between them', () => {
    const plan = buildTimerPlan({ ...base, reps: 12 });
    expect(plan).to.deep.equal([
      { phase: 'work', set: 1, totalSets: 3, reps: 12 },
      { phase: 'rest', set: 1, totalSets: 3, durationMs: 60_000 },
      { phase: 'work', set: 2, totalSets: 3, reps: 12 },
      { phase: 'rest', set: 2, totalSets: 3, durationMs: 60_000 },
      { phase: 'work', set: 3, totalSets: 3, reps: 12 },
    ]);
  });

  it('puts a get-ready before each timed hold when getReadySeconds > 0', () => {
    const plan = buildTimerPlan({ ...base, sets: 2, holdSeconds: 30, getReadySeconds: 5 });
    expect(lines(plan)).to.deep.equal([
      'get-ready 1/2 5000ms',
      'hold 1/2 30000ms',
      'rest 1/2 60000ms',
      'get-ready 2/2 5000ms',
      'hold 2/2 30000ms',
    ]);
  });

  it('has no get-ready when getReadySeconds is 0 or absent', () => {
    for (const getReadySeconds of [0, undefined]) {
      const plan = buildTimerPlan({ ...base, sets: 2, holdSeconds: 45, getReadySeconds });
      expect(lines(plan)).to.deep.equal([
        'hold 1/2 45000ms',
        'rest 1/2 60000ms',
        'hold 2/2 45000ms',
      ]);
    }
  });

  it('alternates sides within a set (left then right by default) and rests after both', () => {
    const plan = buildTimerPlan({ ...base, reps: 8, perSide: true, restSeconds: 90 });
    expect(lines(plan)).to.deep.equal([
      'work 1/3 left 8 reps',
      'work 1/3 right 8 reps',
      'rest 1/3 90000ms',
      'work 2/3 left 8 reps',
      'work 2/3 right 8 reps',
      'rest 2/3 90000ms',
      'work 3/3 left 8 reps',
      'work 3/3 right 8 reps',
    ]);
  });

  it('follows sideOrder', () => {
    const plan = buildTimerPlan({
      ...base,
      sets: 2,
      reps: 8,
      perSide: true,
      sideOrder: ['right', 'left'],
    });
    expect(plan.map((s) => s.side)).to.deep.equal(['right', 'left', undefined, 'right', 'left']);
  });

  it('gives each side of a per-side hold its own get-ready', () => {
    const plan = buildTimerPlan({
      ...base,
      sets: 2,
      holdSeconds: 30,
      getReadySeconds: 5,
      perSide: true,
      restSeconds: 45,
    });
    expect(lines(plan)).to.deep.equal([
      'get-ready 1/2 left 5000ms',
      'hold 1/2 left 30000ms',
      'get-ready 1/2 right 5000ms',
      'hold 1/2 right 30000ms',
      'rest 1/2 45000ms',
      'get-ready 2/2 left 5000ms',
      'hold 2/2 left 30000ms',
      'get-ready 2/2 right 5000ms',
      'hold 2/2 right 30000ms',
    ]);
  });

  it('has no rest steps when restSeconds is 0', () => {
    const plan = buildTimerPlan({ ...base, reps: 10, perSide: true, restSeconds: 0 });
    expect(plan).to.have.length(6);
    expect(plan.some((s) => s.phase === 'rest')).to.equal(false);
  });

  it('has a single step and no rest for one set', () => {
    expect(lines(buildTimerPlan({ ...base, sets: 1, reps: 6 }))).to.deep.equal(['work 1/1 6 reps']);
    expect(
      lines(buildTimerPlan({ ...base, sets: 1, holdSeconds: 20, getReadySeconds: 3 })),
    ).to.deep.equal(['get-ready 1/1 3000ms', 'hold 1/1 20000ms']);
  });

  it('ignores sideOrder and sets no side when the exercise is not per side', () => {
    const plan = buildTimerPlan({ ...base, reps: 6, sideOrder: ['right', 'left'] });
    expect(plan.every((s) => !('side' in s))).to.equal(true);
  });

  it('rejects a prescription with no whole set', () => {
    for (const sets of [0, -1, 1.5, Number.NaN]) {
      expect(() => buildTimerPlan({ ...base, sets, reps: 5 }), String(sets)).to.throw(RangeError);
    }
  });

  it('plans every built-in exercise as sets × sides efforts with a rest between sets', () => {
    for (const { id, prescription: p } of runnersKneeRoutine.exercises) {
      const plan = buildTimerPlan(p);
      const sides = p.perSide ? 2 : 1;
      const efforts = plan.filter((s) => s.phase === 'work' || s.phase === 'hold');
      expect(efforts, id).to.have.length(p.sets * sides);
      expect(
        plan.filter((s) => s.phase === 'rest'),
        id,
      ).to.have.length(p.restSeconds > 0 ? p.sets - 1 : 0);
      expect(plan.at(-1)!.phase, id).to.not.equal('rest');
    }
  });

  it('does not change the prescription', () => {
    const prescription: Prescription = {
      ...base,
      reps: 8,
      perSide: true,
      sideOrder: ['right', 'left'],
    };
    const copy = structuredClone(prescription);
    buildTimerPlan(prescription);
    expect(prescription).to.deep.equal(copy);
  });
});

describe('remainingPlan', () => {
  const perSideReps = buildTimerPlan({
    sets: 3,
    reps: 10,
    perSide: true,
    restSeconds: 30,
    suggested: true,
  });
  const holds = buildTimerPlan({
    sets: 2,
    holdSeconds: 30,
    getReadySeconds: 5,
    perSide: false,
    restSeconds: 60,
    suggested: true,
  });

  it('is the whole plan when nothing is done', () => {
    expect(remainingPlan(perSideReps, 0)).to.deep.equal(perSideReps);
  });

  it('starts at the next side of a per-side set', () => {
    const rest = remainingPlan(perSideReps, 1);
    expect(rest[0]).to.include({ phase: 'work', set: 1, side: 'right' });
    expect(rest).to.have.length(perSideReps.length - 1);
  });

  it('skips the rest between sets and starts at the next set', () => {
    expect(remainingPlan(perSideReps, 2)[0]).to.include({ phase: 'work', set: 2, side: 'left' });
  });

  it("starts at the next hold's get-ready", () => {
    const rest = remainingPlan(holds, 1);
    expect(rest.map((step) => step.phase)).to.deep.equal(['get-ready', 'hold']);
    expect(rest[0]!.set).to.equal(2);
  });

  it('is empty when every set is done', () => {
    expect(remainingPlan(holds, 2)).to.deep.equal([]);
    expect(remainingPlan(holds, 9)).to.deep.equal([]);
  });
});
