// The server-rendered snippet in an article, before and after the script: readable at once,
// no control that would do nothing until the script runs, and, once it has, the same nodes
// taken over in place (hydration), with nothing in the page moved.
import { expect } from '@open-wc/testing';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import { emptyProgress } from '../../src/progress/routine-progress.js';
import { recordThrough } from '../../src/progress/progress-changes.js';
import { progressKey } from '../../src/progress/progress-storage.js';
import {
  CDN_BUNDLE,
  PAGES,
  closeHosts,
  deepQueryAll,
  isVisible,
  loadModule,
  openHost,
  probeOf,
  problems,
  resources,
  settle,
  shadowOf,
  type Host,
} from './helpers/host-frame.js';

/** Every element inside `widget`'s shadow root and the shadow roots within. */
function shadowElements(widget: Element): Element[] {
  return deepQueryAll<Element>(shadowOf(widget), '*');
}

const visible = (within: Element, selector: string) =>
  deepQueryAll(shadowOf(within), selector).filter(isVisible);

/** Where the paragraph after the widget starts: what a reader would see move. */
const afterTop = (host: Host) => host.doc.getElementById('after')!.getBoundingClientRect().top;

async function openPrerendered(): Promise<{ host: Host; widget: Element }> {
  const host = await openHost(`${PAGES}/prerendered.html`);
  const widget = host.doc.querySelector('runner-knee-routine')!;
  expect(host.win.customElements.get('runner-knee-routine'), 'no script yet').to.be.undefined;
  return { host, widget };
}

describe('embedding: the pre-rendered snippet', () => {
  afterEach(() => closeHosts());

  it('reads before the script: every exercise’s how-to, no control that needs the script', async () => {
    const { widget } = await openPrerendered();
    const root = shadowOf(widget); // the declarative shadow root
    expect(root.textContent).to.include(routine.title);
    const timer = root.querySelector('set-timer')!;
    expect(visible(timer, 'button'), 'timer buttons').to.deep.equal([]);
    expect(visible(timer, '.needs-script')).to.have.length(1);
    const start = visible(widget, '[part~="start"]') as HTMLButtonElement[];
    expect(start, 'Start shows').to.have.length(1);
    expect(start[0]!.disabled, 'Start is disabled until the script').to.be.true;
    const card = root.querySelector('exercise-card')!;
    const steps = visible(card, '[part~="details"]');
    expect(steps, 'the current exercise’s how-to is open').to.have.length(1);
    expect(visible(card, 'button'), 'card buttons').to.deep.equal([]);
    const howTo = [...root.querySelectorAll('[part~="how-to"] details')];
    expect(howTo.map((d) => d.querySelector('summary')!.textContent)).to.have.length(5);
    routine.exercises.forEach((exercise, i) => {
      const text = howTo[i]!.textContent!;
      expect(text, exercise.id).to.include(exercise.name);
      expect(text, exercise.id).to.include(exercise.setup);
      for (const step of exercise.steps) expect(text, exercise.id).to.include(step);
    });
  });

  it('hydrates in place: the same nodes, nothing moved, every control working', async () => {
    const { host, widget } = await openPrerendered();
    const before = shadowElements(widget);
    const top = afterTop(host);
    await loadModule(host, CDN_BUNDLE);
    await settle(host);
    const after = new Set(shadowElements(widget));
    const replaced = before.filter((node) => !after.has(node));
    expect(
      replaced.map((node) => node.localName),
      'nodes replaced',
    ).to.deep.equal([]);
    expect(afterTop(host), 'what follows the widget did not move').to.equal(top);
    const timer = shadowOf(widget).querySelector('set-timer')!;
    expect(visible(timer, '[data-action="primary"]')).to.have.length(1);
    expect(visible(timer, '.needs-script')).to.deep.equal([]);
    const start = visible(widget, '[part~="start"]') as HTMLButtonElement[];
    expect(start[0]!.disabled, 'Start is enabled').to.be.false;
    const card = shadowOf(widget).querySelector('exercise-card')!;
    expect(card.hasAttribute('expanded'), 'the open how-to stays open').to.be.true;
    expect(shadowOf(widget).querySelectorAll('[part~="how-to"] details')).to.have.length(5);

    // The timer works: Done records the set, with the event.
    const sets: unknown[] = [];
    widget.addEventListener('routine-set-complete', (event) =>
      sets.push((event as CustomEvent).detail),
    );
    visible(timer, '[data-action="primary"]')[0]!.click();
    await settle(host);
    expect(sets).to.deep.equal([{ exerciseId: routine.exercises[0]!.id, set: 1, side: 'left' }]);
    expect(problems(host)).to.deep.equal([]);
    // Hydration's own code is a chunk that only a server-rendered page loads.
    expect(resources(host).some((r) => /\/dist\/cdn\/hydrate-[^/]+\.js$/.test(r))).to.be.true;
  });

  it('without its hydration code (the chunk failed to load), is drawn afresh and works', async () => {
    const { host, widget } = await openPrerendered();
    await loadModule(
      host,
      `/cdn-mirror/flaky@hydrate-${Date.now()}/dist/cdn/runner-knee-routine.js`,
    );
    await settle(host);
    const errors = probeOf(host).errors.join('\n');
    expect(errors).to.include('could not load the hydration code');
    expect(shadowOf(widget).querySelectorAll('.frame'), 'one widget, not two').to.have.length(1);
    const timer = shadowOf(widget).querySelector('set-timer')!;
    expect(visible(timer, '[data-action="primary"]')).to.have.length(1);
    const start = visible(widget, '[part~="start"]') as HTMLButtonElement[];
    expect(start[0]!.disabled, 'Start is enabled').to.be.false;
    expect(probeOf(host).exceptions, 'no uncaught error').to.deep.equal([]);
    const others = problems(host).filter((p) => !p.includes('could not load the hydration code'));
    expect(others, 'nothing but the failed load').to.deep.equal([]);
    expect(visible(widget, '[part~="error"]'), 'no message: the widget works').to.deep.equal([]);
  });

  it('without its progress code (the chunk failed to load), says so with Retry, then works', async () => {
    const { host, widget } = await openPrerendered();
    await loadModule(
      host,
      `/cdn-mirror/flaky@routine-flow-${Date.now()}/dist/cdn/runner-knee-routine.js`,
    );
    await settle(host);
    const message = () => visible(widget, '[part~="error"]')[0];
    expect(message()?.textContent).to.include('could not load');
    // Not a mismatch of versions: the console names the code that did not load, and only it.
    const others = problems(host).filter((p) => !p.includes('could not load the routine progress'));
    expect(others).to.deep.equal([]);
    for (const attempt of ['fails once more', 'loads']) {
      (message()!.querySelector('button') as HTMLButtonElement).click();
      await settle(host);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(host);
      if (attempt === 'fails once more') expect(message(), attempt).to.not.be.undefined;
    }
    expect(message(), 'no message').to.be.undefined;
    const timer = shadowOf(widget).querySelector('set-timer')!;
    expect(visible(timer, '[data-action="primary"]')).to.have.length(1);
    expect(probeOf(host).exceptions, 'no uncaught error').to.deep.equal([]);
  });

  it('HTML from another version of the library is drawn afresh, with a warning, and works', async () => {
    const { host, widget } = await openPrerendered();
    // A template that changed between versions: its digest in the page no longer matches.
    const walker = host.doc.createTreeWalker(shadowOf(widget), NodeFilter.SHOW_COMMENT);
    while (walker.nextNode()) {
      const marker = walker.currentNode as Comment;
      if (marker.data.startsWith('lit-part ')) {
        marker.data = 'lit-part AAAAAAAAAAA=';
        break;
      }
    }
    await loadModule(host, CDN_BUNDLE);
    await settle(host);
    const [warning, ...others] = problems(host);
    expect(others).to.deep.equal([]);
    expect(warning).to.match(
      /^console.warn: <runner-knee-routine>: its server-rendered HTML does not match version/,
    );
    expect(shadowOf(widget).querySelectorAll('.frame'), 'one widget, not two').to.have.length(1);
    const timer = shadowOf(widget).querySelector('set-timer')!;
    expect(visible(timer, '[data-action="primary"]')).to.have.length(1);
  });

  it('takes saved progress in after hydrating, on the exercise shown, with nothing moved', async () => {
    const { host, widget } = await openPrerendered();
    const [first, second] = routine.exercises;
    let saved = recordThrough(emptyProgress(routine), first!, 2, Date.now());
    saved = { ...saved, currentId: second!.id };
    host.win.localStorage.setItem(progressKey(routine), JSON.stringify(saved));
    try {
      const top = afterTop(host);
      await loadModule(host, CDN_BUNDLE);
      await settle(host);
      const start = visible(widget, '[part~="start"]')[0]!;
      expect(start.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Continue 1 of 16 sets done');
      const card = shadowOf(widget).querySelector('exercise-card')!;
      expect((card as unknown as { exercise: { id: string } }).exercise.id).to.equal(first!.id);
      expect(afterTop(host), 'what follows the widget did not move').to.equal(top);
      expect(problems(host)).to.deep.equal([]);
    } finally {
      host.win.localStorage.removeItem(progressKey(routine));
    }
  });
});
