import { expect } from '@open-wc/testing';
import { CueController, toneFor } from '../../src/timer/cue-controller.js';
import { scaleClock } from '../../src/timer/timer-controller.js';
import type { Prescription } from '../../src/data/types.js';
import { SetTimerEngine } from '../../src/timer/set-timer-engine.js';
import { buildTimerPlan } from '../../src/timer/timer-plan.js';
import { FakeClock } from './fake-clock.js';
import {
  FakeAudioContext,
  FakeHost,
  installFakeAudio,
  installVibrate,
  removeAudio,
  restoreVisibility,
  setVisibility,
} from './fakes.js';
import { holds } from './prescriptions.js';

const COUNT = 880;
const EFFORT = 1320;
const EASY = 587;
const FINISH = 1047;

function setUp(prescription: Prescription = holds, scale = 1) {
  const clock = new FakeClock();
  const engineClock = scaleClock(clock, scale);
  const engine = new SetTimerEngine(buildTimerPlan(prescription), engineClock);
  const host = new FakeHost();
  const cues = new CueController(host, { engine, scale, now: () => engineClock.now() });
  host.connect();
  const context = () => FakeAudioContext.instances[0]!;
  return { clock, engine, host, cues, context };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('CueController', () => {
  let undo: (() => void)[] = [];

  beforeEach(() => {
    undo = [installFakeAudio()];
    setVisibility('visible'); // a background test page may be hidden
  });

  afterEach(() => {
    for (const fn of undo.reverse()) fn();
    restoreVisibility();
  });

  it('makes no AudioContext until a gesture unlocks it, then plans at once', () => {
    const { engine, cues, context } = setUp();
    engine.start();
    cues.replan();
    expect(FakeAudioContext.instances).to.have.length(0);
    cues.unlock();
    cues.unlock();
    expect(FakeAudioContext.instances).to.have.length(1);
    expect(context().startsAt(COUNT).length).to.be.greaterThan(0);
  });

  it('plans 3-2-1 beeps before each timed step ends and a distinct tone at each change', () => {
    const { engine, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const ctx = context();
    expect(ctx.startsAt(COUNT)).to.deep.equal([
      2, 3, 4, 32, 33, 34, 92, 93, 94, 97, 98, 99, 127, 128, 129,
    ]);
    expect(ctx.startsAt(EFFORT), 'holds begin').to.deep.equal([5, 100]);
    expect(ctx.startsAt(EASY), 'rest and get-ready begin').to.deep.equal([35, 95]);
    expect(ctx.startsAt(FINISH)).to.deep.equal([130]);
    const osc = ctx.live.find((o) => o.frequency.value === COUNT)!;
    expect(osc.stopAt! - osc.startAt!).to.be.closeTo(0.11, 1e-9);
  });

  it('does not beep before a short step has begun', () => {
    const { engine, cues, context } = setUp({ ...holds, sets: 1, getReadySeconds: 2 });
    engine.start();
    cues.unlock();
    expect(context().startsAt(COUNT)).to.deep.equal([1, 29, 30, 31]);
  });

  it('plans ten minutes ahead, not the whole of a long exercise', () => {
    const { engine, cues, context } = setUp({ ...holds, sets: 20 });
    engine.start();
    cues.unlock();
    const starts = context().live.map((osc) => osc.startAt!);
    expect(Math.max(...starts)).to.be.at.most(600);
    expect(Math.max(...starts)).to.be.greaterThan(500);
  });

  it('maps a time-scale onto the audio clock and keeps fast beeps short', () => {
    const { engine, cues, context } = setUp(holds, 20);
    engine.start();
    cues.unlock();
    const [first, second, third] = context().startsAt(COUNT);
    expect([first, second, third].map((t) => t!.toFixed(3))).to.deep.equal([
      '0.100',
      '0.150',
      '0.200',
    ]);
    expect(context().startsAt(EFFORT)[0]).to.be.closeTo(0.25, 1e-9);
    const osc = context().live.find((o) => o.frequency.value === EFFORT)!;
    expect(osc.stopAt! - osc.startAt!).to.be.closeTo(0.06, 1e-9);
  });

  it('keeps the tone of a change that fell due on the timer before the audio clock got there', () => {
    const { clock, engine, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const ctx = context();
    const holdBegins = engine.currentStepEndsAt()!; // planned for audio time 5
    clock.advance(5_000);
    ctx.currentTime = 4.997; // the audio clock reports a few ms late, as it does on phones
    engine.sync();
    cues.changed(holdBegins, 'hold', false);
    cues.replan();
    const nearFive = ctx.startsAt(EFFORT).filter((t) => Math.abs(t - 5) < 0.1);
    expect(nearFive, 'the planned hold tone still sounds, and only once').to.deep.equal([5]);
  });

  it('re-plans from now, cancelling what has not sounded and leaving a sounding beep alone', () => {
    const { clock, engine, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const ctx = context();
    const planned = ctx.live.length;
    clock.advance(2_050);
    ctx.currentTime = 2.05;
    cues.replan();
    expect(ctx.startsAt(COUNT).slice(0, 3)).to.deep.equal([2, 3, 4]);
    expect(ctx.oscillators.filter((osc) => osc.cancelled)).to.have.length(planned - 1);
    engine.pause();
    cues.replan();
    expect(ctx.live.map((osc) => osc.startAt)).to.deep.equal([2]);
  });

  it('sounds a tone now only for a change it had not planned, and vibrates', () => {
    const vibrate = installVibrate();
    undo.push(vibrate.restore);
    const { engine, cues, context } = setUp();
    cues.unlock();
    engine.start();
    const startedAt = engine.currentStepEndsAt()! - 5_000; // the get-ready began now
    cues.changed(startedAt, 'get-ready', false);
    expect(context().startsAt(EASY), 'the Start tap').to.deep.equal([0]);
    cues.replan();
    cues.changed(startedAt + 5_000, 'hold', false);
    expect(
      context()
        .startsAt(EFFORT)
        .filter((t) => t === 0),
      'planned already',
    ).to.deep.equal([]);
    cues.changed(startedAt + 35_000, 'rest', true);
    cues.changed(startedAt + 36_000, undefined, false);
    expect(vibrate.patterns).to.deep.equal([[100, 80, 100], [300], [200, 100, 200, 100, 400]]);
    cues.vibrate = false;
    cues.changed(startedAt + 40_000, 'hold', false);
    expect(vibrate.patterns).to.have.length(3);
  });

  it('does not vibrate before the reader has interacted with the page (Chrome would log an error)', () => {
    const vibrate = installVibrate({ activated: false });
    undo.push(vibrate.restore);
    const { engine, cues } = setUp();
    engine.start();
    cues.changed(engine.currentStepEndsAt()! - 5_000, 'get-ready', false);
    expect(vibrate.patterns).to.deep.equal([]);
  });

  it('silences planned cues when muted and plans them again when unmuted', () => {
    const { engine, cues, context } = setUp();
    engine.start();
    cues.unlock();
    cues.muted = true;
    expect(context().live).to.have.length(0);
    cues.changed(0, 'hold', false);
    expect(context().live).to.have.length(0);
    cues.muted = false;
    expect(context().startsAt(COUNT).slice(0, 3)).to.deep.equal([2, 3, 4]);
  });

  it('resumes a suspended or interrupted context on becoming visible, then re-plans', async () => {
    const { clock, engine, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const ctx = context();
    ctx.state = 'interrupted'; // iOS, after the screen locked
    clock.advance(1_000);
    ctx.currentTime = 0.5; // the audio clock stood still for half a second
    setVisibility('visible');
    await settle();
    expect(ctx.resumes).to.equal(1);
    expect(ctx.startsAt(COUNT).slice(0, 3)).to.deep.equal([1.5, 2.5, 3.5]);
  });

  it('forgets tones that have ended', () => {
    const { engine, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const before = cues.activeTones;
    const osc = context().live[0]!;
    osc.end();
    expect(cues.activeTones).to.equal(before - 1);
    expect(osc.connected).to.be.false;
  });

  it('on disconnect, stops tones to come and lets a sounding one end before closing', async () => {
    const { engine, host, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const ctx = context();
    ctx.currentTime = Math.min(...ctx.live.map((osc) => osc.startAt!)); // the first has begun
    const sounding = ctx.live.filter((osc) => osc.startAt! <= ctx.currentTime);
    expect(sounding, 'one tone sounding').to.have.length(1);
    expect(ctx.live.length, 'tones planned ahead').to.be.greaterThan(1);
    host.disconnect();
    expect(ctx.live, 'only the sounding tone is left').to.deep.equal(sounding);
    expect(ctx.state).to.equal('running');
    sounding[0]!.end();
    expect(ctx.state).to.equal('closed');
    expect(ctx.connectedNodes).to.equal(0);
    expect(cues.activeTones).to.equal(0);
    ctx.state = 'suspended';
    setVisibility('visible');
    await settle();
    expect(ctx.resumes).to.equal(0);
  });

  it('closes a left-behind context on its own last tone, leaving a new context’s tones alone', () => {
    const { engine, host, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const old = context();
    old.currentTime = Math.min(...old.live.map((osc) => osc.startAt!)); // the first has begun
    const [sounding] = old.live.filter((osc) => osc.startAt! <= old.currentTime);
    host.disconnect(); // moved in the page: out …
    host.connect(); // … and back in, then a tap
    cues.unlock();
    const fresh = FakeAudioContext.instances[1]!;
    const planned = fresh.live.length;
    expect(planned, 'the new context plans the cues again').to.be.greaterThan(0);
    expect(old.state, 'still sounding its tone').to.equal('running');
    sounding!.end();
    expect(old.state).to.equal('closed');
    expect(fresh.live, 'the new context’s tones').to.have.length(planned);
    expect(fresh.state).to.not.equal('closed');
  });

  it('on disconnect, closes a context that is not playing at once: its tones would never end', () => {
    const { engine, host, cues, context } = setUp();
    engine.start();
    cues.unlock();
    const ctx = context();
    ctx.currentTime = Math.min(...ctx.live.map((osc) => osc.startAt!));
    ctx.state = 'suspended';
    host.disconnect();
    expect(ctx.state).to.equal('closed');
    expect(ctx.live).to.deep.equal([]);
    expect(cues.activeTones).to.equal(0);
  });

  it('stays silent, without errors, where there is no Web Audio', () => {
    undo.push(removeAudio());
    const { engine, cues } = setUp();
    engine.start();
    expect(() => cues.unlock()).not.to.throw();
    expect(cues.activeTones).to.equal(0);
  });

  it('picks the tone for what begins', () => {
    expect(
      ['work', 'hold', 'rest', 'get-ready', undefined].map((p) => toneFor(p as never)),
    ).to.deep.equal(['effort', 'effort', 'easy', 'easy', 'finish']);
  });
});
