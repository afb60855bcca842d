import { expect, fixture, html } from '@open-wc/testing';
import '../src/exercise-routine.js';
import type { ExerciseRoutine } from '../src/components/exercise-routine/exercise-routine.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { part, routineElementSuite, buttonByText } from './helpers/routine-element-suite.js';
import { spyOnConsole } from './helpers/console-spy.js';

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
});
