import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/routine-list.js';
import type { RoutineList } from '../src/components/routine-list/routine-list.js';
import type { RoutineSelectEvent } from '../src/events/routine-events.js';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { emptyProgress } from '../src/progress/routine-progress.js';
import { recordThrough } from '../src/progress/progress-changes.js';
import { recordEvents } from './helpers/console-spy.js';

const [tke, squat] = routine.exercises;

async function listWith(progress = emptyProgress(routine), layout = 'full') {
  return fixture<RoutineList>(
    html`<routine-list .routine=${routine} .progress=${progress} layout=${layout}></routine-list>`,
  );
}

function items(el: RoutineList): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')];
}

describe('<routine-list>', () => {
  it('lists the exercises in order with sets done of total', async () => {
    const progress = recordThrough(emptyProgress(routine), squat!, 2, 0);
    const el = await listWith(progress);
    expect(items(el).map((b) => b.querySelector('.name')!.textContent)).to.deep.equal(
      routine.exercises.map((e) => e.name),
    );
    expect(items(el)[1]!.querySelector('.count')!.textContent).to.equal('2 of 4 sets');
    const total = routine.exercises.reduce((sum, e) => sum + e.prescription.sets, 0);
    expect(el.shadowRoot!.querySelector('[part="overall"]')!.textContent).to.include(
      `2 of ${total} sets done`,
    );
  });

  it('marks the current exercise with aria-current and finished ones as done', async () => {
    const progress = {
      ...recordThrough(emptyProgress(routine), tke!, 99, 0),
      currentId: squat!.id,
    };
    const el = await listWith(progress);
    expect(items(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal([
      'false',
      'step',
      'false',
      'false',
      'false',
    ]);
    expect(items(el)[0]!.getAttribute('part')).to.equal('item item-done');
    expect(items(el)[0]!.textContent).to.include('Done');
  });

  it('fires routine-select once per click, without changing its own current', async () => {
    const el = await listWith();
    const events = recordEvents<RoutineSelectEvent>(el, 'routine-select');
    items(el)[2]!.click();
    expect(events.map((e) => e.detail)).to.deep.equal([{ exerciseId: routine.exercises[2]!.id }]);
    expect(events[0]!.composed).to.be.true;
    await el.updateComplete;
    expect(items(el)[0]!.getAttribute('aria-current')).to.equal('step');
  });

  it('does not fire when progress is set from code', async () => {
    const el = await listWith();
    const events = recordEvents(el, 'routine-select');
    el.progress = { ...emptyProgress(routine), currentId: squat!.id };
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('moves focus with arrow keys, Home and End, and selects with Enter', async () => {
    const el = await listWith();
    const events = recordEvents<RoutineSelectEvent>(el, 'routine-select');
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    expect(events.map((e) => e.detail.exerciseId)).to.deep.equal([routine.exercises[4]!.id]);
  });

  it('names each chip of the strip starting with its visible number (label in name)', async () => {
    const el = await listWith(recordThrough(emptyProgress(routine), tke!, 99, 0), 'compact');
    for (const [i, item] of items(el).entries()) {
      const visible = item.querySelector('.number')!.textContent!.replace('✓', '').trim();
      expect(visible).to.equal(String(i + 1));
      expect(item.textContent!.trim().startsWith(visible)).to.be.true;
      expect(item.querySelector('.number')!.closest('[aria-hidden="true"]')).to.be.null;
    }
  });

  it('is accessible in the full and compact layouts', async () => {
    const el = await listWith(recordThrough(emptyProgress(routine), tke!, 99, 0));
    await expect(el).to.be.accessible();
    el.layout = 'compact';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a strip of numbered chips in the compact layout, names kept for screen readers', async () => {
    const el = await listWith(emptyProgress(routine), 'compact');
    const name = items(el)[0]!.querySelector('.name')!;
    expect(getComputedStyle(name).position).to.equal('absolute');
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol')!).display).to.equal('flex');
    el.layout = 'full';
    await el.updateComplete;
    expect(getComputedStyle(name).position).to.equal('static');
  });

  it('picks the strip by its own width when the layout is auto', async () => {
    const el = await listWith(emptyProgress(routine), 'auto');
    el.style.width = '300px';
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol')!).display).to.equal('flex');
    el.style.width = '700px';
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol')!).display).to.equal('grid');
  });

  it('sets the progress counts in tabular figures, so they do not jitter', async () => {
    const el = await listWith(recordThrough(emptyProgress(routine), tke!, 99, 0));
    const overall = el.shadowRoot!.querySelector('[part~="overall"]')!;
    const count = el.shadowRoot!.querySelector('.count')!;
    const number = el.shadowRoot!.querySelector('.number')!;
    for (const node of [overall, count, number]) {
      expect(getComputedStyle(node).fontVariantNumeric).to.equal('tabular-nums');
    }
  });

  it('renders nothing without a routine', async () => {
    const el = await fixture<RoutineList>(html`<routine-list></routine-list>`);
    expect(el.shadowRoot!.children).to.have.length(0);
  });
});
