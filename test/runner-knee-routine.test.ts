import { expect, fixture, html } from '@open-wc/testing';
import '../src/runner-knee-routine.js';
import type { RunnerKneeRoutine } from '../src/components/runner-knee-routine/runner-knee-routine.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { routineElementSuite } from './helpers/routine-element-suite.js';

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
