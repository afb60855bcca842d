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
import { forcedColors, forcedColorsRules, systemColor } from './helpers/forced-colors.js';

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

  it('makes "Previous exercise" on the first exercise look unavailable, and says why', async () => {
    const el = await fixture<ExerciseRoutine>(
      html`<exercise-routine no-persist .routine=${runnersKneeRoutine}></exercise-routine>`,
    );
    const previous = buttonByText(el, 'Previous exercise');
    const next = buttonByText(el, 'Up next');
    const style = (b: HTMLButtonElement) => getComputedStyle(b);
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(style(previous).borderStyle).to.equal('dashed');
    expect(style(next).borderStyle).to.equal('solid');
    expect(style(previous).color).to.not.equal(style(next).color);
    expect(style(previous).cursor).to.equal('not-allowed');
    const why = el.shadowRoot!.getElementById(previous.getAttribute('aria-describedby')!);
    expect(why!.textContent!.trim()).to.equal('This is the first exercise.');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(style(previous).borderStyle).to.equal('dashed');
    expect(style(previous).color).to.equal('rgb(165, 176, 187)'); // the dark muted
    if (await forcedColors(true)) {
      try {
        expect(style(previous).color).to.equal(systemColor('GrayText'));
        expect(style(next).color).to.not.equal(systemColor('GrayText'));
      } finally {
        await forcedColors(false);
      }
    } else {
      const styles = (el.constructor as typeof ExerciseRoutine).elementStyles;
      const rules = forcedColorsRules(styles as { cssText: string }[]);
      expect(rules).to.match(/\[aria-disabled=["']?true["']?\][^}]*GrayText/i);
    }
    next.click();
    await el.updateComplete;
    const again = buttonByText(el, 'Previous exercise');
    expect(again.getAttribute('aria-disabled')).to.equal('false');
    expect(again.hasAttribute('aria-describedby')).to.be.false;
    expect(style(again).borderStyle).to.equal('solid');
  });

  it('keeps the safety notice a warning, not the accent, even with a red accent', async () => {
    const el = await fixture<ExerciseRoutine>(
      html`<exercise-routine
        no-persist
        style="--routine-accent: red"
        .routine=${runnersKneeRoutine}
      ></exercise-routine>`,
    );
    const card = el.shadowRoot!.querySelector('exercise-card')!;
    await card.updateComplete;
    const cardFrame = card.shadowRoot!.querySelector('.card')!;
    const safety = part(el, 'safety')!;
    const red = 'rgb(255, 0, 0)';
    const danger = 'rgb(180, 35, 24)'; // --routine-danger's default
    expect(getComputedStyle(cardFrame).borderTopColor, 'the current exercise').to.equal(red);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      expect(getComputedStyle(safety)[`border${side}Color`]).to.equal(danger);
    }
    const title = safety.querySelector('[role="heading"]')!;
    expect(getComputedStyle(title).color).to.equal(danger);
    expect(getComputedStyle(safety).backgroundColor).to.not.equal(
      getComputedStyle(cardFrame).backgroundColor,
    );
    // A cue that does not depend on colour: a warning sign and the word.
    expect(title.querySelector('svg.safety-icon')).to.exist;
    expect(title.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(title.textContent!.trim()).to.equal('Safety: before you start');
    expect(safety.getAttribute('aria-label')).to.equal('Safety: before you start');
    // The publisher's own danger colour wins.
    el.style.setProperty('--routine-danger', 'rgb(0, 90, 0)');
    expect(getComputedStyle(safety).borderTopColor).to.equal('rgb(0, 90, 0)');
    // No axe run here: pure red text on white is below 4.5:1, the publisher's choice to fix.
  });

  describe('credits', () => {
    function withChanges(changes: Record<string, unknown>) {
      return { ...structuredClone(runnersKneeRoutine), ...changes };
    }
    const creditsText = (el: ExerciseRoutine) =>
      part(el, 'credits')!.textContent!.replace(/\s+/g, ' ').trim();

    it('links the original article, in a new tab with rel="noopener"', async () => {
      const routine = withChanges({
        source: { url: 'https://example.com/runners-knee', title: "Five moves for runner's knee" },
      });
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
      );
      const link = part(el, 'credits')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/runners-knee');
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        "Five moves for runner's knee (opens in a new tab)",
      );
      expect(creditsText(el)).to.include(
        "Jessica Downey (Writer) · Five moves for runner's knee (opens in a new tab).",
      );
      await expect(el).to.be.accessible();
    });

    it('names the link "the original article" without a title, and works with no other credits', async () => {
      const routine = withChanges({ source: { url: '/articles/knee' }, credits: [] });
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
      );
      expect(creditsText(el)).to.equal(
        'Exercises from the original article (opens in a new tab). The sets, reps and rests are suggestions from this site, not theirs.',
      );
      expect(part(el, 'credits')!.querySelector('a')!.getAttribute('href')).to.equal(
        '/articles/knee',
      );
    });

    it('says nothing of suggestions when every dose is a prescription, and has no link without a source', async () => {
      const routine = structuredClone(runnersKneeRoutine) as unknown as {
        exercises: { prescription: { suggested: boolean } }[];
      };
      for (const exercise of routine.exercises) exercise.prescription.suggested = false;
      const el = await fixture<ExerciseRoutine>(
        html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
      );
      expect(creditsText(el)).to.equal(
        "Exercises from Jimmy Pipe (Physiotherapist) · Tom's Guide (Publisher) · Jessica Downey (Writer).",
      );
      expect(part(el, 'credits')!.querySelector('a')).to.be.null;
    });

    it('refuses a source URL that is not http(s) or relative', async () => {
      const error = spyOnConsole('error');
      try {
        const routine = withChanges({ source: { url: 'javascript:alert(1)' } });
        const el = await fixture<ExerciseRoutine>(
          html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
        );
        expect(part(el, 'error')!.textContent).to.include(
          'source.url: expected an http(s) URL or a path, got a "javascript:" URL',
        );
        expect(el.shadowRoot!.querySelector('a')).to.be.null;
      } finally {
        error.restore();
      }
    });
  });

  describe('wide and narrow layouts', () => {
    /** Waits a few frames for the resize observer and the updates it asks for. */
    async function frames(el: ExerciseRoutine, count = 3): Promise<void> {
      for (let i = 0; i < count; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        await el.shadowRoot!.querySelector('routine-list')?.updateComplete;
      }
    }

    async function routineAt(width: number, attrs = '', src = ''): Promise<ExerciseRoutine> {
      const wrapper = await fixture<HTMLDivElement>(
        `<div style="width: ${width}px"><exercise-routine no-persist ${attrs} ${
          src ? `src="${src}"` : ''
        }></exercise-routine></div>`,
      );
      const el = wrapper.querySelector<ExerciseRoutine>('exercise-routine')!;
      if (!src) el.routine = runnersKneeRoutine;
      await el.updateComplete;
      await frames(el);
      return el;
    }

    function list(el: ExerciseRoutine) {
      const element = el.shadowRoot!.querySelector('routine-list')!;
      const names = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.name')];
      const counts = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.count')];
      const visible = (node: HTMLElement) => getComputedStyle(node).position !== 'absolute';
      return {
        element,
        rows: names.every(visible) && counts.every(visible),
        chips: !names.some(visible),
        sticky: getComputedStyle(element).position === 'sticky',
      };
    }

    it('shows the list in full rows beside the exercise when wide, and keeps it in view', async () => {
      const el = await routineAt(1100);
      const { element, rows, sticky } = list(el);
      expect(rows, 'names and sets done shown').to.be.true;
      expect(sticky).to.be.true;
      expect(element.layout).to.equal('full');
      const current = el.shadowRoot!.querySelector('.current')!;
      expect(element.getBoundingClientRect().right).to.be.at.most(
        current.getBoundingClientRect().left,
      );
      expect(element.shadowRoot!.textContent).to.include('0 of 3 sets');
      await expect(el).to.be.accessible();
    });

    it('stays beside the exercise while the page scrolls', async () => {
      const el = await routineAt(1100);
      const { element } = list(el);
      const scroller = document.scrollingElement!;
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      try {
        const current = el.shadowRoot!.querySelector('.current')!;
        scroller.scrollTop = current.getBoundingClientRect().top + scroller.scrollTop + 200;
        await frames(el, 1);
        const top = element.getBoundingClientRect().top;
        expect(top).to.be.closeTo(16, 1); // --routine-sticky-top's default
      } finally {
        spacer.remove();
        scroller.scrollTop = 0;
      }
    });

    it('shows numbered chips in one column when narrow, and follows a change of width', async () => {
      const el = await routineAt(360);
      let found = list(el);
      expect(found.chips).to.be.true;
      expect(found.sticky).to.be.false;
      el.parentElement!.style.width = '1100px';
      await frames(el);
      found = list(el);
      expect(found.rows).to.be.true;
      expect(found.sticky).to.be.true;
      el.parentElement!.style.width = '360px';
      await frames(el);
      expect(list(el).chips).to.be.true;
    });

    it('keeps the chips with layout="compact", however wide', async () => {
      const el = await routineAt(1100, 'layout="compact"');
      const found = list(el);
      expect(found.chips).to.be.true;
      expect(found.sticky).to.be.false;
    });

    it('shows full rows when wide for a routine loaded from src', async () => {
      const el = await routineAt(1100, '', '/test/fixtures/mini-routine.json');
      await untilState(el, 'title');
      await frames(el);
      expect(list(el).rows).to.be.true;
    });
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

    /** One real task later (a message, which fake timers leave alone). */
    const nextTask = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(undefined);
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
        // The stalled body's cancellation settles in the browser's own tasks, which the fake
        // timers do not run: yield real tasks (not time) until it has.
        for (let i = 0; i < 50 && !part(el, 'error'); i++) {
          await nextTask();
          await el.updateComplete;
        }
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
      // (The real tap records the first set-side: Done on a rep set starts the timer too.)
      el.shadowRoot!.querySelector('set-timer')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[data-action="primary"]')!
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
      expect(JSON.parse(localStorage.getItem(key)!).done).to.deep.equal({
        'terminal-knee-extension': 1,
      });
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
    expect(said.at(-1)).to.equal('Banded Terminal Knee Extension: done. Up next: Spanish Squat');
    for (let i = 1; i < runnersKneeRoutine.exercises.length; i++) {
      const next = el.shadowRoot!.querySelector('set-timer')!;
      await next.updateComplete;
      await finishCurrentExercise(el);
      await el.updateComplete;
    }
    expect(said.at(-1)).to.equal('Workout complete');
  });
});
