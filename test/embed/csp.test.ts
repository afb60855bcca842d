// The widget under a strict Content-Security-Policy, sent as a response header by the test
// server (web-test-runner.config.js): no inline scripts or styles, Trusted Types required.
// Inline style="…" attributes, also those Lit's styleMap writes on first render, are blocked.
// The chunks the bundle loads on demand (the workout view, the timer's cues, the validator of
// a publisher's routine) load under it too.
import { expect } from '@open-wc/testing';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { progressKey } from '../../src/progress/progress-storage.js';
import {
  CDN_BUNDLE,
  PAGES,
  bundleChunks,
  buttonByText,
  until,
  closeHosts,
  deepQueryAll,
  openHost,
  problems,
  resources,
  settle,
  shadowOf,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

async function exercise(host: Host, widget: HTMLElement): Promise<void> {
  // Open the workout view and leave it: its code, a chunk loaded on demand, and its styles,
  // adopted then, run under the policy.
  const workout = widget as HTMLElement & { workout: boolean };
  buttonByText(widget, 'Start workout').click();
  await until(() => workout.workout, 'the workout view');
  await settle(host);
  buttonByText(widget, 'Exit workout').click();
  await settle(host);
  // Finish a set (starting the timer and loading its cues' chunk), skip the rest, finish
  // another, pick another exercise: every re-render path (timer ring, list progress bar,
  // card) runs under the policy.
  for (const action of ['primary', 'primary', 'primary']) {
    deepQueryAll<HTMLButtonElement>(shadowOf(widget), `[data-action="${action}"]`)[0]!.click();
    await settle(host);
  }
  deepQueryAll<HTMLButtonElement>(shadowOf(widget), '.item')[2]!.click();
  await settle(host);
}

describe('embedding: a strict Content-Security-Policy', function () {
  // Each test loads a whole host page (up to 1.5 s in Firefox and WebKit here, alone).
  this.timeout(15_000);
  afterEach(() => closeHosts());

  it('is really served with the strict policy (an inline style attribute is refused)', async () => {
    const host = await openHost(`${PAGES}/csp.html`);
    await whenRendered(host);
    const probe = host.doc.createElement('p');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    host.doc.body.append(probe);
    expect(host.win.getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(problems(host).some((p) => p.startsWith('CSP violation: style-src'))).to.be.true;
  });

  it('renders and works with no violation, error or warning', async () => {
    const host = await openHost(`${PAGES}/csp.html`);
    await whenRendered(host);
    const publisher = host.doc.querySelector('#publisher')!;
    await until(() => shadowOf(publisher).querySelector('[part~="title"]') !== null, 'its title');
    const widgets = [...host.doc.querySelectorAll<HTMLElement>('runner-knee-routine')];
    for (const widget of widgets) {
      expect(shadowOf(widget).querySelector('[part~="title"]')).to.not.be.null;
      expect(shadowOf(widget).adoptedStyleSheets.length).to.be.greaterThan(0);
      await exercise(host, widget);
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // violation events are queued
    expect(problems(host)).to.deep.equal([]);
    // Every chunk but hydration's, which only a server-rendered widget loads (this policy
    // blocks the inline styles of such a snippet); it loads as the others do.
    const chunks = (await bundleChunks())
      .filter((chunk) => !chunk.startsWith('hydrate-'))
      .map((chunk) => `/dist/cdn/${chunk}`);
    expect(chunks.length, 'chunks loaded on demand').to.be.at.least(2);
    expect(resources(host)).to.have.members([
      `${PAGES}/probe.js`,
      `${PAGES}/article.css`,
      CDN_BUNDLE,
      '/test/fixtures/mini-routine.json',
      ...chunks,
    ]);
  });

  it('draws saved progress in the list’s bar on first render (no style attribute needed)', async () => {
    // A routine id of its own, so no other test file's saved progress is touched.
    const routine = { ...runnersKneeRoutine, id: 'embed-csp-saved' };
    const key = progressKey(routine);
    localStorage.setItem(
      key,
      JSON.stringify({ done: { 'spanish-squat': 4 }, currentId: 'spanish-squat' }),
    );
    try {
      const host = await openHost(`${PAGES}/csp.html`);
      await whenRendered(host);
      const el = host.doc.createElement('exercise-routine') as HTMLElement & { routine: unknown };
      el.routine = routine;
      host.doc.querySelector('main')!.append(el);
      await settle(host);
      const fill = deepQueryAll(shadowOf(el), '.bar-fill')[0]!;
      await Promise.all(fill.getAnimations().map((animation) => animation.finished));
      // 4 of the routine's 16 sets are done: the fill is a quarter of the track.
      const share =
        fill.getBoundingClientRect().width / fill.parentElement!.getBoundingClientRect().width;
      expect(share).to.be.closeTo(0.25, 0.01);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(problems(host)).to.deep.equal([]);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('keeps working with a named Trusted Types policy list and the bundle loaded twice', async () => {
    // `trusted-types lit-html 'allow-duplicates'`: every copy of Lit creates a policy named
    // lit-html, so a page that may load the bundle twice must allow duplicates.
    const host = await openHost(`${PAGES}/csp-trusted-types.html`);
    await whenRendered(host);
    const widget = host.doc.querySelector<HTMLElement>('#first')!;
    await exercise(host, widget);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(problems(host)).to.deep.equal([]);
  });
});
