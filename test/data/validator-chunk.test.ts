// The validator is a chunk of its own: the built-in routine, and what the validator returned,
// show at once without it; other data waits for it, and the elements then show the checked
// data or its problems. This file's page starts with the validator not loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { isChecked } from '../../src/data/checked.js';
import { validatorChunk } from '../../src/components/validator-chunk.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { ExerciseRoutine } from '../../src/components/exercise-routine/exercise-routine.js';
import type { SetTimer } from '../../src/components/set-timer/set-timer.js';
import type { Exercise, Routine } from '../../src/data/types.js';
import * as builtInRoutine from '../../src/data/runners-knee-routine.js';
import { builtInRoutineChunk } from '../../src/components/runner-knee-routine/built-in-routine-chunk.js';
import { appendWidget, codeNotYetLoaded } from '../helpers/chunks.js';
import sinon from 'sinon';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const title = (el: Element) => el.shadowRoot!.querySelector('[part~="title"], [part~="name"]');

describe('the validator, loaded on demand', () => {
  it('is not needed for the built-in routine, its exercises, nor for the widget', async () => {
    expect(isChecked(runnersKneeRoutine)).to.be.true;
    expect(runnersKneeRoutine.exercises.every(isChecked)).to.be.true;
    const widget = await fixture(html`<runner-knee-routine no-persist></runner-knee-routine>`);
    const card = await fixture<ExerciseCard>(
      html`<exercise-card .exercise=${runnersKneeRoutine.exercises[1]}></exercise-card>`,
    );
    const timer = await fixture<SetTimer>(
      html`<set-timer no-persist .exercise=${runnersKneeRoutine.exercises[1]}></set-timer>`,
    );
    expect(widget.shadowRoot!.textContent).to.include(runnersKneeRoutine.title);
    expect(card.shadowRoot!.textContent).to.include(runnersKneeRoutine.exercises[1]!.name);
    expect(timer.shadowRoot!.querySelector('[data-action="primary"]')).to.not.be.null;
    expect(validatorChunk.module, 'the validator').to.be.undefined;
  });

  it('checks media set while the widget waits for its routine’s code, before showing it', async () => {
    const code = codeNotYetLoaded(builtInRoutineChunk, builtInRoutine);
    const widget = appendWidget();
    try {
      await new Promise((resolve) => setTimeout(resolve));
      const exercise = runnersKneeRoutine.exercises[0]!;
      const image = { kind: 'image', url: '/test/fixtures/pixel.svg', alt: 'Set while waiting' };
      widget.media = { [exercise.id]: image };
      code.arrive();
      await widget.updateComplete;
      expect(validatorChunk.module, 'the validator').to.not.be.undefined;
      const card = widget.shadowRoot!.querySelector<ExerciseCard>('exercise-card')!;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('img')?.getAttribute('alt')).to.equal(
        'Set while waiting',
      );
    } finally {
      widget.remove();
      sinon.restore();
    }
  });

  it('loads for other data before the first render, which shows the checked copy', async () => {
    const exercise = copy(runnersKneeRoutine.exercises[0]) as Exercise;
    exercise.name = 'A publisher’s exercise';
    const card = await fixture<ExerciseCard>(
      html`<exercise-card .exercise=${exercise}></exercise-card>`,
    );
    expect(validatorChunk.module, 'the validator').to.not.be.undefined;
    expect(title(card)?.textContent).to.include('A publisher’s exercise');
    exercise.name = 'Changed afterwards';
    card.requestUpdate();
    await card.updateComplete;
    expect(title(card)?.textContent).to.include('A publisher’s exercise');
  });

  it('checks a publisher’s routine and media: problems are shown, valid data is', async () => {
    const routine = copy(runnersKneeRoutine) as Routine;
    const el = await fixture<ExerciseRoutine>(
      html`<exercise-routine no-persist .routine=${{ ...routine, title: '' }}></exercise-routine>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.include('title');
    el.routine = { ...routine, title: 'Checked' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent).to.include('Checked');
    const exercise = routine.exercises[0]!;
    const image = { kind: 'image', url: '/test/fixtures/pixel.svg', alt: 'A still' };
    el.media = { [exercise.id]: image };
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector<ExerciseCard>('exercise-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('img')?.getAttribute('alt')).to.equal('A still');
    expect(isChecked(card.exercise), 'the card is given checked data').to.be.true;
  });
});
