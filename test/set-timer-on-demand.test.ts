// The timer's sound cues, whose code loads on demand: the timer never waits for it.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/set-timer.js';
import type { SetTimer } from '../src/components/set-timer/set-timer.js';
import type { Exercise } from '../src/data/types.js';
import { cuesChunk } from '../src/components/chunks.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { forgetPagePreferences } from '../src/timer/preferences.js';
import { FakeClock } from './timer/fake-clock.js';
import { FakeAudioContext, installFakeAudio } from './timer/fakes.js';
import { codeNotYetLoaded } from './helpers/chunks.js';

const spanishSquat = runnersKneeRoutine.exercises[1] as Exercise;

async function press(el: SetTimer, action: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await el.updateComplete;
}

function shown(el: SetTimer, name: string): string {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
}

async function timer(): Promise<SetTimer> {
  const el = await fixture<SetTimer>(
    html`<set-timer .clock=${new FakeClock()} .exercise=${spanishSquat}></set-timer>`,
  );
  await el.updateComplete;
  return el;
}

describe('<set-timer> cues loaded on demand', () => {
  let code: Awaited<ReturnType<typeof cuesChunk.load>>;
  let undoAudio: () => void;
  before(async () => (code = await cuesChunk.load()));
  beforeEach(() => (undoAudio = installFakeAudio()));
  afterEach(() => {
    sinon.restore();
    undoAudio();
    forgetPagePreferences();
  });

  it('runs at once on the first tap, which makes the audio; the cues sound once the code is in', async () => {
    const chunk = codeNotYetLoaded(cuesChunk, code);
    const el = await timer();
    await press(el, 'primary'); // Start hold
    expect(shown(el, 'phase')).to.equal('Get ready');
    // Made in the tap itself, the only moment Safari lets audio start, before the code is in.
    expect(FakeAudioContext.instances, 'audio made by the tap').to.have.length(1);
    chunk.arrive();
    await chunk.settled();
    expect(FakeAudioContext.instances, 'the same audio, handed over').to.have.length(1);
    const ctx = FakeAudioContext.instances[0];
    expect(ctx!.startsAt(880).slice(0, 3), 'the get-ready count, on time').to.deep.equal([2, 3, 4]);
  });

  it('says so, with Retry, when the code cannot load, and carries on timing', async () => {
    const chunk = codeNotYetLoaded(cuesChunk, code);
    chunk.failing = true;
    const el = await timer();
    await press(el, 'primary');
    await chunk.settled();
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('Part of the widget could not load');
    expect(shown(el, 'phase'), 'still timing').to.equal('Get ready');
    await expect(el).to.be.accessible();
    chunk.failing = false;
    error.querySelector('button')!.click();
    chunk.arrive();
    await chunk.settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]'), 'the message is gone').to.be.null;
    expect(FakeAudioContext.instances, 'audio for the tap that asked').to.have.length(1);
  });
});
