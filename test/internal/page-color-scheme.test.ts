import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { RoutineElement } from '../../src/components/routine-element.js';
import {
  includesDark,
  pageSupportsDark,
  resolveAutoScheme,
} from '../../src/internal/page-color-scheme.js';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import { surfaceColour } from '../helpers/colour.js';

// #16191d and #ffffff, as computed.
const DARK_SURFACE = 'rgb(22, 25, 29)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

/**
 * Asks the browser to report a reader preference. Where the runner cannot emulate it, the
 * tests check against what the browser really reports instead of skipping.
 */
async function readerPrefers(scheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme });
  } catch {
    // Not supported by this launcher: fall through to what the browser reports.
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Lets the shared watcher hear of the change (mutations at once, media query changes at the
 * next rendering step) and the elements update.
 */
async function settle(...elements: RoutineElement[]): Promise<void> {
  for (let frame = 0; frame < 2; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  for (const el of elements) await el.updateComplete;
}

function surface(el: Element): string {
  return surfaceColour(el);
}

function declareDarkWithMeta(content = 'light dark'): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = content;
  document.head.append(meta);
  return meta;
}

describe('theme="auto" follows the page and the reader', () => {
  let cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    document.documentElement.style.removeProperty('color-scheme');
    await readerPrefers('light');
  });

  function withMeta(content?: string): HTMLMetaElement {
    const meta = declareDarkWithMeta(content);
    cleanups.push(() => meta.remove());
    return meta;
  }

  it('reads a color-scheme value for dark', () => {
    expect(includesDark('light dark')).to.be.true;
    expect(includesDark('DARK')).to.be.true;
    expect(includesDark('only light')).to.be.false;
    expect(includesDark('normal')).to.be.false;
    expect(includesDark('darkish')).to.be.false;
    expect(includesDark(undefined)).to.be.false;
  });

  it('sees the page declare dark through a meta tag or the root element', () => {
    expect(pageSupportsDark()).to.be.false;
    const meta = withMeta('only light');
    expect(pageSupportsDark()).to.be.false;
    meta.content = 'light dark';
    expect(pageSupportsDark()).to.be.true;
    meta.remove();
    document.documentElement.style.setProperty('color-scheme', 'dark light');
    expect(pageSupportsDark()).to.be.true;
  });

  it('stays light in a light-only page when the reader prefers dark', async () => {
    await readerPrefers('dark'); // light either way: the page does not declare dark
    const el = await fixture<RoutineElement>(
      html`<runner-knee-routine no-persist></runner-knee-routine>`,
    );
    expect(resolveAutoScheme()).to.equal('light');
    expect(el.getAttribute('applied-theme')).to.equal('light');
    expect(surface(el)).to.equal(LIGHT_SURFACE);
    expect(getComputedStyle(el).colorScheme).to.not.include('dark');
    const timer = el.shadowRoot!.querySelector('set-timer')!;
    await timer.updateComplete;
    expect(surface(timer)).to.equal(LIGHT_SURFACE);
  });

  it('goes dark where the page declares dark (meta) and the reader prefers it, down to the nested elements', async function () {
    this.timeout(30_000); // an axe run over the whole widget
    withMeta();
    const prefersDark = await readerPrefers('dark');
    const el = await fixture<RoutineElement>(
      html`<runner-knee-routine no-persist></runner-knee-routine>`,
    );
    await settle(el);
    const expected = prefersDark ? DARK_SURFACE : LIGHT_SURFACE;
    expect(el.getAttribute('applied-theme')).to.equal(prefersDark ? 'dark' : 'light');
    expect(surface(el)).to.equal(expected);
    const nested = ['exercise-card', 'routine-list', 'set-timer'].map((tag) =>
      el.shadowRoot!.querySelector<RoutineElement>(tag)!,
    );
    await settle(...nested);
    for (const inner of nested) expect(surface(inner), inner.localName).to.equal(expected);
    if (prefersDark) await expect(el).to.be.accessible();
  });

  it('goes dark where the root element declares dark in CSS and the reader prefers it', async () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    const prefersDark = await readerPrefers('dark');
    const el = await fixture<RoutineElement>(
      html`<exercise-card .exercise=${routine.exercises[0]}></exercise-card>`,
    );
    await settle(el);
    expect(surface(el)).to.equal(prefersDark ? DARK_SURFACE : LIGHT_SURFACE);
  });

  it('is light in a page that declares dark when the reader prefers light', async () => {
    withMeta();
    const prefersDark = await readerPrefers('light');
    const el = await fixture<RoutineElement>(
      html`<set-timer no-persist .exercise=${routine.exercises[0]}></set-timer>`,
    );
    await settle(el);
    expect(el.getAttribute('applied-theme')).to.equal(prefersDark ? 'dark' : 'light');
    if (!prefersDark) expect(surface(el)).to.equal(LIGHT_SURFACE);
  });

  it('follows changes to the page and to the reader while shown', async () => {
    const prefersDark = await readerPrefers('dark');
    const el = await fixture<RoutineElement>(
      html`<routine-list .routine=${routine}></routine-list>`,
    );
    expect(el.getAttribute('applied-theme')).to.equal('light');
    // A site's dark-mode switch adds the declaration after the widget is shown.
    const meta = withMeta();
    await settle(el);
    expect(el.getAttribute('applied-theme')).to.equal(prefersDark ? 'dark' : 'light');
    if (prefersDark) {
      await readerPrefers('light');
      await settle(el);
      expect(el.getAttribute('applied-theme')).to.equal('light');
      await readerPrefers('dark');
      await settle(el);
      expect(el.getAttribute('applied-theme')).to.equal('dark');
    }
    meta.remove();
    await settle(el);
    expect(el.getAttribute('applied-theme')).to.equal('light');
    expect(surface(el)).to.equal(LIGHT_SURFACE);
  });

  it('lets theme="dark" and theme="light" force a scheme whatever the page says', async () => {
    await readerPrefers('dark');
    withMeta();
    const dark = await fixture<RoutineElement>(
      html`<routine-list theme="dark" .routine=${routine}></routine-list>`,
    );
    const light = await fixture<RoutineElement>(
      html`<routine-list theme="light" .routine=${routine}></routine-list>`,
    );
    document.head.querySelector('meta[name="color-scheme"]')!.remove();
    await settle(dark, light);
    expect(surface(dark)).to.equal(DARK_SURFACE);
    expect(dark.getAttribute('applied-theme')).to.equal('dark');
    await readerPrefers('light');
    withMeta();
    await settle(dark, light);
    expect(surface(dark)).to.equal(DARK_SURFACE);
    expect(surface(light)).to.equal(LIGHT_SURFACE);
    expect(light.getAttribute('applied-theme')).to.equal('light');
  });

  it('lets a disconnected element go, and picks up the page again when it comes back', async () => {
    const prefersDark = await readerPrefers('dark');
    const el = await fixture<RoutineElement>(
      html`<routine-list .routine=${routine}></routine-list>`,
    );
    const parent = el.parentElement!;
    el.remove();
    withMeta();
    await settle();
    parent.append(el);
    await settle(el);
    expect(el.getAttribute('applied-theme')).to.equal(prefersDark ? 'dark' : 'light');
  });
});
