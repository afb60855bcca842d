// The set timer with the browser's own screen wake lock, vibration and Web Audio (no fakes),
// in each engine the tests run in. The other tests replace these with fakes to check what the
// timer asks for; this one checks what happens when a real engine answers. Where an engine
// lacks a feature (navigator.vibrate: none in Firefox or WebKit), the documented fallback
// holds: nothing happens, nothing is logged, the timer runs on. Where the browser refuses
// (a wake lock in a headless browser may be refused), the timer carries on with a
// console.debug note. Which engine has what is asserted first, so each fallback is known to
// be exercised somewhere, and a new engine version that changes it is noticed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/set-timer.js';
import { SetTimer } from '../src/components/set-timer/set-timer.js';
import type { Exercise } from '../src/data/types.js';
import { MUTED_KEY } from '../src/timer/preferences.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { FakeClock } from './timer/fake-clock.js';

const ua = navigator.userAgent;
const ENGINE = ua.includes('Firefox/') ? 'firefox' : ua.includes('Chrome/') ? 'chromium' : 'webkit';

/** What each engine, as installed for the tests, offers. */
const FEATURES = {
  chromium: { wakeLock: true, vibrate: true, audio: true },
  firefox: { wakeLock: true, vibrate: false, audio: true },
  webkit: { wakeLock: true, vibrate: false, audio: true },
}[ENGINE];

/** 5 s get ready, then a 30 s hold (left), and so on. */
const spanishSquat = runnersKneeRoutine.exercises[1] as Exercise;

type Nav = Navigator & Record<string, unknown>;

describe(`the timer with the browser’s own wake lock, vibration and audio (${ENGINE})`, () => {
  const undo: (() => void)[] = [];
  const logged: Record<'error' | 'warn' | 'debug', string[]> = { error: [], warn: [], debug: [] };
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  beforeEach(() => {
    localStorage.removeItem(MUTED_KEY);
    for (const level of ['error', 'warn', 'debug'] as const) {
      logged[level] = [];
      const original = console[level];
      console[level] = (...args: unknown[]) => void logged[level].push(args.map(String).join(' '));
      undo.push(() => (console[level] = original));
    }
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    undo.push(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });
  });

  afterEach(() => {
    for (const fn of undo.splice(0).reverse()) fn();
    localStorage.removeItem(MUTED_KEY);
  });

  it(`${ENGINE} has the features this test expects of it`, () => {
    const nav = navigator as Nav;
    expect({
      wakeLock: 'wakeLock' in navigator,
      vibrate: typeof nav.vibrate === 'function',
      audio: typeof AudioContext === 'function',
    }).to.deep.equal(FEATURES);
  });

  it('starts by a real key press, changes phase, pauses and resumes: no error, no warning', async () => {
    const nav = navigator as Nav;
    // Pass-through spies: the browser's own functions still run and answer.
    const vibrations: unknown[] = [];
    if (typeof nav.vibrate === 'function') {
      const vibrate = nav.vibrate as (pattern: number[]) => boolean;
      Object.defineProperty(navigator, 'vibrate', {
        configurable: true,
        value: (pattern: number[]) => {
          const result = vibrate.call(navigator, pattern);
          vibrations.push(result);
          return result;
        },
      });
      undo.push(() => Reflect.deleteProperty(navigator, 'vibrate'));
    }
    const wakeLocks: Promise<string>[] = [];
    if (navigator.wakeLock) {
      const lock = navigator.wakeLock;
      const request = lock.request.bind(lock);
      Object.defineProperty(lock, 'request', {
        configurable: true,
        value: (type: WakeLockType) => {
          const result = request(type);
          wakeLocks.push(
            result.then(
              () => 'granted',
              (error: DOMException) => `refused: ${error.name}`,
            ),
          );
          return result;
        },
      });
      undo.push(() => Reflect.deleteProperty(lock, 'request'));
    }
    const contexts: AudioContext[] = [];
    const RealAudioContext = AudioContext;
    Object.defineProperty(window, 'AudioContext', {
      configurable: true,
      writable: true,
      value: class extends RealAudioContext {
        constructor() {
          super();
          contexts.push(this);
        }
      },
    });
    undo.push(() => (window.AudioContext = RealAudioContext));

    // As on a page after its first render: the code loaded on demand is in (fetched when idle).
    await SetTimer.preload();
    const clock = new FakeClock();
    const el = await fixture<SetTimer>(
      html`<set-timer .clock=${clock} .exercise=${spanishSquat}></set-timer>`,
    );
    const phase = () =>
      el.shadowRoot!.querySelector('[part~="phase"]')!.textContent!.replace(/\s+/g, ' ').trim();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="primary"]')!.focus();
    await sendKeys({ press: 'Enter' }); // a real gesture: audio may start, vibration is allowed
    await el.updateComplete;
    expect(phase()).to.equal('Get ready');
    expect(contexts, 'an AudioContext made by the key press').to.have.length(1);
    expect(['running', 'suspended']).to.include(contexts[0]!.state);

    clock.advance(5_000);
    document.dispatchEvent(new Event('visibilitychange')); // the timer catches up at once
    await el.updateComplete;
    expect(phase()).to.equal('Hold');

    const results = await Promise.all(wakeLocks);
    if (FEATURES.wakeLock) {
      const refusals = results.filter((result) => result !== 'granted');
      const notes = logged.debug.filter((note) => note.includes('screen wake lock refused'));
      expect(notes, 'a quiet note for each refusal').to.have.length(refusals.length);
      // Held: not asked for again. Refused: asked again at most when the page shows again.
      expect(results.length).to.be.within(1, refusals.length ? 2 : 1);
    } else {
      expect(logged.debug.join('\n')).to.include('no screen wake lock in this browser');
    }
    // A buzz entering get ready and another entering the hold, where the engine has vibration.
    expect(vibrations).to.have.length(FEATURES.vibrate ? 2 : 0);

    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!.focus();
    await sendKeys({ press: ' ' }); // Space on the Pause button: pause
    await el.updateComplete;
    expect(phase()).to.equal('Hold · Paused');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(phase()).to.equal('Hold');

    el.remove(); // disconnecting releases the lock and closes the audio context
    const ctx = contexts[0]!;
    while (ctx.state !== 'closed') {
      await new Promise((resolve) => ctx.addEventListener('statechange', resolve, { once: true }));
    }
    expect({ errors: logged.error, warnings: logged.warn, uncaught }).to.deep.equal({
      errors: [],
      warnings: [],
      uncaught: [],
    });
  });
});
