import { expect } from '@open-wc/testing';
import type { Prescription } from '../../src/data/types.js';
import { SetTimerEngine } from '../../src/timer/set-timer-engine.js';
import { buildTimerPlan, type TimerStep } from '../../src/timer/timer-plan.js';
import { FakeClock } from './fake-clock.js';
import { base, holds } from './prescriptions.js';

/** work, rest 60 s, work, rest 60 s, work. */
const reps: Prescription = { ...base, sets: 3, reps: 12, restSeconds: 60 };
/** 20 sets of: get-ready 5 s, hold 30 s (left), get-ready 5 s, hold 30 s (right), rest 45 s. */
const longPerSideHolds: Prescription = {
  ...base,
  sets: 20,
  holdSeconds: 30,
  getReadySeconds: 5,
  perSide: true,
  restSeconds: 45,
};

function setUp(prescription: Prescription) {
  const clock = new FakeClock();
  const plan = buildTimerPlan(prescription);
  const engine = new SetTimerEngine(plan, clock);
  return { clock, plan, engine, log: record(engine) };
}

/** Logs every event as one line, e.g. "set-complete 2 left @96000". */
function record(engine: SetTimerEngine): string[] {
  const log: string[] = [];
  engine.on('phase', ({ stepIndex, step, at }) =>
    log.push(`phase ${stepIndex} ${step.phase} @${at}`),
  );
  engine.on('set-complete', ({ set, side, at }) => log.push(setComplete(set, side, at)));
  engine.on('exercise-complete', ({ at }) => log.push(`exercise-complete @${at}`));
  return log;
}

function setComplete(set: number, side: string | undefined, at: number): string {
  return `set-complete ${set}${side ? ` ${side}` : ''} @${at}`;
}

/**
 * The events an untouched run fires from `start` until `now`, walking the plan's durations:
 * an independent account of what the engine's timestamps should produce.
 */
function referenceLog(plan: readonly TimerStep[], start: number, now: number): string[] {
  const log: string[] = [];
  let at = start;
  for (const [i, step] of plan.entries()) {
    log.push(`phase ${i} ${step.phase} @${at}`);
    if (step.durationMs === undefined || at + step.durationMs > now) return log;
    at += step.durationMs;
    if (step.phase === 'hold') log.push(setComplete(step.set, step.side, at));
  }
  log.push(`exercise-complete @${at}`);
  return log;
}

describe('SetTimerEngine', () => {
  describe('before start', () => {
    it('is idle on the first step with its full duration left', () => {
      const { engine, clock, log } = setUp(holds);
      clock.advance(10_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        status: 'idle',
        stepIndex: 0,
        phase: 'get-ready',
        set: 1,
        totalSets: 2,
        side: undefined,
        remainingMs: 5_000,
        elapsedMs: 0,
      });
      expect(engine.msUntilNextChange()).to.equal(undefined);
      expect(engine.upcomingChanges()).to.deep.equal([]);
      expect(log).to.deep.equal([]);
    });

    it('refuses an empty plan', () => {
      expect(() => new SetTimerEngine([])).to.throw(RangeError);
    });

    it('ignores commands that need a started timer', () => {
      const { engine, log } = setUp(holds);
      expect(engine.pause()).to.equal(false);
      expect(engine.resume()).to.equal(false);
      expect(engine.skipRest()).to.equal(false);
      expect(engine.completeWork()).to.equal(false);
      expect(engine.addTime(15_000)).to.equal(false);
      expect(engine.status).to.equal('idle');
      expect(log).to.deep.equal([]);
    });

    it('uses performance.now() when no clock is given', () => {
      const engine = new SetTimerEngine(buildTimerPlan(holds));
      const before = performance.now();
      engine.start();
      const ends = engine.currentStepEndsAt()!;
      expect(ends).to.be.within(before + 5_000, performance.now() + 5_000);
    });
  });

  describe('timed steps', () => {
    it('counts down from timestamps and moves on exactly at each end', () => {
      const { engine, clock, log } = setUp(holds);
      engine.start();
      expect(log).to.deep.equal(['phase 0 get-ready @1000']);
      expect(engine.currentStepEndsAt()).to.equal(6_000);
      clock.advance(4_999);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        phase: 'get-ready',
        remainingMs: 1,
        elapsedMs: 4_999,
      });
      clock.advance(1);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        phase: 'hold',
        remainingMs: 30_000,
        elapsedMs: 0,
      });
      expect(log).to.deep.equal(['phase 0 get-ready @1000', 'phase 1 hold @6000']);
    });

    it('starts the next step at the previous end, not when sync() runs late', () => {
      const { engine, clock, log } = setUp(holds);
      engine.start();
      clock.advance(5_000 + 30_000 + 7_250); // 7.25 s into the rest, noticed only now
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        phase: 'rest',
        set: 1,
        elapsedMs: 7_250,
        remainingMs: 52_750,
      });
      expect(log).to.deep.equal([
        'phase 0 get-ready @1000',
        'phase 1 hold @6000',
        'set-complete 1 @36000',
        'phase 2 rest @36000',
      ]);
    });

    it('finishes after the final step with remaining 0 and every event once', () => {
      const { engine, clock, log, plan } = setUp(holds);
      engine.start();
      clock.advance(130_000);
      engine.sync();
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        status: 'done',
        stepIndex: 4,
        phase: 'hold',
        set: 2,
        remainingMs: 0,
        elapsedMs: 30_000,
      });
      expect(log).to.deep.equal(referenceLog(plan, 1_000, 131_000));
      expect(log.at(-1)).to.equal('exercise-complete @131000');
      clock.advance(5_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({ elapsedMs: 30_000, remainingMs: 0 });
      expect(log).to.have.length(referenceLog(plan, 1_000, 131_000).length);
      expect(engine.msUntilNextChange()).to.equal(undefined);
      expect(engine.toggle()).to.equal(false);
      expect(engine.start()).to.equal(false);
    });

    it('fires each event exactly once across many syncs', () => {
      const { engine, clock, log, plan } = setUp(longPerSideHolds);
      engine.start();
      for (let i = 0; i < 60_000; i++) {
        clock.advance(41); // a tick that never lines up with a step's end
        engine.sync();
        engine.sync();
      }
      expect(engine.status).to.equal('done');
      expect(log).to.deep.equal(referenceLog(plan, 1_000, clock.now()));
      expect(log.filter((line) => line.startsWith('set-complete'))).to.have.length(40);
      expect(log.filter((line) => line.startsWith('phase'))).to.have.length(plan.length);
      expect(log.filter((line) => line.startsWith('exercise-complete'))).to.have.length(1);
    });

    it('reports the time to the next change and the boundaries to come', () => {
      const { engine, clock, plan } = setUp(holds);
      engine.start();
      clock.advance(2_000);
      expect(engine.msUntilNextChange()).to.equal(3_000);
      expect(engine.upcomingChanges()).to.deep.equal([
        { at: 6_000, stepIndex: 1, step: plan[1] },
        { at: 36_000, stepIndex: 2, step: plan[2] },
        { at: 96_000, stepIndex: 3, step: plan[3] },
        { at: 101_000, stepIndex: 4, step: plan[4] },
        { at: 131_000, stepIndex: 5, step: undefined },
      ]);
      expect(engine.upcomingChanges(34_000).map((c) => c.at)).to.deep.equal([6_000, 36_000]);
      engine.pause();
      expect(engine.upcomingChanges()).to.deep.equal([]);
      expect(engine.msUntilNextChange()).to.equal(undefined);
    });
  });

  describe('rep sets', () => {
    it('waits on a rep set until completeWork(), however long it takes', () => {
      const { engine, clock, log } = setUp(reps);
      engine.start();
      clock.advance(60 * 60_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        status: 'running',
        stepIndex: 0,
        phase: 'work',
        remainingMs: undefined,
        elapsedMs: 3_600_000,
      });
      expect(engine.msUntilNextChange()).to.equal(undefined);
      expect(engine.upcomingChanges()).to.deep.equal([]);
      expect(log).to.deep.equal(['phase 0 work @1000']);
    });

    it('rests after Done, then waits on the next rep set', () => {
      const { engine, clock, log } = setUp(reps);
      engine.start();
      clock.advance(40_000);
      expect(engine.completeWork()).to.equal(true);
      expect(engine.snapshot()).to.deep.include({
        phase: 'rest',
        remainingMs: 60_000,
        elapsedMs: 0,
      });
      expect(engine.upcomingChanges()).to.deep.equal([
        { at: 101_000, stepIndex: 2, step: engine.plan[2] },
      ]);
      clock.advance(75_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({ phase: 'work', set: 2, elapsedMs: 15_000 });
      expect(log).to.deep.equal([
        'phase 0 work @1000',
        'set-complete 1 @41000',
        'phase 1 rest @41000',
        'phase 2 work @101000',
      ]);
    });

    it('finishes on Done after the final rep set', () => {
      const { engine, clock, log } = setUp({ ...reps, sets: 1 });
      engine.start();
      clock.advance(20_000);
      expect(engine.completeWork()).to.equal(true);
      expect(engine.snapshot()).to.deep.include({ status: 'done', elapsedMs: 20_000 });
      expect(engine.completeWork()).to.equal(false);
      expect(log).to.deep.equal([
        'phase 0 work @1000',
        'set-complete 1 @21000',
        'exercise-complete @21000',
      ]);
    });

    it('does per-side rep sets left, right, then rests', () => {
      const { engine, log } = setUp({ ...reps, sets: 2, perSide: true });
      engine.start();
      engine.completeWork();
      expect(engine.snapshot()).to.deep.include({ phase: 'work', set: 1, side: 'right' });
      engine.completeWork();
      expect(engine.snapshot()).to.deep.include({ phase: 'rest', set: 1, side: undefined });
      expect(log.filter((line) => line.startsWith('set-complete'))).to.deep.equal([
        'set-complete 1 left @1000',
        'set-complete 1 right @1000',
      ]);
    });

    it('runs straight from one rep set to the next when restSeconds is 0', () => {
      const { engine, clock } = setUp({ ...reps, restSeconds: 0 });
      engine.start();
      clock.advance(9_000);
      engine.completeWork();
      expect(engine.snapshot()).to.deep.include({ phase: 'work', set: 2, elapsedMs: 0 });
    });

    it('will not complete work during a rest, nor skip a rep set', () => {
      const { engine } = setUp(reps);
      engine.start();
      expect(engine.skipRest()).to.equal(false);
      engine.completeWork();
      expect(engine.completeWork()).to.equal(false);
      expect(engine.addTime(0.5)).to.equal(true);
      expect(engine.snapshot()).to.deep.include({ phase: 'rest', remainingMs: 60_000.5 });
    });
  });

  describe('completeWork on a hold', () => {
    it('ends the hold early and starts the next step now', () => {
      const { engine, clock, log } = setUp(holds);
      engine.start();
      clock.advance(5_000 + 12_000);
      expect(engine.completeWork()).to.equal(true);
      expect(engine.snapshot()).to.deep.include({
        phase: 'rest',
        remainingMs: 60_000,
        elapsedMs: 0,
      });
      expect(engine.currentStepEndsAt()).to.equal(18_000 + 60_000);
      expect(log.slice(-2)).to.deep.equal(['set-complete 1 @18000', 'phase 2 rest @18000']);
    });

    it('acts on the step that is current now, even before a tick', () => {
      const { engine, clock } = setUp(holds);
      engine.start();
      clock.advance(5_000 + 30_000 + 1_000); // the hold ended 1 s ago; no sync yet
      expect(engine.completeWork()).to.equal(false);
      expect(engine.snapshot()).to.deep.include({ phase: 'rest', elapsedMs: 1_000 });
    });
  });

  describe('pause and resume', () => {
    it('freezes the step and lengthens it by exactly the paused time', () => {
      const { engine, clock, log } = setUp({ ...holds, getReadySeconds: 0 });
      engine.start();
      clock.advance(10_000);
      expect(engine.pause()).to.equal(true);
      expect(engine.pause()).to.equal(false);
      clock.advance(60_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        status: 'paused',
        phase: 'hold',
        elapsedMs: 10_000,
        remainingMs: 20_000,
      });
      expect(engine.resume()).to.equal(true);
      expect(engine.resume()).to.equal(false);
      expect(engine.currentStepEndsAt()).to.equal(1_000 + 30_000 + 60_000);
      clock.advance(19_999);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        phase: 'hold',
        remainingMs: 1,
        elapsedMs: 29_999,
      });
      clock.advance(1);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({ phase: 'rest', elapsedMs: 0 });
      expect(log.slice(-1)).to.deep.equal(['phase 1 rest @91000']);
    });

    it('adds up several pauses in one step and forgets them in the next', () => {
      const { engine, clock } = setUp({ ...holds, getReadySeconds: 0 });
      engine.start();
      for (const [run, rest] of [
        [1_000, 2_500],
        [4_000, 333],
        [5_000, 10_000],
      ] as const) {
        clock.advance(run);
        engine.pause();
        clock.advance(rest);
        engine.resume();
      }
      expect(engine.snapshot()).to.deep.include({ elapsedMs: 10_000, remainingMs: 20_000 });
      expect(engine.currentStepEndsAt()).to.equal(1_000 + 30_000 + 12_833);
      clock.advance(20_000 + 4_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({ phase: 'rest', elapsedMs: 4_000 });
      expect(engine.currentStepEndsAt()).to.equal(43_833 + 60_000);
    });

    it('pauses in the step that is current now when a tick was missed', () => {
      const { engine, clock } = setUp(holds);
      engine.start();
      clock.advance(7_000); // get-ready ended 2 s ago
      engine.pause();
      clock.advance(50_000);
      expect(engine.snapshot()).to.deep.include({
        phase: 'hold',
        elapsedMs: 2_000,
        remainingMs: 28_000,
      });
    });

    it('toggles start, pause and resume from one button', () => {
      const { engine, clock } = setUp(holds);
      expect(engine.toggle()).to.equal(true);
      expect(engine.status).to.equal('running');
      clock.advance(1_000);
      expect(engine.toggle()).to.equal(true);
      expect(engine.status).to.equal('paused');
      clock.advance(1_000);
      expect(engine.toggle()).to.equal(true);
      expect(engine.status).to.equal('running');
      expect(engine.snapshot().elapsedMs).to.equal(1_000);
    });
  });

  describe('skipRest', () => {
    it('ends a rest now and starts the next step', () => {
      const { engine, clock, log } = setUp(holds);
      engine.start();
      clock.advance(35_000 + 20_000);
      expect(engine.skipRest()).to.equal(true);
      expect(engine.snapshot()).to.deep.include({ phase: 'get-ready', set: 2, remainingMs: 5_000 });
      expect(log.slice(-1)).to.deep.equal(['phase 3 get-ready @56000']);
    });

    it('ends a get-ready, but never a hold', () => {
      const { engine, clock } = setUp(holds);
      engine.start();
      clock.advance(1_000);
      expect(engine.skipRest()).to.equal(true);
      expect(engine.snapshot()).to.deep.include({ phase: 'hold', remainingMs: 30_000 });
      expect(engine.skipRest()).to.equal(false);
      expect(engine.snapshot().phase).to.equal('hold');
    });

    it('carries on running when skipped while paused', () => {
      const { engine, clock } = setUp(holds);
      engine.start();
      engine.pause();
      clock.advance(3_000);
      engine.skipRest();
      expect(engine.status).to.equal('running');
      clock.advance(1_000);
      expect(engine.snapshot()).to.deep.include({ phase: 'hold', elapsedMs: 1_000 });
    });
  });

  describe('addTime', () => {
    it('adds 15 s to a rest', () => {
      const { engine, clock } = setUp(holds);
      engine.start();
      clock.advance(35_000 + 50_000);
      engine.sync();
      expect(engine.addTime(15_000)).to.equal(true);
      expect(engine.snapshot()).to.deep.include({ phase: 'rest', remainingMs: 25_000 });
      expect(engine.currentStepEndsAt()).to.equal(36_000 + 75_000);
      clock.advance(24_999);
      engine.sync();
      expect(engine.snapshot().phase).to.equal('rest');
      clock.advance(1);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({ phase: 'get-ready', elapsedMs: 0 });
    });

    it('combines with pauses and applies to the step that is current now', () => {
      const { engine, clock } = setUp(holds);
      engine.start();
      clock.advance(6_000); // 1 s into the hold, unsynced
      engine.addTime(15_000);
      engine.pause();
      clock.advance(9_000);
      engine.resume();
      expect(engine.snapshot()).to.deep.include({ phase: 'hold', remainingMs: 44_000 });
      expect(engine.currentStepEndsAt()).to.equal(6_000 + 30_000 + 15_000 + 9_000);
    });

    it('rejects a time that is not positive', () => {
      const { engine } = setUp(holds);
      engine.start();
      for (const ms of [0, -15_000, Number.NaN, Infinity]) {
        expect(() => engine.addTime(ms), String(ms)).to.throw(RangeError);
      }
    });
  });

  describe('restart', () => {
    it('goes back to the first step, idle, and runs again from scratch', () => {
      const { engine, clock, log, plan } = setUp(holds);
      engine.start();
      clock.advance(40_000);
      engine.pause();
      engine.addTime(15_000);
      engine.restart();
      expect(engine.snapshot()).to.deep.include({
        status: 'idle',
        stepIndex: 0,
        remainingMs: 5_000,
        elapsedMs: 0,
      });
      log.length = 0;
      clock.advance(1_000);
      engine.start();
      clock.advance(130_000);
      engine.sync();
      expect(log).to.deep.equal(referenceLog(plan, 42_000, clock.now()));
      expect(engine.status).to.equal('done');
      engine.restart();
      expect(engine.status).to.equal('idle');
    });
  });

  describe('a 30-minute jump (hidden, throttled page)', () => {
    it('lands in the right phase after one sync, each event once and in order', () => {
      const { engine, clock, log, plan } = setUp(longPerSideHolds);
      engine.start();
      clock.advance(30 * 60_000);
      engine.sync();
      // Each set takes 5+30+5+30+45 = 115 s, so 1800 s is 15 sets (1725 s), then set 16:
      // get-ready 5, hold left 30, get-ready 5, hold right 30 (1795 s), then 5 s into the rest.
      expect(engine.snapshot()).to.deep.include({
        status: 'running',
        stepIndex: 15 * 5 + 4,
        phase: 'rest',
        set: 16,
        elapsedMs: 5_000,
        remainingMs: 40_000,
      });
      expect(engine.currentStepEndsAt()).to.equal(1_000 + 1_840_000);
      expect(log).to.deep.equal(referenceLog(plan, 1_000, clock.now()));
      expect(log.filter((line) => line.startsWith('phase'))).to.have.length(80);
      expect(log.filter((line) => line.startsWith('set-complete'))).to.have.length(32);
      expect(log.slice(-3)).to.deep.equal([
        'phase 78 hold @1766000',
        'set-complete 16 right @1796000',
        'phase 79 rest @1796000',
      ]);
      engine.sync();
      expect(log).to.have.length(80 + 32);
    });

    it('stops at a rep set that the jump reaches, started when the rest ended', () => {
      const { engine, clock, log } = setUp(reps);
      engine.start();
      engine.completeWork();
      clock.advance(30 * 60_000);
      engine.sync();
      expect(engine.snapshot()).to.deep.include({
        phase: 'work',
        set: 2,
        elapsedMs: 30 * 60_000 - 60_000,
      });
      expect(log.slice(-1)).to.deep.equal(['phase 2 work @61000']);
    });

    it('finishes a short exercise once, at the time it really ended', () => {
      const { engine, clock, log, plan } = setUp({ ...holds, perSide: true, restSeconds: 0 });
      engine.start();
      clock.advance(30 * 60_000);
      engine.sync();
      engine.sync();
      expect(engine.status).to.equal('done');
      expect(log).to.deep.equal(referenceLog(plan, 1_000, clock.now()));
      expect(log.at(-1)).to.equal('exercise-complete @141000');
    });
  });

  describe('listeners', () => {
    it('stop hearing events once unsubscribed', () => {
      const { engine, clock } = setUp(holds);
      let heard = 0;
      const off = engine.on('phase', () => heard++);
      engine.start();
      off();
      clock.advance(10_000);
      engine.sync();
      expect(heard).to.equal(1);
    });

    it('keep events in order when a listener calls back into the engine', () => {
      const { engine, clock, plan } = setUp(longPerSideHolds);
      engine.on('set-complete', () => engine.pause()); // e.g. an auto-pause option
      engine.on('set-complete', () => engine.sync());
      const log = record(engine); // hears each event after the listeners above
      engine.start();
      clock.advance(200_000);
      engine.sync();
      expect(engine.status).to.equal('paused');
      // A pause acts "now", so the run still reaches 200 s, with no event twice or out of order.
      expect(log).to.deep.equal(referenceLog(plan, 1_000, 201_000));
    });
  });

  describe('a long run of small random advances', () => {
    /** A seeded generator, so a failure can be replayed. */
    function mulberry32(seed: number): () => number {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    /** The reference: active time in each step, kept by plain addition, no timestamps. */
    class ReferenceTimer {
      index = 0;
      elapsed = 0;
      paused = false;
      done = false;
      readonly durations: number[];

      constructor(plan: readonly TimerStep[]) {
        this.durations = plan.map((step) => step.durationMs!);
      }

      get remaining(): number {
        return this.done ? 0 : this.durations[this.index]! - this.elapsed;
      }

      advance(ms: number): void {
        if (this.paused || this.done) return;
        this.elapsed += ms;
        while (!this.done && this.elapsed >= this.durations[this.index]!) this.endStep(true);
      }

      /** Ends the step: at its full length when `onTime`, else now (a skip or early Done). */
      endStep(onTime: boolean): void {
        const last = this.index === this.durations.length - 1;
        if (last) this.done = true;
        if (last && onTime) this.elapsed = this.durations[this.index]!;
        if (last) return;
        this.elapsed = onTime ? this.elapsed - this.durations[this.index]! : 0;
        this.index++;
      }
    }

    /** One random command a reader might give, applied to both timers. */
    function act(engine: SetTimerEngine, ref: ReferenceTimer, roll: number): void {
      if (ref.done) return;
      if (roll < 0.003) {
        expect(engine.addTime(15_000)).to.equal(true);
        ref.durations[ref.index]! += 15_000;
      } else if (roll < 0.006 && !ref.paused) {
        const hold = engine.plan[ref.index]!.phase === 'hold';
        expect(hold ? engine.completeWork() : engine.skipRest()).to.equal(true);
        ref.endStep(false);
      } else if (roll < (ref.paused ? 0.1 : 0.016)) {
        expect(engine.toggle()).to.equal(true);
        ref.paused = !ref.paused;
      }
    }

    // Measured max error: 0 ms. Step ends and elapsed times come from timestamps only.
    it('matches the reference exactly over 10 000 advances with pauses, +15 s and skips (max error 0 ms)', () => {
      const { engine, clock, plan } = setUp(longPerSideHolds);
      const ref = new ReferenceTimer(plan);
      const random = mulberry32(20_240_601);
      let maxError = 0;
      engine.start();
      for (let i = 0; i < 10_000; i++) {
        // Whole and quarter milliseconds add up exactly in binary, so any error is the engine's.
        const ms = Math.floor(random() * 300) + Math.floor(random() * 4) / 4;
        clock.advance(ms);
        ref.advance(ms);
        engine.sync();
        act(engine, ref, random());
        const snap = engine.snapshot();
        expect(snap.status).to.equal(ref.done ? 'done' : ref.paused ? 'paused' : 'running');
        expect(snap.stepIndex).to.equal(ref.index);
        const error = Math.max(
          Math.abs(snap.elapsedMs - ref.elapsed),
          Math.abs(snap.remainingMs! - ref.remaining),
        );
        maxError = Math.max(maxError, error);
      }
      console.log(`long run: step ${ref.index + 1} of ${plan.length}, max error ${maxError} ms`);
      expect(maxError).to.equal(0);
    });
  });
});
