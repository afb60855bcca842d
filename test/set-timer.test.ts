import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/set-timer.js';
import { SetTimer } from '../src/components/set-timer/set-timer.js';
import type { Exercise, Prescription } from '../src/data/types.js';
import type {
  ExerciseCompleteEvent,
  SetCompleteEvent,
  TimerPhaseEvent,
} from '../src/events/timer-events.js';
import { MUTED_KEY, VOICE_KEY, forgetPagePreferences } from '../src/timer/preferences.js';
import { tickScheduler } from '../src/timer/tick-scheduler.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { recordEvents, spyOnConsole } from './helpers/console-spy.js';
import { FakeClock } from './timer/fake-clock.js';
import { forcedColors, forcedColorsRules, systemColor } from './helpers/forced-colors.js';
import {
  FakeAudioContext,
  FakeWakeLock,
  installFakeAudio,
  installFakeWakeLock,
  installVibrate,
  removeAudio,
  restoreVisibility,
  setVisibility,
} from './timer/fakes.js';

const [tke, spanishSquat, , , reverseNordic] = runnersKneeRoutine.exercises as [
  Exercise,
  Exercise,
  Exercise,
  Exercise,
  Exercise,
];

function withPrescription(base: Exercise, changes: Partial<Prescription>): Exercise {
  return { ...base, prescription: { ...base.prescription, ...changes } };
}

/** 1 set of 6 reps. */
const oneSet = withPrescription(reverseNordic, { sets: 1 });
/** 2 sets of 6 reps, straight from one to the next. */
const noRest = withPrescription(reverseNordic, { sets: 2, restSeconds: 0 });
/** Per-side reps, right leg first. */
const rightFirst = withPrescription(tke, { sideOrder: ['right', 'left'] });
/** 20 sets of: get ready 5 s, hold 30 s left, get ready 5 s, hold 30 s right, rest 45 s. */
const longHolds = withPrescription(spanishSquat, { sets: 20, perSide: true, restSeconds: 45 });

async function timerFor(exercise: unknown, clock = new FakeClock()): Promise<SetTimer> {
  const el = await fixture<SetTimer>(
    html`<set-timer .clock=${clock} .exercise=${exercise as Exercise}></set-timer>`,
  );
  await el.updateComplete;
  return el;
}

function part(el: SetTimer, name: string): Element {
  const found = el.shadowRoot!.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`<set-timer> has no part "${name}"`);
  return found;
}

function text(el: SetTimer, name: string): string {
  return (part(el, name).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Phase, display and status on one line: "Rest | 01:00 | Up next: Set 2 of 4 · 30 s hold". */
function face(el: SetTimer): string {
  return [text(el, 'phase'), text(el, 'display'), text(el, 'status')].join(' | ');
}

function button(el: SetTimer, action: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
}

async function press(el: SetTimer, action: string): Promise<void> {
  button(el, action).click();
  await el.updateComplete;
}

/** A button's label: "Done", "Skip rest", "Pause"… */
function label(el: SetTimer, action: string): string {
  return button(el, action).textContent!.trim();
}

/** Why a button is unavailable, as its description says; `undefined` when it has none. */
function reason(el: SetTimer, action: string): string | undefined {
  const id = button(el, action).getAttribute('aria-describedby');
  return id ? el.shadowRoot!.getElementById(id)!.textContent!.trim() : undefined;
}

function hint(el: SetTimer): string | undefined {
  return el.shadowRoot!.querySelector('.hint')?.textContent!.trim();
}

/** The data-action of every button, in document order. */
function buttonOrder(el: SetTimer): string[] {
  return [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.dataset.action ?? '');
}

function live(el: SetTimer): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Moves the clock on, then lets the timer catch up as it does when the page shows again. */
async function advance(el: SetTimer, clock: FakeClock, ms: number): Promise<void> {
  clock.advance(ms);
  document.dispatchEvent(new Event('visibilitychange'));
  await el.updateComplete;
}

/** Lets promise callbacks (wake lock requests, audio resumes) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('<set-timer>', () => {
  // Cues from the first tap: their code, loaded on demand, is in before any test taps.
  before(() => SetTimer.preload());
  afterEach(() => forgetPagePreferences());

  let undo: (() => void)[] = [];
  let wakeLock: FakeWakeLock;
  let vibrations: number[][];

  beforeEach(() => {
    wakeLock = new FakeWakeLock();
    const vibrate = installVibrate();
    vibrations = vibrate.patterns;
    undo = [installFakeAudio(), installFakeWakeLock(wakeLock), vibrate.restore];
    localStorage.removeItem(MUTED_KEY);
    setVisibility('visible'); // a background test page may be hidden
  });

  afterEach(() => {
    for (const fn of undo.reverse()) fn();
    restoreVisibility();
    localStorage.removeItem(MUTED_KEY);
  });

  describe('display', () => {
    it('sets the time, the phase and the set counts in tabular figures, so they do not jitter', async () => {
      const el = await timerFor(spanishSquat);
      for (const name of ['display', 'phase', 'status', 'controls']) {
        expect(getComputedStyle(part(el, name)).fontVariantNumeric, name).to.equal('tabular-nums');
      }
    });

    it('shows an idle rep exercise: the reps, the first set and the side', async () => {
      const el = await timerFor(tke);
      expect(face(el)).to.equal('Ready | 15 | Set 1 of 3 · 15 reps · left leg');
      expect(text(el, 'timer')).to.include('reps');
    });

    it('shows an idle hold with its hold time, not the get-ready', async () => {
      const el = await timerFor(spanishSquat);
      expect(face(el)).to.equal('Ready | 00:30 | Set 1 of 4 · 30 s hold');
    });

    it('counts down in mm:ss, rounding seconds up, and moves on at each end', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary'); // Start hold
      expect(face(el)).to.equal('Get ready | 00:05 | Set 1 of 4 · 30 s hold');
      await advance(el, clock, 1);
      expect(text(el, 'display')).to.equal('00:05');
      await advance(el, clock, 999);
      expect(text(el, 'display')).to.equal('00:04');
      await advance(el, clock, 4_000);
      expect(face(el)).to.equal('Hold | 00:30 | Set 1 of 4 · 30 s hold');
      await advance(el, clock, 29_999);
      expect(text(el, 'display')).to.equal('00:01');
      await advance(el, clock, 1);
      expect(face(el)).to.equal('Rest | 01:00 | Up next: Set 2 of 4 · 30 s hold');
    });

    it('draws the ring with an SVG attribute, never an inline style', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      const bar = el.shadowRoot!.querySelector('.ring__bar')!;
      expect(bar.getAttribute('stroke-dashoffset')).to.equal('0.00');
      await press(el, 'primary');
      await advance(el, clock, 5_000 + 15_000);
      expect(bar.getAttribute('stroke-dashoffset')).to.equal('50.00');
      await advance(el, clock, 7_500);
      expect(bar.getAttribute('stroke-dashoffset')).to.equal('75.00');
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });

    it('gives every button a touch target of at least 44 px', async () => {
      const el = await timerFor(tke);
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      // Voice is there where the browser can speak.
      const canSpeak = !!window.speechSynthesis && typeof SpeechSynthesisUtterance === 'function';
      expect(buttons).to.have.length(canSpeak ? 6 : 5);
      for (const b of buttons) {
        const { width, height } = b.getBoundingClientRect();
        expect(Math.min(width, height), b.textContent!).to.be.at.least(44);
      }
    });

    it('has no heading unless heading-level asks for one', async () => {
      const el = await timerFor(tke);
      expect(el.shadowRoot!.querySelector('[role="heading"]')).to.be.null;
      expect(part(el, 'timer').getAttribute('aria-label')).to.equal(`Timer: ${tke.name}`);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      const heading = part(el, 'heading');
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(part(el, 'timer').getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(part(el, 'timer').hasAttribute('aria-label')).to.be.false;
    });
  });

  describe('prescription shapes', () => {
    it('runs per-side rep sets left, right, rest, waiting for Done on each', async () => {
      const clock = new FakeClock();
      const el = await timerFor(tke, clock);
      await advance(el, clock, 10 * 60_000); // nothing runs before the first Done
      expect(face(el)).to.equal('Ready | 15 | Set 1 of 3 · 15 reps · left leg');
      await press(el, 'primary'); // Done on the left leg, from idle
      expect(face(el)).to.equal('Work | 15 | Set 1 of 3 · 15 reps · right leg');
      await advance(el, clock, 10 * 60_000); // a rep set never ends on its own
      expect(face(el)).to.equal('Work | 15 | Set 1 of 3 · 15 reps · right leg');
      await press(el, 'primary');
      expect(face(el)).to.equal('Rest | 00:30 | Up next: Set 2 of 3 · 15 reps · left leg');
      await advance(el, clock, 30_000);
      expect(face(el)).to.equal('Work | 15 | Set 2 of 3 · 15 reps · left leg');
      await advance(el, clock, 10 * 60_000);
      expect(face(el)).to.equal('Work | 15 | Set 2 of 3 · 15 reps · left leg');
      await press(el, 'primary');
      expect(face(el)).to.equal('Work | 15 | Set 2 of 3 · 15 reps · right leg');
    });

    it('follows the side order the data gives', async () => {
      const el = await timerFor(rightFirst);
      expect(text(el, 'status')).to.equal('Set 1 of 3 · 15 reps · right leg');
      await press(el, 'primary');
      expect(text(el, 'status')).to.equal('Set 1 of 3 · 15 reps · left leg');
    });

    it('finishes a one-set exercise on one Done, with no rest', async () => {
      const el = await timerFor(oneSet);
      const sets = recordEvents<SetCompleteEvent>(el, 'routine-set-complete');
      const done = recordEvents<ExerciseCompleteEvent>(el, 'routine-exercise-complete');
      expect(face(el)).to.equal('Ready | 6 | Set 1 of 1 · 6 reps');
      await press(el, 'primary');
      expect(face(el)).to.equal('Finished | 00:00 | Set done');
      expect(sets.map((e) => e.detail)).to.deep.equal([{ exerciseId: oneSet.id, set: 1 }]);
      expect(done).to.have.length(1);
    });

    it('goes straight to the next set when there is no rest', async () => {
      const el = await timerFor(noRest);
      await press(el, 'primary');
      expect(face(el)).to.equal('Work | 6 | Set 2 of 2 · 6 reps');
      await press(el, 'primary');
      expect(face(el)).to.equal('Finished | 00:00 | All 2 sets done');
    });

    it('runs timed holds on their own from start to finish', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary');
      await advance(el, clock, 320_000 - 1);
      expect(face(el)).to.equal('Hold | 00:01 | Set 4 of 4 · 30 s hold');
      await advance(el, clock, 1);
      expect(face(el)).to.equal('Finished | 00:00 | All 4 sets done');
    });
  });

  describe('controls', () => {
    it('offers only the controls that apply, marking the rest aria-disabled', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      const all = ['primary', 'toggle', 'add-time', 'restart', 'mute'];
      const enabled = () =>
        all.filter((a) => button(el, a).getAttribute('aria-disabled') !== 'true');
      expect(enabled()).to.deep.equal(['primary', 'mute']);
      await press(el, 'primary');
      expect(enabled()).to.deep.equal(['primary', 'toggle', 'restart', 'mute']);
      expect(label(el, 'primary')).to.equal('Skip countdown');
      expect(label(el, 'toggle')).to.equal('Pause');
      await advance(el, clock, 5_000 + 30_000);
      expect(enabled()).to.deep.equal(all);
      expect(label(el, 'primary')).to.equal('Skip rest');
      expect(label(el, 'add-time')).to.equal('+15 s');
      await press(el, 'toggle');
      expect(enabled(), 'paused').to.deep.equal(all);
      expect(label(el, 'toggle')).to.equal('Resume');
    });

    it('makes Pause before the start look unavailable, and says why', async () => {
      const clock = new FakeClock();
      const el = await timerFor(tke, clock);
      const pause = button(el, 'toggle');
      const mute = button(el, 'mute'); // an enabled outlined button
      const style = (b: HTMLButtonElement) => getComputedStyle(b);
      expect(pause.textContent!.trim()).to.equal('Pause');
      expect(pause.getAttribute('aria-disabled')).to.equal('true');
      expect(pause.disabled, 'still focusable').to.be.false;
      expect(style(pause).borderStyle).to.equal('dashed');
      expect(style(mute).borderStyle).to.equal('solid');
      expect(style(pause).color).to.not.equal(style(mute).color);
      expect(style(pause).borderColor).to.not.equal(style(mute).borderColor);
      expect(style(pause).cursor).to.equal('not-allowed');
      const why = el.shadowRoot!.getElementById(pause.getAttribute('aria-describedby')!);
      expect(why!.textContent!.trim()).to.equal('Nothing to pause: the timer is not running.');
      // The primary button is what to tap instead: it is not unavailable.
      expect(button(el, 'primary').getAttribute('aria-disabled')).to.equal('false');
      expect(style(button(el, 'primary')).borderStyle).to.not.equal('dashed');
      expect(reason(el, 'primary')).to.be.undefined;
      // Tapped anyway: nothing happens but a visible hint.
      await press(el, 'toggle');
      expect(face(el)).to.equal('Ready | 15 | Set 1 of 3 · 15 reps · left leg');
      expect(hint(el)).to.equal('Nothing to pause: the timer is not running.');
      await press(el, 'primary');
      expect(hint(el)).to.be.undefined;
      expect(text(el, 'phase')).to.equal('Work');
      expect(pause.getAttribute('aria-disabled')).to.equal('false');
      expect(pause.hasAttribute('aria-describedby')).to.be.false;
      expect(style(pause).borderStyle).to.equal('solid');
    });

    it('records a rep set with one Done before the start, then runs the rest by itself', async () => {
      const clock = new FakeClock();
      const el = await timerFor(reverseNordic, clock);
      const phases = recordEvents<TimerPhaseEvent>(el, 'routine-timer-phase');
      const sets = recordEvents<SetCompleteEvent>(el, 'routine-set-complete');
      const id = reverseNordic.id;
      expect(label(el, 'primary')).to.equal('Done');
      await press(el, 'primary');
      expect(phases.map((e) => e.detail)).to.deep.equal([
        { exerciseId: id, phase: 'work', set: 1, totalSets: 3 },
        { exerciseId: id, phase: 'rest', set: 1, totalSets: 3 },
      ]);
      expect(sets.map((e) => e.detail)).to.deep.equal([{ exerciseId: id, set: 1 }]);
      expect(face(el)).to.equal('Rest | 01:00 | Up next: Set 2 of 3 · 6 reps');
      expect(label(el, 'toggle'), 'the rest runs').to.equal('Pause');
      expect(button(el, 'toggle').getAttribute('aria-disabled')).to.equal('false');
      await advance(el, clock, 30_000);
      expect(face(el)).to.equal('Rest | 00:30 | Up next: Set 2 of 3 · 6 reps');
      await advance(el, clock, 30_000);
      expect(face(el)).to.equal('Work | 6 | Set 2 of 3 · 6 reps');
      expect(sets, 'set 2 waits for its own Done').to.have.length(1);
    });

    it('says why +15 s and Pause are unavailable and, once finished, Done and Pause', async () => {
      const clock = new FakeClock();
      const el = await timerFor(oneSet, clock);
      expect(reason(el, 'add-time')).to.equal('Adds time to a rest, while one runs.');
      expect(reason(el, 'toggle')).to.equal('Nothing to pause: the timer is not running.');
      expect(reason(el, 'restart'), 'obvious: nothing to restart').to.be.undefined;
      expect(reason(el, 'primary'), 'Done applies before the start').to.be.undefined;
      await press(el, 'primary');
      expect(text(el, 'phase')).to.equal('Finished');
      expect(reason(el, 'toggle')).to.equal('All sets are done. Restart to go again.');
      expect(reason(el, 'primary')).to.equal('All sets are done. Restart to go again.');
      expect(button(el, 'primary').getAttribute('aria-disabled')).to.equal('true');
      // Tapped anyway: nothing happens but a visible hint.
      const events = recordEvents(el, 'routine-set-complete');
      await press(el, 'primary');
      expect(text(el, 'phase')).to.equal('Finished');
      expect(events).to.have.length(0);
      expect(hint(el)).to.equal('All sets are done. Restart to go again.');
    });

    it('shows unavailable buttons as such in the dark theme and in forced colours', async () => {
      const el = await timerFor(tke);
      el.theme = 'dark';
      await el.updateComplete;
      const pause = button(el, 'toggle'); // unavailable before the start
      const mute = button(el, 'mute');
      expect(pause.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(pause).borderStyle).to.equal('dashed');
      expect(getComputedStyle(pause).color).to.equal('rgb(165, 176, 187)'); // the dark muted
      expect(getComputedStyle(pause).color).to.not.equal(getComputedStyle(mute).color);
      const forced = await forcedColors(true);
      try {
        if (forced) {
          expect(getComputedStyle(pause).color).to.equal(systemColor('GrayText'));
          expect(getComputedStyle(pause).borderTopColor).to.equal(systemColor('GrayText'));
          expect(getComputedStyle(mute).color).to.not.equal(systemColor('GrayText'));
          expect(getComputedStyle(pause).borderStyle).to.equal('dashed');
        } else {
          const styles = (el.constructor as typeof SetTimer).elementStyles;
          const rules = forcedColorsRules(styles as { cssText: string }[]);
          expect(rules).to.match(/\[aria-disabled=["']?true["']?\][^}]*GrayText/i);
        }
      } finally {
        await forcedColors(false);
      }
    });

    it('ends a hold early on Done, and skips a get-ready and a rest', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary'); // Start hold
      expect(face(el)).to.equal('Get ready | 00:05 | Set 1 of 4 · 30 s hold');
      await press(el, 'primary'); // Skip countdown
      expect(face(el)).to.equal('Hold | 00:30 | Set 1 of 4 · 30 s hold');
      await advance(el, clock, 10_000);
      await press(el, 'primary'); // Done
      expect(face(el)).to.equal('Rest | 01:00 | Up next: Set 2 of 4 · 30 s hold');
      await press(el, 'primary'); // Skip rest
      expect(face(el)).to.equal('Get ready | 00:05 | Set 2 of 4 · 30 s hold');
    });

    it('carries on running after Done or Skip on a paused timer', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary');
      await press(el, 'toggle');
      expect(text(el, 'phase')).to.equal('Get ready · Paused');
      expect(label(el, 'primary')).to.equal('Skip countdown');
      await press(el, 'primary');
      expect(face(el)).to.equal('Hold | 00:30 | Set 1 of 4 · 30 s hold');
      expect(label(el, 'toggle')).to.equal('Pause');
      await advance(el, clock, 1_000);
      expect(text(el, 'display')).to.equal('00:29');
      await press(el, 'toggle');
      await press(el, 'primary'); // Done on the paused hold
      expect(face(el)).to.equal('Rest | 01:00 | Up next: Set 2 of 4 · 30 s hold');
      await advance(el, clock, 1_000);
      expect(text(el, 'display')).to.equal('00:59');
    });

    it('adds 15 s to a rest, and ignores +15 s outside one', async () => {
      const clock = new FakeClock();
      const el = await timerFor(tke, clock);
      await press(el, 'add-time'); // before the start: disabled
      await press(el, 'primary');
      await press(el, 'add-time'); // during work: disabled
      expect(face(el)).to.equal('Work | 15 | Set 1 of 3 · 15 reps · right leg');
      await press(el, 'primary');
      await advance(el, clock, 10_000);
      expect(text(el, 'display')).to.equal('00:20');
      await press(el, 'add-time');
      expect(text(el, 'display')).to.equal('00:35');
      await advance(el, clock, 35_000);
      expect(text(el, 'phase')).to.equal('Work');
    });

    it('pauses exactly: a paused minute changes nothing, and the rest resumes where it was', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary');
      await advance(el, clock, 12_300);
      await press(el, 'toggle');
      expect(face(el)).to.equal('Hold · Paused | 00:23 | Set 1 of 4 · 30 s hold');
      expect(button(el, 'toggle').textContent!.trim()).to.equal('Resume');
      await advance(el, clock, 60_000);
      expect(face(el)).to.equal('Hold · Paused | 00:23 | Set 1 of 4 · 30 s hold');
      await press(el, 'toggle');
      await advance(el, clock, 22_699);
      expect(text(el, 'display')).to.equal('00:01');
      await advance(el, clock, 1);
      expect(text(el, 'phase')).to.equal('Rest');
    });

    it('restarts to the first set, idle', async () => {
      const clock = new FakeClock();
      const el = await timerFor(tke, clock);
      await press(el, 'primary');
      await press(el, 'restart');
      expect(face(el)).to.equal('Ready | 15 | Set 1 of 3 · 15 reps · left leg');
      expect(label(el, 'primary')).to.equal('Done');
      expect(button(el, 'toggle').getAttribute('aria-disabled')).to.equal('true');
      expect(button(el, 'restart').getAttribute('aria-disabled')).to.equal('true');
      await advance(el, clock, 60_000);
      expect(text(el, 'phase'), 'idle: nothing runs').to.equal('Ready');
    });
  });

  describe('primary button', () => {
    /** Phase, primary label and whether the primary button is unavailable. */
    function primaryState(el: SetTimer): string {
      const unavailable = button(el, 'primary').getAttribute('aria-disabled') === 'true';
      return [
        text(el, 'phase'),
        label(el, 'primary'),
        unavailable ? 'unavailable' : 'available',
      ].join(' | ');
    }

    it('is the one primary part, styled as the main action', async () => {
      const el = await timerFor(tke);
      const primary = button(el, 'primary');
      expect(part(el, 'primary')).to.equal(primary);
      expect(el.shadowRoot!.querySelectorAll('[part~="primary"]')).to.have.length(1);
      expect(primary.getAttribute('part')).to.equal('button primary');
      expect(primary.classList.contains('button--primary')).to.be.true;
      for (const action of ['toggle', 'add-time', 'restart', 'mute']) {
        expect(button(el, action).getAttribute('part'), action).to.equal('button');
      }
    });

    it('names what it does: Done on a rep set, from idle on, Skip rest on a rest', async () => {
      const el = await timerFor(tke);
      expect(primaryState(el)).to.equal('Ready | Done | available');
      await press(el, 'primary');
      expect(primaryState(el)).to.equal('Work | Done | available');
      await press(el, 'toggle');
      expect(primaryState(el)).to.equal('Work · Paused | Done | available');
      await press(el, 'toggle');
      await press(el, 'primary');
      expect(primaryState(el)).to.equal('Rest | Skip rest | available');
      await press(el, 'toggle');
      expect(primaryState(el)).to.equal('Rest · Paused | Skip rest | available');
      await press(el, 'primary'); // skips the paused rest
      expect(primaryState(el)).to.equal('Work | Done | available');
      for (let i = 0; i < 5; i++) await press(el, 'primary'); // set 2 left, right, rest, set 3
      expect(primaryState(el)).to.equal('Finished | Done | unavailable');
    });

    it('names what it does: Start hold, Skip countdown, Done on a hold; unavailable when done', async () => {
      const clock = new FakeClock();
      const el = await timerFor(withPrescription(spanishSquat, { sets: 1 }), clock);
      expect(primaryState(el)).to.equal('Ready | Start hold | available');
      await press(el, 'primary');
      expect(primaryState(el)).to.equal('Get ready | Skip countdown | available');
      await press(el, 'toggle');
      expect(primaryState(el)).to.equal('Get ready · Paused | Skip countdown | available');
      await press(el, 'toggle');
      await advance(el, clock, 5_000);
      expect(primaryState(el)).to.equal('Hold | Done | available');
      await press(el, 'toggle');
      expect(primaryState(el)).to.equal('Hold · Paused | Done | available');
      await press(el, 'toggle');
      await advance(el, clock, 30_000);
      expect(primaryState(el)).to.equal('Finished | Done | unavailable');
      await press(el, 'restart');
      expect(primaryState(el)).to.equal('Ready | Start hold | available');
    });

    it('says Start hold, not Done, for a hold with no get-ready', async () => {
      const el = await timerFor(withPrescription(spanishSquat, { getReadySeconds: 0 }));
      expect(primaryState(el)).to.equal('Ready | Start hold | available');
      await press(el, 'primary');
      expect(primaryState(el), 'it only starts').to.equal('Hold | Done | available');
      expect(text(el, 'display')).to.equal('00:30');
    });

    it('stays the first button, the same element in the same place, through every state', async () => {
      const clock = new FakeClock();
      for (const exercise of [withPrescription(spanishSquat, { sets: 2 }), noRest, tke]) {
        const el = await timerFor(exercise, clock);
        const primary = button(el, 'primary');
        const controls = part(el, 'controls');
        const seen: string[] = [];
        const check = () => {
          const state = text(el, 'phase');
          seen.push(state);
          expect(button(el, 'primary'), `${state}: the same element`).to.equal(primary);
          expect(buttonOrder(el).slice(0, 5), state).to.deep.equal([
            'primary',
            'toggle',
            'add-time',
            'restart',
            'mute',
          ]);
          expect(primary.parentElement!.classList.contains('primary-row'), state).to.be.true;
          expect(primary.parentElement!.nextElementSibling, state).to.equal(controls);
          const [above, below] = [
            primary.getBoundingClientRect(),
            controls.getBoundingClientRect(),
          ];
          expect(above.bottom, `${state}: above the other controls`).to.be.at.most(below.top);
        };
        check();
        for (let i = 0; i < 12 && text(el, 'phase') !== 'Finished'; i++) {
          await press(el, 'primary');
          check();
          if (i === 1) {
            await press(el, 'toggle');
            check();
            await press(el, 'toggle');
          }
        }
        expect(text(el, 'phase'), exercise.id).to.equal('Finished');
        await press(el, 'restart');
        check();
        expect(new Set(seen).size, `${exercise.id}: ${seen.join(', ')}`).to.be.at.least(3);
      }
    });

    it('comes last with large, a tall target below the other controls', async () => {
      const el = await fixture<SetTimer>(
        html`<set-timer large .clock=${new FakeClock()} .exercise=${spanishSquat}></set-timer>`,
      );
      const primary = button(el, 'primary');
      const lastOf = () => buttonOrder(el).at(-1);
      expect(el.large).to.be.true;
      expect(lastOf()).to.equal('primary');
      expect(buttonOrder(el).slice(0, 4)).to.deep.equal(['toggle', 'add-time', 'restart', 'mute']);
      const controls = part(el, 'controls');
      expect(controls.nextElementSibling).to.equal(primary.parentElement);
      expect(primary.getBoundingClientRect().top).to.be.at.least(
        controls.getBoundingClientRect().bottom,
      );
      expect(primary.getBoundingClientRect().height).to.be.at.least(64);
      await press(el, 'primary');
      expect(text(el, 'phase')).to.equal('Get ready');
      expect(lastOf(), 'still last once running').to.equal('primary');
      await expect(el).to.be.accessible();
      el.large = false;
      await el.updateComplete;
      expect(el.hasAttribute('large'), 'reflected').to.be.false;
      expect(buttonOrder(el)[0]).to.equal('primary');
      el.setAttribute('large', '');
      await el.updateComplete;
      expect(lastOf()).to.equal('primary');
    });

    it('primaryAction() does what a tap on the primary button does', async () => {
      const clock = new FakeClock();
      const el = await timerFor(reverseNordic, clock);
      const sets = recordEvents<SetCompleteEvent>(el, 'routine-set-complete');
      const done = recordEvents<ExerciseCompleteEvent>(el, 'routine-exercise-complete');
      await press(el, 'toggle'); // unavailable: a hint
      expect(hint(el)).to.equal('Nothing to pause: the timer is not running.');
      el.primaryAction(); // Done, from idle
      await el.updateComplete;
      expect(sets.map((e) => e.detail)).to.deep.equal([{ exerciseId: reverseNordic.id, set: 1 }]);
      expect(face(el)).to.equal('Rest | 01:00 | Up next: Set 2 of 3 · 6 reps');
      expect(hint(el), 'the hint goes').to.be.undefined;
      expect(FakeAudioContext.instances, 'audio starts, as from a tap').to.have.length(1);
      el.primaryAction(); // Skip rest
      await el.updateComplete;
      expect(face(el)).to.equal('Work | 6 | Set 2 of 3 · 6 reps');
      for (let i = 0; i < 3; i++) el.primaryAction(); // Done, Skip rest, Done
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Finished');
      expect(sets).to.have.length(3);
      expect(done).to.have.length(1);
      el.primaryAction(); // done: nothing to do
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Finished');
      expect(sets).to.have.length(3);
      expect(done).to.have.length(1);
      const hold = await timerFor(spanishSquat, clock);
      hold.primaryAction();
      await hold.updateComplete;
      expect(text(hold, 'phase'), 'a hold only starts').to.equal('Get ready');
    });

    it('togglePause() pauses and resumes a running timer, and does nothing otherwise', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      const events = recordEvents(el, 'routine-timer-phase');
      el.togglePause();
      await el.updateComplete;
      expect(face(el), 'idle: nothing to pause').to.equal('Ready | 00:30 | Set 1 of 4 · 30 s hold');
      expect(events).to.have.length(0);
      el.primaryAction();
      await advance(el, clock, 1_000);
      el.togglePause();
      await el.updateComplete;
      expect(face(el)).to.equal('Get ready · Paused | 00:04 | Set 1 of 4 · 30 s hold');
      expect(label(el, 'toggle')).to.equal('Resume');
      expect(live(el)).to.equal('Paused');
      await advance(el, clock, 60_000);
      expect(text(el, 'display')).to.equal('00:04');
      el.togglePause();
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Get ready');
      expect(live(el)).to.equal('Resumed');
      await advance(el, clock, 4_000);
      expect(text(el, 'phase')).to.equal('Hold');
      const finished = await timerFor(oneSet, clock);
      finished.primaryAction();
      await finished.updateComplete;
      finished.togglePause();
      await finished.updateComplete;
      expect(text(finished, 'phase'), 'done: nothing to pause').to.equal('Finished');
      expect(label(finished, 'toggle')).to.equal('Pause');
    });

    it('togglePause() clears the hint of an unavailable button, as any action does', async () => {
      const el = await timerFor(spanishSquat);
      await press(el, 'primary'); // Start hold: the get-ready runs
      await press(el, 'add-time'); // unavailable outside a rest: a hint
      expect(hint(el)).to.equal('Adds time to a rest, while one runs.');
      el.togglePause();
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Get ready · Paused');
      expect(hint(el), 'the hint goes').to.be.undefined;
    });
  });

  describe('keyboard', () => {
    /** Presses a key where focus is, and lets the timer render. */
    async function key(el: SetTimer, press: string): Promise<void> {
      await sendKeys({ press });
      await el.updateComplete;
    }

    /** Fires a keydown on the timer's frame, as a focused frame gets it; returns the event. */
    function keydown(el: SetTimer, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      part(el, 'timer').dispatchEvent(event);
      return event;
    }

    it('Space or Enter does the primary action, P pauses and resumes', async () => {
      const el = await timerFor(spanishSquat);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'timer'));
      await key(el, 'p');
      expect(text(el, 'phase'), 'P before the start does nothing').to.equal('Ready');
      await key(el, ' ');
      expect(text(el, 'phase'), 'Space starts the hold').to.equal('Get ready');
      await key(el, 'p');
      expect(text(el, 'phase')).to.equal('Get ready · Paused');
      await key(el, 'p');
      expect(text(el, 'phase')).to.equal('Get ready');
      await key(el, 'Enter');
      expect(text(el, 'phase'), 'Enter skips the countdown').to.equal('Hold');
      await key(el, ' ');
      expect(text(el, 'phase'), 'Space ends the hold').to.equal('Rest');
      await key(el, 'p');
      expect(text(el, 'phase')).to.equal('Rest · Paused');
      await key(el, 'Enter');
      expect(text(el, 'phase'), 'Enter skips a paused rest, which runs on').to.equal('Get ready');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'timer'));
    });

    it('records a rep set with one Space before the start', async () => {
      const el = await timerFor(tke);
      const sets = recordEvents<SetCompleteEvent>(el, 'routine-set-complete');
      el.focus();
      await key(el, ' ');
      expect(face(el)).to.equal('Work | 15 | Set 1 of 3 · 15 reps · right leg');
      expect(sets.map((e) => e.detail)).to.deep.equal([
        { exerciseId: tke.id, set: 1, side: 'left' },
      ]);
    });

    it('keeps Space from scrolling the page, and acts once for a held key', async () => {
      const el = await timerFor(spanishSquat);
      expect(keydown(el, ' ').defaultPrevented, 'no page scroll').to.be.true;
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Get ready');
      keydown(el, ' ', { repeat: true });
      keydown(el, 'Enter', { repeat: true });
      keydown(el, 'p', { repeat: true });
      await el.updateComplete;
      expect(text(el, 'phase'), 'auto-repeat does nothing').to.equal('Get ready');
      expect(keydown(el, 'x').defaultPrevented, 'other keys are left alone').to.be.false;
      expect(keydown(el, 'Tab').defaultPrevented).to.be.false;
    });

    it('keeps a held Space from scrolling the page while it repeats, without acting again', async () => {
      const el = await timerFor(spanishSquat);
      keydown(el, ' ');
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Get ready');
      for (let i = 0; i < 3; i++) {
        const held = keydown(el, ' ', { repeat: true });
        expect(held.defaultPrevented, `repeat ${i + 1}: no page scroll`).to.be.true;
      }
      await el.updateComplete;
      expect(text(el, 'phase'), 'the held key acted once').to.equal('Get ready');
    });

    it('leaves Ctrl+P and Meta+P to the browser (printing), and pauses on a plain P', async () => {
      const el = await timerFor(spanishSquat);
      keydown(el, ' ');
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Get ready');
      for (const modifier of ['ctrlKey', 'metaKey']) {
        const print = keydown(el, 'p', { [modifier]: true });
        await el.updateComplete;
        expect(print.defaultPrevented, `${modifier}: printing stays possible`).to.be.false;
        expect(text(el, 'phase'), `${modifier}: not paused`).to.equal('Get ready');
      }
      expect(keydown(el, 'p').defaultPrevented).to.be.true;
      await el.updateComplete;
      expect(text(el, 'phase')).to.equal('Get ready · Paused');
    });

    it('reaches every button with Tab, the primary first; Space on a button acts once', async () => {
      const el = await timerFor(spanishSquat);
      el.focus();
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        order.push((el.shadowRoot!.activeElement as HTMLElement).dataset.action ?? '');
      }
      expect(order).to.deep.equal(['primary', 'toggle', 'add-time', 'restart', 'mute']);
      button(el, 'primary').focus();
      await key(el, ' ');
      expect(text(el, 'phase')).to.equal('Get ready');
      await key(el, ' ');
      expect(text(el, 'phase'), 'Space skips the countdown, once').to.equal('Hold');
      await key(el, 'Enter');
      expect(text(el, 'phase'), 'Enter ends the hold').to.equal('Rest');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'primary'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'toggle'));
      await key(el, ' ');
      expect(text(el, 'phase'), 'Space on Pause pauses, once').to.equal('Rest · Paused');
    });
  });

  describe('live region', () => {
    it('announces each phase, and 3, 2, 1 at the end of a timed step, not every second', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(live(el)).to.equal('');
      await press(el, 'primary');
      expect(live(el)).to.equal('Get ready. Set 1 of 4, 30 s hold.');
      await advance(el, clock, 1_999);
      expect(live(el)).to.equal('Get ready. Set 1 of 4, 30 s hold.');
      const heard: string[] = [];
      for (let i = 0; i < 4; i++) {
        await advance(el, clock, i === 0 ? 1 : 1_000);
        heard.push(live(el));
      }
      expect(heard).to.deep.equal(['3', '2', '1', 'Hold. Set 1 of 4, 30 s hold.']);
      await advance(el, clock, 10_000);
      expect(live(el)).to.equal('Hold. Set 1 of 4, 30 s hold.');
      await advance(el, clock, 17_000);
      expect(live(el)).to.equal('3');
      await advance(el, clock, 3_000);
      expect(live(el)).to.equal('Rest, 60 seconds. Up next: Set 2 of 4, 30 s hold.');
    });

    it('announces pause, resume, Done prompts, the finish and a restart', async () => {
      const el = await timerFor(noRest);
      expect(live(el)).to.equal('');
      await press(el, 'primary'); // set 1 done: set 2 begins
      expect(live(el)).to.equal('Work. Set 2 of 2, 6 reps. Tap Done when you finish the set.');
      await press(el, 'toggle');
      expect(live(el)).to.equal('Paused');
      await press(el, 'toggle');
      expect(live(el)).to.equal('Resumed');
      await press(el, 'primary');
      expect(live(el)).to.equal('Exercise complete.');
      await press(el, 'restart');
      expect(live(el)).to.equal('Timer reset');
    });
  });

  describe('accessibility', () => {
    /** Brings a timer to each phase: [expected phase label, exercise, taps, ms after]. */
    const phases: [string, Exercise, string[], number][] = [
      ['Ready', spanishSquat, [], 0],
      ['Get ready', spanishSquat, ['primary'], 0],
      ['Hold', spanishSquat, ['primary'], 5_000],
      ['Hold · Paused', spanishSquat, ['primary', 'primary', 'toggle'], 0],
      ['Rest', spanishSquat, ['primary'], 35_000],
      ['Rest · Paused', spanishSquat, ['primary', 'primary', 'primary', 'toggle'], 0],
      ['Work', noRest, ['primary'], 0],
      ['Finished', oneSet, ['primary'], 0],
    ];
    for (const [label, exercise, taps, ms] of phases) {
      it(`has no axe violations: ${label}`, async () => {
        const clock = new FakeClock();
        const el = await timerFor(exercise, clock);
        for (const action of taps) await press(el, action);
        await advance(el, clock, ms);
        expect(text(el, 'phase')).to.equal(label);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in the dark theme and with a heading', async () => {
      const el = await timerFor(tke);
      el.theme = 'dark';
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires each phase, set and the finish exactly once, with ids, sets and sides', async () => {
      const clock = new FakeClock();
      const el = await timerFor(tke, clock);
      const phases = recordEvents<TimerPhaseEvent>(document, 'routine-timer-phase');
      const sets = recordEvents<SetCompleteEvent>(document, 'routine-set-complete');
      const done = recordEvents<ExerciseCompleteEvent>(document, 'routine-exercise-complete');
      for (let set = 1; set <= 3; set++) {
        await press(el, 'primary'); // left leg: in set 1 also the start
        await press(el, 'primary'); // right leg
        if (set < 3) await advance(el, clock, 30_000);
        await advance(el, clock, 30_000); // more time changes nothing
      }
      const id = tke.id;
      expect(phases.map((e) => e.detail)).to.deep.equal([
        { exerciseId: id, phase: 'work', set: 1, totalSets: 3, side: 'left' },
        { exerciseId: id, phase: 'work', set: 1, totalSets: 3, side: 'right' },
        { exerciseId: id, phase: 'rest', set: 1, totalSets: 3 },
        { exerciseId: id, phase: 'work', set: 2, totalSets: 3, side: 'left' },
        { exerciseId: id, phase: 'work', set: 2, totalSets: 3, side: 'right' },
        { exerciseId: id, phase: 'rest', set: 2, totalSets: 3 },
        { exerciseId: id, phase: 'work', set: 3, totalSets: 3, side: 'left' },
        { exerciseId: id, phase: 'work', set: 3, totalSets: 3, side: 'right' },
      ]);
      expect(sets.map((e) => e.detail)).to.deep.equal(
        [1, 2, 3].flatMap((set) => [
          { exerciseId: id, set, side: 'left' },
          { exerciseId: id, set, side: 'right' },
        ]),
      );
      expect(done.map((e) => e.detail)).to.deep.equal([{ exerciseId: id }]);
      for (const event of [phases[0]!, sets[0]!, done[0]!]) {
        expect(event.bubbles && event.composed, event.type).to.be.true;
      }
    });

    it('reports a hold that runs out as a set, with no side when not per side', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      const sets = recordEvents<SetCompleteEvent>(el, 'routine-set-complete');
      await press(el, 'primary');
      await advance(el, clock, 35_000);
      await advance(el, clock, 35_000);
      expect(sets.map((e) => e.detail)).to.deep.equal([{ exerciseId: spanishSquat.id, set: 1 }]);
    });

    it('fires nothing when properties are set from code, nor on restart', async () => {
      const el = await timerFor(tke);
      const all = ['routine-timer-phase', 'routine-set-complete', 'routine-exercise-complete'];
      const events = all.map((type) => recordEvents(el, type));
      el.exercise = spanishSquat;
      el.timeScale = 2;
      el.noSound = true;
      await el.updateComplete;
      expect(events.flat()).to.have.length(0);
      await press(el, 'primary');
      expect(events.flat()).to.have.length(1);
      await press(el, 'restart');
      el.exercise = tke;
      await el.updateComplete;
      expect(events.flat()).to.have.length(1);
    });
  });

  describe('a hidden page', () => {
    it('shows the right phase at once after 30 minutes hidden, every event fired once', async () => {
      const clock = new FakeClock();
      const el = await timerFor(longHolds, clock);
      const phases = recordEvents<TimerPhaseEvent>(el, 'routine-timer-phase');
      const sets = recordEvents<SetCompleteEvent>(el, 'routine-set-complete');
      await press(el, 'primary');
      await settle();
      expect(wakeLock.held.size).to.equal(1);
      setVisibility('hidden');
      await wakeLock.dropAll(); // as the browser does
      clock.advance(30 * 60_000);
      setVisibility('visible');
      await el.updateComplete;
      await settle();
      // 30 min = 15 sets of 115 s, then 75 s into set 16: both holds done, 5 s into the rest.
      expect(face(el)).to.equal('Rest | 00:40 | Up next: Set 17 of 20 · 30 s hold · left leg');
      expect(live(el)).to.equal('Rest, 45 seconds. Up next: Set 17 of 20, 30 s hold, left leg.');
      expect(phases).to.have.length(16 * 5);
      const seen = sets.map((e) => `${e.detail.set} ${e.detail.side}`);
      expect(seen).to.have.length(32);
      expect(new Set(seen).size).to.equal(32);
      expect(vibrations, 'no buzz for the phases caught up').to.have.length(1);
      expect(wakeLock.held.size, 'the wake lock is back').to.equal(1);
      await advance(el, clock, 39_999);
      expect(text(el, 'display')).to.equal('00:01');
      await advance(el, clock, 1);
      expect(face(el)).to.equal('Get ready | 00:05 | Set 17 of 20 · 30 s hold · left leg');
    });
  });

  describe('cues', () => {
    it('creates audio on the first Start tap and plans 3-2-1 beeps and a tone per change', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      expect(FakeAudioContext.instances, 'no audio before a gesture').to.have.length(0);
      await press(el, 'primary');
      expect(FakeAudioContext.instances).to.have.length(1);
      const ctx = FakeAudioContext.instances[0]!;
      expect(ctx.startsAt(880).slice(0, 6)).to.deep.equal([2, 3, 4, 32, 33, 34]);
      expect(ctx.startsAt(1320).slice(0, 2)).to.deep.equal([5, 100]);
      expect(ctx.startsAt(587).slice(0, 3), 'start, rest, get ready').to.deep.equal([0, 35, 95]);
      expect(ctx.startsAt(1047), 'the finish').to.deep.equal([320]);
    });

    it('re-plans after pause, resume and +15 s, and resumes audio on later gestures', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary');
      const ctx = FakeAudioContext.instances[0]!;
      await advance(el, clock, 1_000);
      ctx.currentTime = 1;
      await press(el, 'toggle');
      expect(ctx.startsAt(880), 'paused: nothing planned').to.deep.equal([]);
      clock.advance(10_000);
      ctx.currentTime = 11;
      ctx.state = 'interrupted';
      await press(el, 'toggle');
      await settle();
      expect(ctx.resumes).to.be.at.least(1);
      expect(ctx.startsAt(880).slice(0, 3), 'get ready ends at 15').to.deep.equal([12, 13, 14]);
      await advance(el, clock, 4_000 + 30_000);
      ctx.currentTime = 45;
      await press(el, 'add-time');
      expect(ctx.startsAt(880).slice(0, 3), 'rest now ends at 120').to.deep.equal([117, 118, 119]);
    });

    it('sounds one tone, the rest’s, for a rep set done from idle, and vibrates the rest last', async () => {
      const el = await timerFor(reverseNordic);
      await press(el, 'primary'); // Done, from idle: set 1 is recorded and the rest begins
      expect(text(el, 'phase')).to.equal('Rest');
      const ctx = FakeAudioContext.instances[0]!;
      const now = ctx.live.filter((osc) => osc.startAt === ctx.currentTime);
      expect(
        now.map((osc) => osc.frequency.value),
        'one immediate tone: the easy one of the rest',
      ).to.deep.equal([587]);
      expect(vibrations.at(-1), 'the rest’s pattern').to.deep.equal([100, 80, 100]);
    });

    it('stays silent when muted, and plans again when unmuted', async () => {
      const el = await timerFor(spanishSquat);
      el.noSound = true;
      await el.updateComplete;
      await press(el, 'primary');
      expect(FakeAudioContext.instances).to.have.length(0);
      await press(el, 'mute');
      expect(el.noSound).to.be.false;
      const ctx = FakeAudioContext.instances[0]!;
      expect(ctx.startsAt(880).slice(0, 3)).to.deep.equal([2, 3, 4]);
      await press(el, 'mute');
      expect(ctx.live.filter((osc) => osc.startAt! > 0)).to.have.length(0);
    });

    it('vibrates at phase changes unless no-vibrate, and copes with no vibrate()', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      await press(el, 'primary');
      await advance(el, clock, 5_000);
      expect(vibrations).to.deep.equal([[100, 80, 100], [300]]);
      el.noVibrate = true;
      await el.updateComplete;
      await advance(el, clock, 30_000);
      expect(vibrations).to.have.length(2);
      delete (navigator as unknown as Record<string, unknown>).vibrate;
      const original = Navigator.prototype.vibrate;
      undo.push(() => (Navigator.prototype.vibrate = original));
      (Navigator.prototype as unknown as Record<string, unknown>).vibrate = undefined;
      el.noVibrate = false;
      await el.updateComplete;
      await advance(el, clock, 60_000);
      expect(text(el, 'phase')).to.equal('Get ready');
    });

    it('runs without Web Audio or a wake lock, quietly', async () => {
      undo.push(removeAudio(), installFakeWakeLock(undefined));
      const errors = spyOnConsole('error');
      const warnings = spyOnConsole('warn');
      const { debug } = console;
      console.debug = () => undefined; // "no screen wake lock" is all it may say
      try {
        const el = await timerFor(spanishSquat);
        await press(el, 'primary');
        await settle();
        expect(text(el, 'phase')).to.equal('Get ready');
        expect(errors.calls.concat(warnings.calls)).to.deep.equal([]);
      } finally {
        console.debug = debug;
        errors.restore();
        warnings.restore();
      }
    });

    it('holds the wake lock only while running and visible', async () => {
      const clock = new FakeClock();
      const el = await timerFor(noRest, clock);
      await settle();
      expect(wakeLock.requests).to.equal(0);
      await press(el, 'primary'); // set 1 done: set 2 runs
      await settle();
      expect(text(el, 'phase')).to.equal('Work');
      expect(wakeLock.held.size).to.equal(1);
      await press(el, 'toggle');
      await settle();
      expect(wakeLock.held.size, 'paused').to.equal(0);
      await press(el, 'toggle');
      await settle();
      expect(wakeLock.held.size, 'resumed').to.equal(1);
      setVisibility('hidden');
      await wakeLock.dropAll();
      setVisibility('visible');
      await settle();
      expect(wakeLock.held.size, 'visible again').to.equal(1);
      await press(el, 'primary');
      await settle();
      expect(wakeLock.held.size, 'done').to.equal(0);
    });

    it('leaves no timer, wake lock, audio node or listener behind when removed mid-run, once the sounding tone ends', async () => {
      const clock = new FakeClock();
      const el = await timerFor(spanishSquat, clock);
      const events = recordEvents(el, 'routine-timer-phase');
      await press(el, 'primary');
      await settle();
      const ctx = FakeAudioContext.instances[0]!;
      expect(ctx.live.length).to.be.greaterThan(10);
      expect(wakeLock.held.size).to.equal(1);
      expect(tickScheduler.size).to.equal(1);
      ctx.currentTime = 0.1; // the start tone is sounding, the rest are still to come
      el.remove();
      await settle();
      const sounding = ctx.live;
      expect(sounding.map((osc) => [osc.frequency.value, osc.startAt])).to.deep.equal([[587, 0]]);
      expect(ctx.state, 'open while the start tone plays out').to.equal('running');
      sounding[0]!.end();
      await settle();
      expect(ctx.state).to.equal('closed');
      expect(ctx.live).to.have.length(0);
      expect(ctx.connectedNodes).to.equal(0);
      expect(wakeLock.held.size).to.equal(0);
      expect(tickScheduler.size).to.equal(0);
      expect(tickScheduler.armed).to.be.false;
      const requests = wakeLock.requests;
      clock.advance(60_000);
      setVisibility('visible');
      await settle();
      expect(wakeLock.requests, 'no visibility listener left').to.equal(requests);
      expect(ctx.resumes).to.equal(0);
      expect(events, 'no sync after removal').to.have.length(1);
    });
  });

  describe('mute', () => {
    it('remembers the reader’s mute choice for the next timer', async () => {
      const first = await timerFor(tke);
      expect(button(first, 'mute').getAttribute('aria-pressed')).to.equal('false');
      await press(first, 'mute');
      expect(first.noSound).to.be.true;
      expect(first.hasAttribute('no-sound')).to.be.true;
      expect(localStorage.getItem(MUTED_KEY)).to.equal('true');
      first.remove();
      const second = await timerFor(tke);
      expect(second.noSound).to.be.true;
      expect(button(second, 'mute').getAttribute('aria-pressed')).to.equal('true');
      await press(second, 'mute');
      const third = await timerFor(tke);
      expect(third.noSound).to.be.false;
    });

    it('with no-persist, neither reads nor writes the mute choice, which lasts for the page', async () => {
      localStorage.setItem(MUTED_KEY, 'true');
      const el = await fixture<SetTimer>(html`<set-timer no-persist .exercise=${tke}></set-timer>`);
      expect(el.noSound).to.be.false;
      await press(el, 'mute');
      expect(el.noSound).to.be.true;
      expect(localStorage.getItem(MUTED_KEY)).to.equal('true');
      localStorage.removeItem(MUTED_KEY);
      await press(el, 'mute');
      expect(localStorage.getItem(MUTED_KEY)).to.be.null;
      await press(el, 'mute');
      const next = await fixture<SetTimer>(
        html`<set-timer no-persist .exercise=${tke}></set-timer>`,
      );
      expect(next.noSound, 'the next exercise keeps the choice').to.be.true;
      expect(localStorage.getItem(MUTED_KEY)).to.be.null;
    });

    it('still toggles when storage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = Storage.prototype.getItem;
      undo.push(() => Object.assign(Storage.prototype, { getItem, setItem }));
      const el = await timerFor(tke);
      await press(el, 'mute');
      expect(el.noSound).to.be.true;
    });
  });

  describe('time-scale', () => {
    it('runs time-scale times faster', async () => {
      const clock = new FakeClock();
      const el = await fixture<SetTimer>(
        html`<set-timer time-scale="20" .clock=${clock} .exercise=${spanishSquat}></set-timer>`,
      );
      await press(el, 'primary');
      await advance(el, clock, 250);
      expect(face(el)).to.equal('Hold | 00:30 | Set 1 of 4 · 30 s hold');
      await advance(el, clock, 320_000 / 20 - 250);
      expect(text(el, 'phase')).to.equal('Finished');
    });

    it('warns once and runs at normal speed for a bad value', async () => {
      const warn = spyOnConsole('warn');
      try {
        const clock = new FakeClock();
        const el = await fixture<SetTimer>(
          html`<set-timer time-scale="fast" .clock=${clock} .exercise=${spanishSquat}></set-timer>`,
        );
        el.exercise = { ...spanishSquat };
        await el.updateComplete;
        await press(el, 'primary');
        await advance(el, clock, 1_000);
        expect(text(el, 'display')).to.equal('00:04');
        expect(warn.calls).to.have.length(1);
        expect(warn.calls[0]).to.include('time-scale must be a number from 0.1 to 100, got "fast"');
      } finally {
        warn.restore();
      }
    });

    for (const scale of ['1e308', '1e-9', '0', '-2', '101', 'Infinity']) {
      it(`falls back to normal speed, with a warning, for ${scale}`, async () => {
        const warn = spyOnConsole('warn');
        const errors = spyOnConsole('error');
        try {
          const clock = new FakeClock();
          const el = await fixture<SetTimer>(
            html`<set-timer
              time-scale=${scale}
              .clock=${clock}
              .exercise=${spanishSquat}
            ></set-timer>`,
          );
          await press(el, 'primary');
          await advance(el, clock, 1_000);
          expect(text(el, 'display')).to.equal('00:04');
          expect(warn.calls).to.deep.equal([
            `<set-timer>: time-scale must be a number from 0.1 to 100, got "${scale}"; using 1.`,
          ]);
          expect(errors.calls).to.deep.equal([]);
        } finally {
          warn.restore();
          errors.restore();
        }
      });
    }

    it('follows time-scale set from code over the attribute it started with', async () => {
      const clock = new FakeClock();
      const el = await fixture<SetTimer>(
        html`<set-timer time-scale="20" .clock=${clock} .exercise=${spanishSquat}></set-timer>`,
      );
      el.timeScale = 1;
      await el.updateComplete;
      await press(el, 'primary');
      await advance(el, clock, 1_000);
      expect(text(el, 'display')).to.equal('00:04');
    });

    it('accepts the ends of its range', async () => {
      const warn = spyOnConsole('warn');
      try {
        for (const scale of ['0.1', '100']) {
          await fixture(
            html`<set-timer time-scale=${scale} .exercise=${spanishSquat}></set-timer>`,
          );
        }
        expect(warn.calls).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });
  });

  describe('spoken coaching', () => {
    /** A speech engine that records what it is asked to do. */
    function fakeSpeech() {
      const log: string[] = [];
      return {
        log,
        said: () => log.filter((entry) => !entry.startsWith('(')),
        speak: (text: string, lang: string) =>
          void log.push(lang === 'en' ? text : `${lang}: ${text}`),
        cancel: () => void log.push('(cancel)'),
      };
    }

    async function coached(exercise: Exercise, clock = new FakeClock()) {
      const speech = fakeSpeech();
      const el = await fixture<SetTimer>(
        html`<set-timer
          no-persist
          .speech=${speech}
          .clock=${clock}
          .exercise=${exercise}
        ></set-timer>`,
      );
      await press(el, 'voice');
      return { el, speech, clock };
    }

    afterEach(() => localStorage.removeItem(VOICE_KEY));

    it('speaks rep sets: the exercise and the next set after the first Done, then the end', async () => {
      const { el, speech } = await coached(noRest);
      expect(button(el, 'voice').getAttribute('aria-pressed')).to.equal('true');
      await press(el, 'primary'); // set 1 done, from idle: set 2 begins
      await press(el, 'primary');
      expect(speech.said()).to.deep.equal([
        'Voice on.',
        `${noRest.name}. Work. Set 2 of 2, 6 reps. Tap Done when you finish the set.`,
        'Exercise complete.',
      ]);
    });

    it('speaks the exercise’s name when one tap does a one-set exercise', async () => {
      localStorage.setItem(VOICE_KEY, 'true'); // Voice on, from an earlier visit
      const speech = fakeSpeech();
      const el = await fixture<SetTimer>(
        html`<set-timer .speech=${speech} .exercise=${oneSet}></set-timer>`,
      );
      await press(el, 'primary'); // Done, from idle: the only set, so the exercise is done
      expect(text(el, 'phase')).to.equal('Finished');
      expect(speech.said()).to.deep.equal([`${oneSet.name}. Exercise complete.`]);
    });

    it('speaks a hold with sides: get ready, each side, the last three seconds, the rest', async () => {
      const holds = withPrescription(spanishSquat, { sets: 2, perSide: true, restSeconds: 30 });
      const { el, speech, clock } = await coached(holds);
      await press(el, 'primary');
      for (let second = 0; second < 5 + 30 + 5 + 30 + 2; second++) await advance(el, clock, 1000);
      expect(speech.said()).to.deep.equal([
        'Voice on.',
        `${holds.name}. Get ready. Set 1 of 2, 30 s hold, left leg.`,
        '3',
        '2',
        '1',
        'Hold. Set 1 of 2, 30 s hold, left leg.',
        '3',
        '2',
        '1',
        'Get ready. Set 1 of 2, 30 s hold, right leg.',
        '3',
        '2',
        '1',
        'Hold. Set 1 of 2, 30 s hold, right leg.',
        '3',
        '2',
        '1',
        'Rest, 30 seconds. Up next: Set 2 of 2, 30 s hold, left leg.',
      ]);
    });

    it('drops what a skipped rest would have said: the next set replaces it at once', async () => {
      const exercise = withPrescription(reverseNordic, { sets: 2, restSeconds: 30 });
      const { el, speech, clock } = await coached(exercise);
      await press(el, 'primary'); // set 1 done, from idle: the rest begins
      await advance(el, clock, 26_000);
      await press(el, 'primary'); // skip the rest before its count
      // The exercise's name comes first, with the first thing said.
      const rest = `${exercise.name}. Rest, 30 seconds. Up next: Set 2 of 2, 6 reps.`;
      const log = speech.log.slice(speech.log.indexOf(rest));
      expect(log).to.deep.equal([
        rest,
        '(cancel)',
        'Work. Set 2 of 2, 6 reps. Tap Done when you finish the set.',
      ]);
    });

    it('stops speaking on pause and says nothing while paused', async () => {
      const holds = withPrescription(spanishSquat, { sets: 1, restSeconds: 0 });
      const { el, speech, clock } = await coached(holds);
      await press(el, 'primary');
      const before = speech.log.length;
      await press(el, 'toggle'); // pause
      for (let i = 0; i < 10; i++) await advance(el, clock, 1000);
      expect(speech.log.slice(before)).to.deep.equal(['(cancel)']);
    });

    it('goes silent when muted, and says nothing with voice off', async () => {
      const { el, speech, clock } = await coached(withPrescription(spanishSquat, { sets: 1 }));
      await press(el, 'primary');
      await press(el, 'mute');
      const before = speech.said().length;
      for (let i = 0; i < 40; i++) await advance(el, clock, 1000);
      expect(speech.said().length).to.equal(before);
      expect(speech.log.at(-1) === '(cancel)' || speech.log.includes('(cancel)')).to.be.true;
      await press(el, 'mute');
      await press(el, 'voice'); // off
      await press(el, 'restart');
      await press(el, 'primary');
      expect(speech.said().length).to.equal(before);
    });

    it('speaks in the language of the page', async () => {
      const speech = fakeSpeech();
      const wrapper = Object.assign(document.createElement('div'), { lang: 'en-GB' });
      document.body.append(wrapper);
      const el = await fixture<SetTimer>(
        html`<set-timer no-persist .speech=${speech} .exercise=${oneSet}></set-timer>`,
        { parentNode: wrapper },
      );
      await press(el, 'voice');
      expect(speech.log).to.include('en-GB: Voice on.');
    });

    it('remembers the Voice choice on the device, except with no-persist', async () => {
      const speech = fakeSpeech();
      const el = await fixture<SetTimer>(
        html`<set-timer .speech=${speech} .exercise=${oneSet}></set-timer>`,
      );
      await press(el, 'voice');
      expect(localStorage.getItem(VOICE_KEY)).to.equal('true');
      const next = await fixture<SetTimer>(
        html`<set-timer .speech=${speech} .exercise=${oneSet}></set-timer>`,
      );
      expect(button(next, 'voice').getAttribute('aria-pressed')).to.equal('true');
      localStorage.removeItem(VOICE_KEY);
      const quiet = await fixture<SetTimer>(
        html`<set-timer no-persist .speech=${speech} .exercise=${oneSet}></set-timer>`,
      );
      await press(quiet, 'voice');
      expect(localStorage.getItem(VOICE_KEY)).to.be.null;
    });

    it('has no Voice control with no-voice, or where the browser cannot speak', async () => {
      const el = await fixture<SetTimer>(
        html`<set-timer no-voice .exercise=${oneSet}></set-timer>`,
      );
      expect(el.shadowRoot!.querySelector('[data-action="voice"]')).to.be.null;
      const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      try {
        const mute = await fixture<SetTimer>(html`<set-timer .exercise=${oneSet}></set-timer>`);
        expect(mute.shadowRoot!.querySelector('[data-action="voice"]')).to.be.null;
        expect(mute.shadowRoot!.querySelector('[data-action="mute"]')).to.exist;
      } finally {
        if (own) Object.defineProperty(window, 'speechSynthesis', own);
        else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      }
    });
  });

  describe('data set from code', () => {
    it('runs from a checked copy: extra keys, even a cycle or a BigInt, never reach it', async () => {
      const errors = spyOnConsole('error');
      try {
        const prescription: Record<string, unknown> = { ...spanishSquat.prescription };
        prescription.self = prescription;
        prescription.big = 10n;
        const clock = new FakeClock();
        const el = await timerFor({ ...spanishSquat, prescription }, clock);
        expect(text(el, 'phase')).to.equal('Ready');
        await press(el, 'primary');
        await advance(el, clock, 1_000);
        expect(text(el, 'display')).to.equal('00:04');
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it("is not changed by later changes to the caller's object", async () => {
      const exercise = structuredClone(spanishSquat) as { prescription: { sets: number } };
      const el = await timerFor(exercise);
      exercise.prescription.sets = 9;
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el, 'status')).to.include('of 4');
    });
  });

  describe('invalid data', () => {
    it('shows the problems and logs one console error naming them', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await timerFor(withPrescription(tke, { sets: 0 }));
        const alert = part(el, 'error');
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.include('exercise.prescription.sets');
        expect(error.calls).to.have.length(1);
        expect(error.calls[0]).to.include('<set-timer>').and.include('exercise.prescription.sets');
        await expect(el).to.be.accessible();
        el.exercise = tke;
        await el.updateComplete;
        expect(face(el)).to.equal('Ready | 15 | Set 1 of 3 · 15 reps · left leg');
      } finally {
        error.restore();
      }
    });

    it('says what is missing when no exercise is set', async () => {
      const el = await fixture<SetTimer>(html`<set-timer></set-timer>`);
      expect(text(el, 'error')).to.include('No timer to show');
    });
  });

  describe('accuracy', () => {
    /** A small seeded generator, so the run is random-looking but the same every time. */
    function random(seed: number): () => number {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    /** The plan of `longHolds` as [phase, seconds], worked out by hand. */
    function expectedSteps(): [string, number][] {
      const steps: [string, number][] = [];
      for (let set = 1; set <= 20; set++) {
        steps.push(['Get ready', 5], ['Hold', 30], ['Get ready', 5], ['Hold', 30]);
        if (set < 20) steps.push(['Rest', 45]);
      }
      return steps;
    }

    /** What the face should show `activeMs` into the run (pauses excluded). */
    function expectedAt(activeMs: number): { phase: string; remainingMs: number } {
      let end = 0;
      for (const [phase, seconds] of expectedSteps()) {
        end += seconds * 1000;
        if (activeMs < end) return { phase, remainingMs: end - activeMs };
      }
      return { phase: 'Finished', remainingMs: 0 };
    }

    function displayedMs(el: SetTimer): number {
      const [minutes, seconds] = text(el, 'display').split(':').map(Number) as [number, number];
      return (minutes * 60 + seconds) * 1000;
    }

    it('shows the clock’s time to the second through a 38-minute run with late, uneven ticks', async () => {
      const clock = new FakeClock();
      const el = await timerFor(longHolds, clock);
      const next = random(42);
      await press(el, 'primary');
      let active = 0;
      let samples = 0;
      let worstDrift = 0;
      let worstError = 0;
      while (text(el, 'phase') !== 'Finished') {
        const r = next();
        if (r < 0.01) {
          // The reader pauses for up to two minutes.
          await press(el, 'toggle');
          await advance(el, clock, Math.round(next() * 120_000));
          await press(el, 'toggle');
          continue;
        }
        // Mostly late ticks, sometimes a throttled minute, at odd fractions of a millisecond.
        const dt = r < 0.05 ? 60_000 + next() * 1_000 : 1 + next() * 1_500;
        await advance(el, clock, dt);
        active += dt;
        const expected = expectedAt(active);
        const shownPhase = text(el, 'phase');
        expect(shownPhase, `phase at ${active} ms`).to.equal(expected.phase);
        const shown = displayedMs(el);
        worstDrift = Math.max(
          worstDrift,
          Math.abs(shown - Math.ceil(expected.remainingMs / 1000) * 1000),
        );
        worstError = Math.max(worstError, shown - expected.remainingMs);
        expect(shown - expected.remainingMs).to.be.within(0, 1000);
        samples++;
      }
      const totalMs = expectedSteps().reduce((sum, [, s]) => sum + s * 1000, 0);
      expect(active).to.be.at.least(totalMs);
      expect(worstDrift, 'drift against the clock, in whole seconds').to.equal(0);
      console.log(
        `accuracy: ${samples} samples over ${(active / 60_000).toFixed(1)} min of timer time: ` +
          `displayed − true remaining ≤ ${worstError.toFixed(3)} ms (rounding up), drift ${worstDrift} ms`,
      );
    });
  });
  it('keeps running when handed an equal exercise as a new object (a framework re-render)', async () => {
    const clock = new FakeClock();
    const el = await timerFor(spanishSquat, clock);
    await press(el, 'primary');
    await advance(el, clock, 7_000);
    const phase = () => el.shadowRoot!.querySelector('[part="phase"]')!.textContent!.trim();
    expect(phase()).to.equal('Hold');
    el.exercise = structuredClone(spanishSquat);
    await el.updateComplete;
    expect(phase()).to.equal('Hold');
    el.exercise = withPrescription(spanishSquat, { holdSeconds: 20 });
    await el.updateComplete;
    expect(phase(), 'a changed prescription starts afresh').to.equal('Ready');
  });
});
