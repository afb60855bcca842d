// Runs in the "prefers-dark" group of web-test-runner.config.js: every engine is launched with
// the reader's colour scheme set to dark, as a phone or desktop in dark mode reports it. (An
// emulation command would only reach Chromium; the launch setting works in all three.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ExerciseRoutine } from '../../src/components/exercise-routine/exercise-routine.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';

const DARK_SURFACE = '#16191d';
const LIGHT_SURFACE = '#ffffff';

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
    it(`${name} keeps theme="light" light, and lets "auto" follow into dark`, async () => {
      const el = await create();
      const timer = el.shadowRoot!.querySelector('set-timer')!;
      await timer.updateComplete;
      const surface = () => getComputedStyle(timer).getPropertyValue('--_routine-surface').trim();
      expect(surface(), 'no theme attribute: auto').to.equal(DARK_SURFACE);
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      await timer.updateComplete;
      expect(surface()).to.equal(LIGHT_SURFACE);
      expect(getComputedStyle(el).colorScheme).to.not.equal('dark');
      el.setAttribute('theme', 'auto');
      await el.updateComplete;
      await timer.updateComplete;
      expect(surface()).to.equal(DARK_SURFACE);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });
  }
});
