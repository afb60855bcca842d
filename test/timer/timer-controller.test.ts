import { expect } from '@open-wc/testing';
import { TickScheduler } from '../../src/timer/tick-scheduler.js';
import { TimerController, scaleClock } from '../../src/timer/timer-controller.js';
import type { Prescription } from '../../src/data/types.js';
import { buildTimerPlan } from '../../src/timer/timer-plan.js';
import { FakeClock } from './fake-clock.js';
import { FakeHost, ManualTimers } from './fakes.js';
import { base, holds } from './prescriptions.js';

/** work, rest 60 s, work. */
const reps: Prescription = { ...base, sets: 2, reps: 10, restSeconds: 60 };

function setUp(prescription: Prescription, scale = 1) {
  // One time source for the engine and the timeouts, as in a browser.
  const timers = new ManualTimers();
  const clock = { now: () => timers.now() };
  const host = new FakeHost();
  const log: string[] = [];
  const timer = new TimerController(
    host,
    {
      phase: ({ step }, late) => log.push(`phase ${step.phase}${late ? ' late' : ''}`),
      setComplete: ({ set }, late) => log.push(`set ${set}${late ? ' late' : ''}`),
      exerciseComplete: (_, late) => log.push(`complete${late ? ' late' : ''}`),
      timelineChange: () => log.push('timeline'),
    },
    new TickScheduler(timers),
  );
  host.connect();
  timer.load(buildTimerPlan(prescription), clock, scale);
  log.length = 0;
  return { timers, host, timer, log };
}

describe('TimerController', () => {
  it('wakes when the shown second changes, no more often', () => {
    const { timers, host, timer } = setUp(holds);
    timer.toggle();
    expect(timers.delays()).to.deep.equal([1_000]);
    const updates = host.updates;
    timers.advance(5_000);
    expect(host.updates - updates).to.equal(5);
    expect(timer.snapshot()!.phase).to.equal('hold');
  });

  it('aims at the next whole second after a late wake-up', () => {
    const { timers, timer } = setUp(holds);
    timer.toggle();
    timers.time += 1_700; // a busy main thread
    timer.sync();
    expect(timers.delays()).to.deep.equal([300]);
  });

  it('schedules in real time under a time-scale', () => {
    const { timers, timer } = setUp(holds, 20);
    timer.toggle();
    expect(timers.delays()).to.deep.equal([50]);
    timers.advance(250);
    expect(timer.snapshot()!.phase).to.equal('hold');
  });

  it('sets no timeout while idle, paused, on a rep set or done', () => {
    const { timers, timer } = setUp(reps);
    expect(timers.pending.size, 'idle').to.equal(0);
    timer.toggle();
    expect(timers.pending.size, 'rep set').to.equal(0);
    timer.primary();
    expect(timers.pending.size, 'rest').to.equal(1);
    timer.toggle();
    expect(timers.pending.size, 'paused').to.equal(0);
    timer.toggle();
    timer.primary();
    timer.primary();
    expect(timer.engine!.status).to.equal('done');
    expect(timers.pending.size, 'done').to.equal(0);
  });

  it('catches up on visibilitychange, marking what it missed as late', () => {
    const { timers, timer, log } = setUp(holds);
    timer.toggle();
    timers.time += 101_500; // hidden: no timeout ran
    document.dispatchEvent(new Event('visibilitychange'));
    expect(log).to.deep.equal([
      'phase get-ready',
      'timeline',
      'phase hold late',
      'set 1 late',
      'phase rest late',
      'phase get-ready late',
      'phase hold late',
      'timeline',
    ]);
    expect(timer.snapshot()).to.deep.include({ phase: 'hold', set: 2, remainingMs: 28_500 });
  });

  it('records a rep set with one primary action, from idle, then rests by itself', () => {
    const { timers, timer, log } = setUp(reps);
    expect(timer.primary()).to.be.true;
    expect(log.filter((l) => l !== 'timeline')).to.deep.equal([
      'phase work',
      'set 1',
      'phase rest',
    ]);
    expect(timer.snapshot()!.status).to.equal('running');
    timers.advance(timer.snapshot()!.remainingMs!);
    expect(timer.snapshot()).to.deep.include({ phase: 'work', set: 2 });
  });

  it('resumes a paused timer through the primary action, ending the step', () => {
    const { timer } = setUp(holds);
    timer.primary();
    timer.toggle();
    expect(timer.engine!.status).to.equal('paused');
    expect(timer.primary()).to.be.true;
    expect(timer.engine!.status).to.equal('running');
    expect(timer.snapshot()!.phase).to.equal('hold');
  });

  it('treats the reader’s commands as live, and picks Done or skip by phase', () => {
    const { timer, log } = setUp(holds);
    timer.primary(); // starts
    timer.primary(); // skips the get-ready
    timer.primary(); // ends the hold
    expect(log.filter((l) => l !== 'timeline')).to.deep.equal([
      'phase get-ready',
      'phase hold',
      'set 1',
      'phase rest',
    ]);
    expect(timer.addTime(15_000)).to.be.true;
    expect(timer.snapshot()!.remainingMs).to.equal(75_000);
  });

  it('stops waking and listening once disconnected', () => {
    const { timers, host, timer } = setUp(holds);
    timer.toggle();
    host.disconnect();
    expect(timers.pending.size).to.equal(0);
    const updates = host.updates;
    timers.time += 10_000;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(host.updates).to.equal(updates);
    host.connect();
    expect(timer.snapshot()!.phase, 'catches up on reconnect').to.equal('hold');
    expect(timers.pending.size).to.equal(1);
  });

  it('loads a new plan idle, without firing events', () => {
    const { timer, log } = setUp(holds);
    timer.toggle();
    log.length = 0;
    timer.load(buildTimerPlan(reps), new FakeClock(), 1);
    expect(log).to.deep.equal(['timeline']);
    expect(timer.snapshot()).to.deep.include({ status: 'idle', phase: 'work' });
    timer.load(undefined, new FakeClock(), 1);
    expect(timer.snapshot()).to.be.undefined;
    expect(timer.toggle()).to.be.false;
  });

  describe('scaleClock', () => {
    it('runs faster from the moment it is made', () => {
      const clock = new FakeClock(5_000);
      const fast = scaleClock(clock, 10);
      expect(fast.now()).to.equal(5_000);
      clock.advance(100);
      expect(fast.now()).to.equal(6_000);
      expect(scaleClock(clock, 1)).to.equal(clock);
    });
  });
});
