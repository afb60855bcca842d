// Lit's hydrate support before any Lit code (the test helpers import Lit), as a page must.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/runner-knee-routine.js';
import type { RunnerKneeRoutine } from '../src/components/runner-knee-routine/runner-knee-routine.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import * as builtInRoutine from '../src/data/runners-knee-routine.js';
import { builtInRoutineChunk } from '../src/components/runner-knee-routine/built-in-routine-chunk.js';
import { routineFlowChunk } from '../src/components/exercise-routine/routine-flow-chunk.js';
import { routineElementSuite } from './helpers/routine-element-suite.js';
import { appendWidget, codeNotYetLoaded } from './helpers/chunks.js';
import { spyOnConsole } from './helpers/console-spy.js';
import sinon from 'sinon';
import { hydratedFixture } from './helpers/hydrated-fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import { buttonLabelled, deepActiveElement, tabTo, timerButton } from './helpers/keyboard.js';

describe('<runner-knee-routine>', () => {
  routineElementSuite(() =>
    fixture<RunnerKneeRoutine>(html`<runner-knee-routine></runner-knee-routine>`),
  );

  it('needs no configuration: it shows the built-in routine', async () => {
    const el = await fixture<RunnerKneeRoutine>(html`<runner-knee-routine></runner-knee-routine>`);
    expect(el.routine).to.equal(runnersKneeRoutine);
    expect(el.shadowRoot!.querySelector('routine-list')!.routine).to.deep.equal(runnersKneeRoutine);
  });
});

// The routine's text is a chunk of the CDN build: the element's first render waits for it.
describe('<runner-knee-routine> before its routine’s code is in', () => {
  afterEach(() => sinon.restore());

  it('renders nothing until the code arrives, then the routine, with no empty state between', async () => {
    const code = codeNotYetLoaded(builtInRoutineChunk, builtInRoutine);
    const el = appendWidget();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.hasUpdated, 'no render yet').to.be.false;
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      code.arrive();
      await el.updateComplete;
      expect(el.routine).to.equal(runnersKneeRoutine);
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.include(
        runnersKneeRoutine.title,
      );
    } finally {
      el.remove();
    }
  });

  it('gives up waiting for code that never arrives: after 15 s, a message with Retry', async () => {
    await routineFlowChunk.load();
    const consoleError = spyOnConsole('error');
    codeNotYetLoaded(builtInRoutineChunk, builtInRoutine);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = appendWidget();
    try {
      await clock.tickAsync(14_000);
      expect(el.hasUpdated, 'still waiting').to.be.false;
      await clock.tickAsync(1_000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include(
        'could not load',
      );
      expect(consoleError.calls.join()).to.include('built-in routine code did not arrive');
    } finally {
      clock.restore();
      el.remove();
      consoleError.restore();
    }
  });

  it('shows why, with Retry, when the code cannot load; Retry then shows the routine', async () => {
    const consoleError = spyOnConsole('error');
    const code = codeNotYetLoaded(builtInRoutineChunk, builtInRoutine);
    code.failing = true;
    const el = appendWidget();
    try {
      await code.settled();
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('could not load');
      expect(el.shadowRoot!.textContent).not.to.include('No routine to show');
      code.failing = false;
      code.arrive();
      alert.querySelector('button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('routine-list')).to.exist;
    } finally {
      el.remove();
      consoleError.restore();
    }
  });
});

// The same suite on a widget the server rendered and the element took over (hydration).
describe('<runner-knee-routine> server-rendered, then hydrated', () => {
  routineElementSuite(() => hydratedFixture<RunnerKneeRoutine>(), { prerendered: true });

  it('is the server’s HTML taken over: its shadow root was not drawn afresh', async () => {
    const el = await hydratedFixture<RunnerKneeRoutine>();
    expect(el.shadowRoot!.querySelectorAll('[part~="how-to"] details')).to.have.length(5);
  });
});

describe('<runner-knee-routine> by keyboard alone', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('runs the whole routine with Tab and Enter, firing each event the right number of times', async function () {
    this.timeout(60_000);
    const el = await fixture<RunnerKneeRoutine>(
      html`<runner-knee-routine no-persist></runner-knee-routine>`,
    );
    const counts = { start: 0, set: 0, exercise: 0, complete: 0 };
    el.addEventListener('routine-start', () => counts.start++);
    el.addEventListener('routine-set-complete', () => counts.set++);
    el.addEventListener('routine-exercise-complete', () => counts.exercise++);
    el.addEventListener('routine-complete', () => counts.complete++);

    for (const [index, exercise] of runnersKneeRoutine.exercises.entries()) {
      if (index > 0) {
        // The next exercise loaded by itself; focus went to it when the timer it was in left.
        expect(deepActiveElement()!.localName, 'focus after an exercise').to.equal('exercise-card');
      }
      await tabTo(timerButton('primary'));
      // Done, Start hold, Skip rest and Skip countdown share one button: Enter walks through.
      for (let press = 0; press < 60 && counts.exercise === index; press++) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(counts.exercise, exercise.id).to.equal(index + 1);
    }

    const units = runnersKneeRoutine.exercises.reduce(
      (sum, e) => sum + e.prescription.sets * (e.prescription.perSide ? 2 : 1),
      0,
    );
    expect(counts).to.deep.equal({ start: 1, set: units, exercise: 5, complete: 1 });
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(deepActiveElement());

    await tabTo(buttonLabelled('Start again'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The reset removed the button; focus went to the Undo it offers.
    expect(buttonLabelled('Undo')(deepActiveElement()!)).to.be.true;
  });
});
