// Runs in the "prefers-dark" group of web-test-runner.config.js: every engine is launched with
// the reader's colour scheme set to dark, as a phone or desktop in dark mode reports it. (An
// emulation command would only reach Chromium; the launch setting works in all three.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ExerciseRoutine } from '../../src/components/exercise-routine/exercise-routine.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { surfaceColour } from '../helpers/colour.js';

// #16191d and #ffffff, as computed.
const DARK_SURFACE = 'rgb(22, 25, 29)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

const elements = {
  '<runner-knee-routine>': () =>
    fixture<ExerciseRoutine>(html`<runner-knee-routine no-persist></runner-knee-routine>`),
  '<exercise-routine>': () =>
    fixture<ExerciseRoutine>(
      html`<exercise-routine .routine=${runnersKneeRoutine} no-persist></exercise-routine>`,
    ),
};

describe('when the reader prefers a dark colour scheme', () => {
  it('the browser says so (the group’s launch setting took effect)', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
  });

  for (const [name, create] of Object.entries(elements)) {
    it(`${name}: "auto" stays light on a light-only page, goes dark where the page declares dark; "light" stays light`, async () => {
      const el = await create();
      const timer = el.shadowRoot!.querySelector('set-timer')!;
      await timer.updateComplete;
      const surface = () => surfaceColour(timer);
      const settle = async () => {
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        await timer.updateComplete;
      };
      expect(surface(), 'auto on a light-only page').to.equal(LIGHT_SURFACE);
      const meta = Object.assign(document.createElement('meta'), {
        name: 'color-scheme',
        content: 'light dark',
      });
      document.head.append(meta);
      try {
        await settle();
        expect(surface(), 'auto on a page that supports dark').to.equal(DARK_SURFACE);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        el.setAttribute('theme', 'light');
        await settle();
        expect(surface()).to.equal(LIGHT_SURFACE);
        expect(getComputedStyle(el).colorScheme).to.not.equal('dark');
        el.setAttribute('theme', 'auto');
        await settle();
        expect(surface()).to.equal(DARK_SURFACE);
      } finally {
        meta.remove();
      }
    });
  }
});
