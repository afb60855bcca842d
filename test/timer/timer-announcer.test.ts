import { expect } from '@open-wc/testing';
import { TimerAnnouncer } from '../../src/timer/timer-announcer.js';
import type { Prescription } from '../../src/data/types.js';
import { en } from '../../src/i18n/en.js';

const enTimer = en.timer;
import { SetTimerEngine } from '../../src/timer/set-timer-engine.js';
import { buildTimerPlan } from '../../src/timer/timer-plan.js';
import { FakeClock } from './fake-clock.js';
import { base, holds } from './prescriptions.js';

const perSideReps: Prescription = { ...base, sets: 2, reps: 8, perSide: true, restSeconds: 90 };

function setUp(prescription: Prescription) {
  const clock = new FakeClock();
  const engine = new SetTimerEngine(buildTimerPlan(prescription), clock);
  const announcer = new TimerAnnouncer();
  const say = () => announcer.observe(engine.snapshot(), engine.plan, enTimer);
  /** Ticks every 250 ms for `ms`, collecting each change of announcement. */
  const run = (ms: number) => {
    const heard: string[] = [];
    for (let t = 0; t < ms; t += 250) {
      clock.advance(250);
      engine.sync();
      const text = say();
      if (text !== heard.at(-1)) heard.push(text);
    }
    return heard;
  };
  return { clock, engine, say, run };
}

describe('TimerAnnouncer', () => {
  it('says nothing before the start', () => {
    const { say } = setUp(holds);
    expect(say()).to.equal('');
  });

  it('announces each phase once and counts 3, 2, 1, never every second', () => {
    const { engine, say, run } = setUp(holds);
    engine.start();
    expect(say()).to.equal('Get ready. Set 1 of 2, 30 s hold.');
    expect(run(35_000)).to.deep.equal([
      'Get ready. Set 1 of 2, 30 s hold.',
      '3',
      '2',
      '1',
      'Hold. Set 1 of 2, 30 s hold.',
      '3',
      '2',
      '1',
      'Rest, 60 seconds. Up next: Set 2 of 2, 30 s hold.',
    ]);
  });

  it('describes per-side rep sets and prompts for Done', () => {
    const { engine, say } = setUp(perSideReps);
    engine.start();
    expect(say()).to.equal('Work. Set 1 of 2, 8 reps, left leg. Tap Done when you finish the set.');
    engine.completeWork();
    expect(say()).to.equal(
      'Work. Set 1 of 2, 8 reps, right leg. Tap Done when you finish the set.',
    );
    engine.completeWork();
    expect(say()).to.equal('Rest, 90 seconds. Up next: Set 2 of 2, 8 reps, left leg.');
  });

  it('speaks only of where the timer is after a long gap', () => {
    const { clock, engine, say } = setUp(holds);
    engine.start();
    say();
    clock.advance(97_000); // into the second get-ready, 3 s left
    engine.sync();
    expect(say()).to.equal('Get ready. Set 2 of 2, 30 s hold.');
    clock.advance(1_000);
    engine.sync();
    expect(say()).to.equal('2');
  });

  it('announces pause, resume, the finish, a reset and clears for no timer', () => {
    const { engine, say } = setUp(perSideReps);
    engine.start();
    say();
    engine.pause();
    expect(say()).to.equal('Paused');
    engine.resume();
    expect(say()).to.equal('Resumed');
    for (let i = 0; i < 5; i++) {
      engine.completeWork();
      engine.skipRest();
    }
    expect(engine.status).to.equal('done');
    expect(say()).to.equal('Exercise complete.');
    engine.restart();
    expect(say()).to.equal('Timer reset');
    const announcer = new TimerAnnouncer();
    expect(announcer.observe(undefined, [], enTimer)).to.equal('');
  });
});
