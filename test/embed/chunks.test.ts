// The CDN bundle's chunks, the code it loads on demand, on a page: prefetched when the
// browser is idle after the first render, with no tap; and, when the network drops them, a
// visible message with Retry (and a console message naming the chunk) that Retry clears.
import { expect } from '@open-wc/testing';
import {
  PAGES,
  prefetchedChunks,
  buttonByText,
  closeHosts,
  deepQueryAll,
  loadModule,
  openHost,
  problems,
  probeOf,
  resources,
  settle,
  shadowOf,
  until,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

type Widget = HTMLElement & { workout: boolean };

/** Loads the CDN bundle from `base` into an empty article and adds a widget. */
async function widgetFrom(base: string): Promise<{ host: Host; widget: Widget }> {
  const host = await openHost(`${PAGES}/no-script.html`);
  await loadModule(host, `${base}/dist/cdn/runner-knee-routine.js`);
  const widget = host.doc.createElement('runner-knee-routine') as Widget;
  widget.toggleAttribute('no-persist', true);
  host.doc.querySelector('#article')!.append(widget);
  await whenRendered(host);
  return { host, widget };
}

/** A page with the CDN bundle from `base` and an `<exercise-routine>` fetching its routine. */
async function publisherRoutineFrom(base: string): Promise<{ host: Host; routine: HTMLElement }> {
  const host = await openHost(`${PAGES}/no-script.html`);
  await loadModule(host, `${base}/dist/cdn/runner-knee-routine.js`);
  const routine = host.doc.createElement('exercise-routine');
  routine.toggleAttribute('no-persist', true);
  routine.setAttribute('src', '/test/fixtures/mini-routine.json');
  host.doc.querySelector('#article')!.append(routine);
  return { host, routine };
}

/** The visible messages of failed loads inside `root` (through shadow roots). */
function failuresShown(root: Element): HTMLElement[] {
  return deepQueryAll(shadowOf(root), '[part~="error"]').filter((el) =>
    el.textContent!.includes('could not load'),
  );
}

/** The first visible message of a failed load inside `root`, if any. */
function failureShown(root: Element): HTMLElement | undefined {
  return failuresShown(root)[0];
}

/** The message of the knee check's failed load, if shown. */
function kneeFailure(root: Element): HTMLElement | undefined {
  return failuresShown(root).find((el) => el.textContent!.includes('knee check'));
}

describe('embedding: the chunks loaded on demand', function () {
  this.timeout(15_000);
  afterEach(() => closeHosts());

  it('are fetched when the browser is idle after the first render, with no tap', async () => {
    // A mirror of its own: no other test's fetch of the chunks counts.
    const base = `/cdn-mirror/idle-${Date.now()}`;
    const { host } = await widgetFrom(base);
    const chunks = (await prefetchedChunks()).map((chunk) => `${base}/dist/cdn/${chunk}`);
    await until(() => chunks.every((chunk) => resources(host).includes(chunk)), 'every chunk');
    expect(problems(host)).to.deep.equal([]);
  });

  it('say so with Retry when they cannot load, name the chunk in the console, and Retry works', async () => {
    // Each chunk fails twice: once prefetched, once on the tap that needs it.
    const { host, widget } = await widgetFrom(`/cdn-mirror/flaky-${Date.now()}`);
    const errors = () => probeOf(host).errors.join('\n');
    const failuresOf = (name: string) =>
      probeOf(host).errors.filter((e) => e.includes(`could not load the ${name} code`)).length;
    const beforeRender = ['built-in routine', 'routine progress'];
    // The code needed before the first render (the routine's text, its progress) fails first:
    // one message and one Retry for both are all the widget shows.
    await until(() => beforeRender.every((c) => failuresOf(c) === 1), 'the first render’s code');
    await settle(host);
    expect(failuresShown(widget)).to.have.length(1);
    expect(failureShown(widget)!.getAttribute('role')).to.equal('alert');
    expect(shadowOf(widget).textContent).not.to.include('No routine to show');
    buttonByText(failureShown(widget)!, 'Try again').click(); // both fail once more
    await until(() => beforeRender.every((c) => failuresOf(c) === 2), 'failing again');
    await settle(host);
    expect(failuresShown(widget)).to.have.length(1);
    buttonByText(failureShown(widget)!, 'Try again').click();
    await until(() => failureShown(widget) === undefined, 'the routine, after Retry');
    await settle(host);
    await until(
      () => ['workout view', 'sound cues', 'knee check'].every((c) => errors().includes(c)),
      'every prefetch failing',
    );
    buttonByText(widget, 'Start workout').click();
    // The workout view's code fails: its message and Retry.
    await until(() => failureShown(widget) !== undefined, 'the workout view’s message');
    expect(widget.workout).to.be.false;
    expect(failureShown(widget)!.getAttribute('role')).to.equal('alert');
    buttonByText(failureShown(widget)!, 'Try again').click();
    await until(() => widget.workout, 'the workout view, after Retry');
    // In the view, the check-in before the first set needs the knee check's code, which fails
    // too: a message and Retry of its own, in the view.
    await until(() => kneeFailure(widget) !== undefined, 'the knee check’s message');
    const left = failuresShown(widget);
    expect(left.length === 1 && left[0] === kneeFailure(widget), 'only the knee check’s message').to
      .be.true;
    buttonByText(kneeFailure(widget)!, 'Try again').click();
    await until(() => failureShown(widget) === undefined, 'the knee check’s message gone');
    expect(widget.workout, 'still in the workout view').to.be.true;
    const skip = () =>
      deepQueryAll<HTMLButtonElement>(widget, 'button').find(
        (b) => b.textContent!.trim() === 'Skip',
      );
    await until(() => skip() !== undefined, 'the check-in');
    skip()!.click();
    await settle(host);

    // The timer runs without its cues' code, and says so.
    const timer = shadowOf(widget).querySelector('set-timer')!;
    const primary = () =>
      shadowOf(timer).querySelector<HTMLButtonElement>('[data-action="primary"]')!;
    primary().click(); // Done, on the first set's left leg
    await until(() => failureShown(timer) !== undefined, 'the timer’s message');
    await settle(host);
    expect(shadowOf(timer).querySelector('[part~="phase"]')!.textContent).to.include('Work');
    buttonByText(timer, 'Try again').click();
    await until(() => failureShown(timer) === undefined, 'the timer’s message gone');

    expect(errors()).to.include('could not load the workout view code');
    expect(errors()).to.include('could not load the sound cues code');
    expect(errors()).to.include('could not load the knee check code');
    expect(probeOf(host).exceptions, 'no uncaught error').to.deep.equal([]);
  });

  it('a publisher’s routine with neither its progress code nor the validator: one message, one Retry', async () => {
    const base = `/cdn-mirror/flaky-publisher-${Date.now()}`;
    const { host, routine } = await publisherRoutineFrom(base);
    const failed = (name: string) =>
      probeOf(host).errors.filter((e) => e.includes(`could not load the ${name} code`)).length;
    const both = (times: number) =>
      failed('routine progress') === times && failed('data validator') === times;
    await until(() => both(1), 'both failing');
    await settle(host);
    expect(failuresShown(routine), 'one message').to.have.length(1);
    buttonByText(failureShown(routine)!, 'Try again').click();
    await until(() => both(2), 'both failing again, from one Retry');
    await settle(host);
    expect(failuresShown(routine), 'one message').to.have.length(1);
    buttonByText(failureShown(routine)!, 'Try again').click();
    await until(() => shadowOf(routine).querySelector('[part~="title"]') !== null, 'the routine');
    expect(failuresShown(routine)).to.have.length(0);
    expect(probeOf(host).exceptions, 'no uncaught error').to.deep.equal([]);
  });

  it('the validator of a publisher’s routine: a message with Retry, until it loads', async () => {
    // Only the validator fails: what comes before (the routine's progress code) loads.
    const base = `/cdn-mirror/flaky@validate-${Date.now()}`;
    const { host, routine } = await publisherRoutineFrom(base);
    // Not prefetched: the first load, then the first Retry, fail.
    const failures = () =>
      probeOf(host).errors.filter((error) => error.includes('could not load the data validator'));
    await until(() => failureShown(routine) !== undefined, 'the message');
    expect(failureShown(routine)!.getAttribute('role')).to.equal('alert');
    buttonByText(routine, 'Try again').click();
    await until(() => failures().length === 2, 'the first Retry failing');
    await settle(host);
    expect(failureShown(routine), 'the message, still').to.not.be.undefined;
    buttonByText(routine, 'Try again').click();
    await until(() => shadowOf(routine).querySelector('[part~="title"]') !== null, 'the routine');
    expect(shadowOf(routine).querySelector('[part~="title"]')!.textContent).to.include('mini');
    expect(probeOf(host).exceptions, 'no uncaught error').to.deep.equal([]);
  });
});
