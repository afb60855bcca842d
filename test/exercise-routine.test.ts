import { expect, fixture, html } from '@open-wc/testing';
import '../src/exercise-routine.js';
import type { ExerciseRoutine } from '../src/components/exercise-routine/exercise-routine.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import {
  part,
  routineElementSuite,
  buttonByText,
  completeSetSides,
  finishCurrentExercise,
} from './helpers/routine-element-suite.js';
import sinon from 'sinon';
import { forgetPagePreferences } from '../src/timer/preferences.js';
import { recordEvents, spyOnConsole } from './helpers/console-spy.js';
import { progressKey } from '../src/progress/progress-storage.js';

async function untilState(el: ExerciseRoutine, partName: string): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const found = part(el, partName);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no ${partName} part appeared`);
}

describe('<exercise-routine>', () => {
  afterEach(() => forgetPagePreferences());

  describe('shared behaviour, with the built-in routine set as a property', () => {
    routineElementSuite(() =>
      fixture<ExerciseRoutine>(
        html`<exercise-routine .routine=${runnersKneeRoutine}></exercise-routine>`,
      ),
    );
  });

  it('warns once about an unknown theme or layout value', async () => {
    const warn = spyOnConsole('warn');
    try {
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine
          .routine=${runnersKneeRoutine}
          no-persist
          theme="blue"
        ></exercise-routine>`,
      );
      el.setAttribute('layout', 'grid');
      await el.updateComplete;
      el.setAttribute('layout', 'grid ');
      el.setAttribute('layout', 'grid');
      await el.updateComplete;
      expect(warn.calls).to.deep.equal([
        '<exercise-routine>: theme must be one of "auto", "light", "dark", got "blue".',
        '<exercise-routine>: layout must be one of "auto", "compact", "full", got "grid".',
      ]);
    } finally {
      warn.restore();
    }
  });

  describe('sources', () => {
    afterEach(() => localStorage.clear());

    it('loads a routine from src, showing a loading state first', async () => {
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine src="/test/fixtures/mini-routine.json"></exercise-routine>`,
      );
      expect(part(el, 'status')!.textContent).to.include('Loading');
      await expect(el).to.be.accessible();
      const title = await untilState(el, 'title');
      expect(title.textContent!.trim()).to.equal('Two-move mini routine');
    });

    it('fetches once per URL', async () => {
      const originalFetch = window.fetch;
      let calls = 0;
      window.fetch = (...args) => {
        calls++;
        return originalFetch(...args);
      };
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine src="/test/fixtures/mini-routine.json"></exercise-routine>`,
        );
        await untilState(el, 'title');
        el.headingLevel = '3';
        el.src = '/test/fixtures/mini-routine.json';
        await el.updateComplete;
        expect(calls).to.equal(1);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('fetches again when moved in the page mid-load', async () => {
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine src="/test/fixtures/mini-routine.json"></exercise-routine>`,
      );
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      expect((await untilState(el, 'title')).textContent!.trim()).to.equal('Two-move mini routine');
    });

    it('reads an inline JSON script child', async () => {
      const json = JSON.stringify({ ...runnersKneeRoutine, title: 'Inline routine' });
      const el = await fixture<ExerciseRoutine>(
        `<exercise-routine><script type="application/json">${json}</script></exercise-routine>`,
      );
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Inline routine');
    });

    it('shows the problems of invalid data and logs them once', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine src="/test/fixtures/invalid-routine.json"></exercise-routine>`,
        );
        const alert = await untilState(el, 'error');
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.include(
          'safety: expected at least one item, got an empty list',
        );
        expect(alert.textContent).to.include(
          'exercises: expected at least one item, got an empty list',
        );
        expect(error.calls).to.have.length(1);
        expect(error.calls[0]).to.include('<exercise-routine>: invalid routine data');
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('reports a file that is not JSON', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine src="/test/fixtures/not-json.json"></exercise-routine>`,
        );
        const alert = await untilState(el, 'error');
        expect(alert.textContent).to.include('/test/fixtures/not-json.json is not valid JSON');
      } finally {
        error.restore();
      }
    });

    it('offers a retry after a failed fetch', async () => {
      const error = spyOnConsole('error');
      const originalFetch = window.fetch;
      let failNext = true;
      window.fetch = (input, init) => {
        if (failNext) {
          failNext = false;
          return Promise.resolve(new Response('gone', { status: 503 }));
        }
        return originalFetch(input, init);
      };
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine src="/test/fixtures/mini-routine.json"></exercise-routine>`,
        );
        const alert = await untilState(el, 'error');
        expect(alert.textContent).to.include('could not be loaded (HTTP 503)');
        expect(error.calls[0])
          .to.include('/test/fixtures/mini-routine.json')
          .and.include('HTTP 503');
        await expect(el).to.be.accessible();
        buttonByText(el, 'Try again').click();
        expect((await untilState(el, 'title')).textContent!.trim()).to.equal(
          'Two-move mini routine',
        );
      } finally {
        window.fetch = originalFetch;
        error.restore();
      }
    });

    it('shows invalid data set as a property, and a plain note when given nothing', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine .routine=${{ title: 5 }}></exercise-routine>`,
        );
        expect(part(el, 'error')!.textContent).to.include('title: expected text, got 5');
      } finally {
        error.restore();
      }
      const empty = await fixture<ExerciseRoutine>(html`<exercise-routine></exercise-routine>`);
      expect(part(empty, 'status')!.textContent).to.include('No routine to show');
    });
  });

  describe('stalled sources', () => {
    let clock: sinon.SinonFakeTimers;
    let restoreFetch: () => void;

    /** A server that sends its headers, then nothing more (the body never ends). */
    function stallAfterHeaders(): void {
      const original = window.fetch;
      window.fetch = (_input, init) => {
        const body = new ReadableStream({
          start(controller) {
            init?.signal?.addEventListener('abort', () =>
              controller.error(new DOMException('The operation was aborted.', 'AbortError')),
            );
          },
        });
        return Promise.resolve(new Response(body, { status: 200 }));
      };
      restoreFetch = () => (window.fetch = original);
    }

    beforeEach(() => {
      stallAfterHeaders();
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      clock.restore();
      restoreFetch();
    });

    it('gives up after 15 s and offers a retry', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine src="/stalls.json"></exercise-routine>`,
        );
        await clock.tickAsync(14_900);
        await el.updateComplete;
        expect(part(el, 'status')!.textContent).to.include('Loading');
        await clock.tickAsync(200);
        await el.updateComplete;
        expect(part(el, 'error')!.textContent).to.include('no complete answer within 15 s');
        expect(buttonByText(el, 'Try again')).to.exist;
        expect(error.calls).to.have.length(1);
        expect(error.calls[0]).to.include('/stalls.json');
      } finally {
        error.restore();
      }
    });

    it('stops waiting, without an error, when the element leaves the page', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine src="/stalls.json"></exercise-routine>`,
        );
        el.remove();
        await clock.tickAsync(20_000);
        expect(error.calls).to.deep.equal([]);
        expect(clock.countTimers()).to.equal(0);
      } finally {
        error.restore();
      }
    });
  });

  describe('progress only from its own timer', () => {
    afterEach(() => localStorage.clear());
    const key = progressKey(runnersKneeRoutine);

    function overall(el: ExerciseRoutine): string {
      const list = el.shadowRoot!.querySelector('routine-list')!;
      return list.shadowRoot!.querySelector('[part~="overall"]')!.textContent!.trim();
    }

    it('ignores progress events that page script dispatches through light DOM', async () => {
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine .routine=${runnersKneeRoutine}
          ><span slot="credits">Credits</span></exercise-routine
        >`,
      );
      const completes = recordEvents(el, 'routine-complete');
      const span = el.querySelector('span')!;
      const forge = (type: string, detail: object, composed: boolean) =>
        span.dispatchEvent(new CustomEvent(type, { bubbles: true, composed, detail }));
      for (const composed of [false, true]) {
        forge('routine-set-complete', { exerciseId: 'spanish-squat', set: 4 }, composed);
        forge('routine-timer-phase', { exerciseId: 'spanish-squat', phase: 'hold' }, composed);
        for (const exercise of runnersKneeRoutine.exercises) {
          forge('routine-exercise-complete', { exerciseId: exercise.id }, composed);
        }
      }
      await el.updateComplete;
      expect(completes).to.have.length(0);
      expect(localStorage.getItem(key)).to.be.null;
      expect(overall(el)).to.match(/^0 of 16 sets/);
    });

    it('ignores events page script dispatches on its timer, found through an event path', async () => {
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine .routine=${runnersKneeRoutine}></exercise-routine>`,
      );
      // A page listener can reach the timer through a composed event's path …
      let timer: EventTarget | undefined;
      const grab = (event: Event) => (timer = event.composedPath()[0]);
      document.addEventListener('routine-timer-phase', grab, { once: true });
      el.shadowRoot!.querySelector('set-timer')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[data-action="toggle"]')!
        .click();
      await el.updateComplete;
      expect(timer).to.exist;
      // … but what it dispatches there is not the timer's own.
      for (const set of [1, 2, 3]) {
        for (const side of ['left', 'right']) {
          timer!.dispatchEvent(
            new CustomEvent('routine-set-complete', {
              bubbles: true,
              composed: true,
              detail: { exerciseId: 'terminal-knee-extension', set, side },
            }),
          );
        }
      }
      timer!.dispatchEvent(
        new CustomEvent('routine-exercise-complete', {
          bubbles: true,
          composed: true,
          detail: { exerciseId: 'terminal-knee-extension' },
        }),
      );
      await el.updateComplete;
      expect(overall(el)).to.match(/^0 of 16 sets/);
      expect(JSON.parse(localStorage.getItem(key)!).done).to.deep.equal({});
    });
  });

  it('writes nothing to storage with no-persist, not even the mute choice', async () => {
    localStorage.clear();
    const el = await fixture<ExerciseRoutine>(
      html`<exercise-routine no-persist .routine=${runnersKneeRoutine}></exercise-routine>`,
    );
    const timer = el.shadowRoot!.querySelector('set-timer')!;
    await timer.updateComplete;
    timer.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="mute"]')!.click();
    await completeSetSides(el, 1);
    buttonByText(el, 'Up next').click();
    await el.updateComplete;
    expect(timer.noSound).to.be.true;
    expect(localStorage.length).to.equal(0);
  });

  describe('on a right-to-left page', () => {
    const direction = (element: Element) => getComputedStyle(element).direction;

    it('keeps its English text left to right, while its box follows the page', async () => {
      // A page written right to left (a plain element, so no wait for a render of its own).
      const page = Object.assign(document.createElement('div'), { dir: 'rtl', lang: 'ar' });
      document.body.append(page);
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine no-persist .routine=${runnersKneeRoutine}></exercise-routine>`,
        { parentNode: page },
      );
      const timer = el.shadowRoot!.querySelector('set-timer')!;
      await timer.updateComplete;
      expect(direction(el)).to.equal('rtl');
      expect(part(el, 'frame')!.getAttribute('dir')).to.equal('ltr');
      expect(part(el, 'frame')!.getAttribute('lang')).to.equal('en');
      expect(direction(part(el, 'title')!)).to.equal('ltr');
      const controls = timer.shadowRoot!.querySelector('[part~="controls"]')!;
      expect(direction(controls)).to.equal('ltr');
    });

    it("shows a right-to-left routine's text right to left, its own controls left to right", async () => {
      const routine = { ...runnersKneeRoutine, language: 'he' };
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
      );
      const timer = el.shadowRoot!.querySelector('set-timer')!;
      await timer.updateComplete;
      expect(part(el, 'header')!.getAttribute('lang')).to.equal('he');
      expect(direction(part(el, 'title')!)).to.equal('rtl');
      expect(part(el, 'frame')!.getAttribute('lang')).to.equal('en');
      expect(direction(timer.shadowRoot!.querySelector('[part~="controls"]')!)).to.equal('ltr');
    });
  });

  it("shows a checked copy: later changes to the caller's routine object do not reach it", async () => {
    const routine = structuredClone(runnersKneeRoutine) as unknown as {
      title: string;
      exercises: unknown[];
    };
    const el = await fixture<ExerciseRoutine>(
      html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
    );
    routine.title = 'Changed';
    routine.exercises.length = 0;
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'title')!.textContent!.trim()).to.equal(runnersKneeRoutine.title);
    expect(el.shadowRoot!.querySelector('exercise-card')).to.exist;
  });

  it('speaks "up next" and "workout complete" when the reader has Voice on', async () => {
    const said: string[] = [];
    const speech = { speak: (text: string) => void said.push(text), cancel: () => undefined };
    const el = await fixture<ExerciseRoutine>(
      html`<exercise-routine
        no-persist
        .speech=${speech}
        .routine=${runnersKneeRoutine}
      ></exercise-routine>`,
    );
    const timer = el.shadowRoot!.querySelector('set-timer')!;
    await timer.updateComplete;
    timer.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="voice"]')!.click();
    await finishCurrentExercise(el);
    await el.updateComplete;
    expect(said.at(-1)).to.equal('Exercise done. Up next: Spanish Squat');
    for (let i = 1; i < runnersKneeRoutine.exercises.length; i++) {
      buttonByText(el, 'Up next').click();
      await el.updateComplete;
      const next = el.shadowRoot!.querySelector('set-timer')!;
      await next.updateComplete;
      await finishCurrentExercise(el);
      await el.updateComplete;
    }
    expect(said.at(-1)).to.equal('Workout complete');
  });
});
