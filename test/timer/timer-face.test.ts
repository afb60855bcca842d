import { expect } from '@open-wc/testing';
import { formatTime, timerFace } from '../../src/timer/timer-face.js';
import type { Prescription } from '../../src/data/types.js';
import { en } from '../../src/i18n/en.js';

const enTimer = en.timer;
import { SetTimerEngine } from '../../src/timer/set-timer-engine.js';
import { buildTimerPlan } from '../../src/timer/timer-plan.js';
import { FakeClock } from './fake-clock.js';

const base = { perSide: true, suggested: true } as const;
const holds: Prescription = {
  ...base,
  sets: 2,
  holdSeconds: 45,
  getReadySeconds: 5,
  restSeconds: 600,
};

describe('timerFace', () => {
  it('formats whole seconds as mm:ss, minutes past the hour included', () => {
    expect([0, 9, 60, 615, 3_600].map(formatTime)).to.deep.equal([
      '00:00',
      '00:09',
      '01:00',
      '10:15',
      '60:00',
    ]);
  });

  it('rounds up, so the last second shows 00:01 and the ring empties smoothly', () => {
    const clock = new FakeClock();
    const engine = new SetTimerEngine(buildTimerPlan(holds), clock);
    const face = () => timerFace(engine.snapshot(), engine.plan, enTimer);
    expect(face()).to.deep.include({ label: 'idle', digits: '00:45', fraction: 1 });
    engine.start();
    engine.skipRest();
    clock.advance(44_001);
    expect(face()).to.deep.include({
      label: 'hold',
      phase: 'Hold',
      digits: '00:01',
      status: 'Set 1 of 2 · 45 s hold · left leg',
    });
    expect(face().fraction).to.be.closeTo(999 / 45_000, 1e-12);
    engine.pause();
    expect(face().phase).to.equal('Hold · Paused');
  });

  it('describes the hold ahead during its get-ready, and what follows a rest', () => {
    const clock = new FakeClock();
    const engine = new SetTimerEngine(buildTimerPlan(holds), clock);
    engine.start();
    const face = () => timerFace(engine.snapshot(), engine.plan, enTimer);
    expect(face().status).to.equal('Set 1 of 2 · 45 s hold · left leg');
    clock.advance(5_000 + 45_000 + 5_000 + 45_000);
    engine.sync();
    expect(face()).to.deep.include({
      label: 'rest',
      digits: '10:00',
      status: 'Up next: Set 2 of 2 · 45 s hold · left leg',
    });
  });
});
