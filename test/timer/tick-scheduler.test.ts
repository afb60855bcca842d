import { expect } from '@open-wc/testing';
import { TickScheduler } from '../../src/timer/tick-scheduler.js';
import { ManualTimers } from './fakes.js';

describe('TickScheduler', () => {
  function setUp() {
    const timers = new ManualTimers();
    const scheduler = new TickScheduler(timers);
    const log: string[] = [];
    const named = (name: string) => () => log.push(`${name}@${timers.now()}`);
    return { timers, scheduler, log, named };
  }

  it('runs many callbacks, each at its own time, from one timeout at a time', () => {
    const { timers, scheduler, log, named } = setUp();
    scheduler.schedule(named('a'), 300);
    scheduler.schedule(named('b'), 100);
    scheduler.schedule(named('c'), 200);
    expect(timers.delays()).to.deep.equal([100]);
    expect(scheduler.size).to.equal(3);
    timers.advance(1_000);
    expect(log).to.deep.equal(['b@100', 'c@200', 'a@300']);
    expect(scheduler.size).to.equal(0);
    expect(scheduler.armed).to.be.false;
    expect(timers.pending.size).to.equal(0);
  });

  it('moves a callback that is scheduled again, running it once', () => {
    const { timers, scheduler, log, named } = setUp();
    const a = named('a');
    scheduler.schedule(a, 100);
    scheduler.schedule(a, 500);
    expect(scheduler.size).to.equal(1);
    expect(timers.delays()).to.deep.equal([500]);
    timers.advance(1_000);
    expect(log).to.deep.equal(['a@500']);
  });

  it('runs callbacks due within a few ms of each other on one wake-up', () => {
    const { timers, scheduler, log, named } = setUp();
    scheduler.schedule(named('a'), 100);
    scheduler.schedule(named('b'), 102);
    timers.advance(100);
    expect(log).to.deep.equal(['a@100', 'b@100']);
  });

  it('forgets a cancelled callback and clears the timeout when nothing waits', () => {
    const { timers, scheduler, log, named } = setUp();
    const a = named('a');
    scheduler.schedule(a, 100);
    scheduler.cancel(a);
    expect(scheduler.armed).to.be.false;
    expect(timers.pending.size).to.equal(0);
    timers.advance(1_000);
    expect(log).to.deep.equal([]);
  });

  it('lets a callback schedule itself again', () => {
    const { timers, scheduler } = setUp();
    let runs = 0;
    const tick = () => {
      runs++;
      if (runs < 3) scheduler.schedule(tick, 1_000);
    };
    scheduler.schedule(tick, 1_000);
    timers.advance(10_000);
    expect(runs).to.equal(3);
    expect(scheduler.armed).to.be.false;
  });
});
