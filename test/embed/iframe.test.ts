// The iframe embed (dist/embed/, from the build) in an article that sizes its frames with
// resize.js. A sandboxed frame (`allow-scripts` only: an opaque origin, storage blocked) can
// be watched only through what it posts, so the tests that look inside, or click in, use a
// frame without `sandbox`: the same page, same-origin with the test.
import { expect } from '@open-wc/testing';
import { FakeClock } from '../timer/fake-clock.js';
import {
  PAGES,
  closeHosts,
  openHost,
  probeOf,
  problems,
  settle,
  shadowOf,
  whenRendered,
  type Host,
  type HostWindow,
} from './helpers/host-frame.js';

const EMBED = '/dist/embed/index.html';
const RESIZE = '/dist/embed/resize.js';
const SIZE = 'runner-knee-routine:size';

interface SizeMessage {
  type: string;
  height: number;
  sentinel?: string;
}

interface Embed {
  frame: HTMLIFrameElement;
  /** What the frame posted to the article, in order. */
  messages: SizeMessage[];
}

/** The article, with resize.js as a classic script (or, with `module`, a module script). */
async function openArticle(module = false): Promise<Host> {
  const host = await openHost(`${PAGES}/iframe-host.html`);
  const script = host.doc.createElement('script');
  if (module) script.type = 'module';
  script.src = RESIZE;
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${RESIZE}`)));
    host.doc.head.append(script);
  });
  return host;
}

/** Adds an iframe of the embed page with `query` and resolves once it has loaded. */
async function embed(
  host: Host,
  query = '',
  { sandbox = false, width = 350 } = {},
): Promise<Embed> {
  const frame = host.doc.createElement('iframe');
  if (sandbox) frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('allow', 'screen-wake-lock; fullscreen');
  frame.title = 'Runner’s knee strength routine';
  frame.style.cssText = `display: block; border: 0; width: ${width}px`;
  const messages: SizeMessage[] = [];
  host.win.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow) messages.push(event.data as SizeMessage);
  });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${EMBED}${query}`;
  host.doc.querySelector('#article')!.append(frame);
  await loaded;
  return { frame, messages };
}

/** Waits until the frame has posted something and then nothing more for `quietMs`. */
async function whenQuiet({ messages }: Embed, quietMs = 400, timeout = 6000): Promise<void> {
  const start = performance.now();
  let count = -1;
  let since = performance.now();
  while (performance.now() - start < timeout) {
    if (messages.length !== count) [count, since] = [messages.length, performance.now()];
    else if (count > 0 && performance.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no quiet within ${timeout} ms: ${JSON.stringify(messages)}`);
}

/** The heights of the library's own messages and of AMP's, in order. */
function heights(messages: SizeMessage[]): { own: number[]; amp: number[] } {
  const own = messages.filter((m) => m.type === SIZE && !('sentinel' in m));
  const amp = messages.filter((m) => m.sentinel === 'amp' && m.type === 'embed-size');
  return { own: own.map((m) => m.height), amp: amp.map((m) => m.height) };
}

function lastHeight(embedded: Embed): number {
  const { own } = heights(embedded.messages);
  if (!own.length) throw new Error('the frame posted no size');
  return own[own.length - 1]!;
}

/** The same-origin frame's page, to look inside; resolves once its widget has rendered. */
async function inside(
  { frame }: Embed,
  tag: 'runner-knee-routine' | 'exercise-routine' = 'runner-knee-routine',
): Promise<Host> {
  const win = frame.contentWindow as HostWindow;
  const page: Host = { iframe: frame, win, doc: win.document };
  // In view, as a reader would have it: WebKit runs no animation frames in a frame out of view.
  frame.scrollIntoView();
  await whenRendered(page, tag);
  return page;
}

/** Settles `page` until `done()` holds (the fetch of a `src` routine takes a few tasks). */
async function until(page: Host, done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) await settle(page);
  if (!done()) throw new Error(`never happened: ${what}`);
}

/** The frame's height on the article, against the height of what its page holds. */
function fit(embedded: Embed, page: Host): { frame: number; content: number } {
  return {
    frame: embedded.frame.getBoundingClientRect().height,
    content: page.doc.documentElement.getBoundingClientRect().height,
  };
}

describe('embedding: the iframe page', function () {
  // Each test loads whole embed pages in frames, a few seconds each in WebKit's MiniBrowser.
  this.timeout(30_000);
  afterEach(() => {
    closeHosts();
    localStorage.clear(); // what the same-origin frames saved
  });

  it('sandboxed (allow-scripts only): posts both size messages, and resize.js sizes the frame', async () => {
    const host = await openArticle();
    const embedded = await embed(host, '', { sandbox: true });
    expect(embedded.frame.contentDocument, 'an opaque origin').to.be.null;
    await whenQuiet(embedded);
    const { own, amp } = heights(embedded.messages);
    expect(own.length).to.be.above(0);
    expect(amp, 'an AMP embed-size for every size').to.deep.equal(own);
    const height = lastHeight(embedded);
    expect(height, 'the whole routine, not the default 150 px').to.be.above(1000);
    const frameHeight = embedded.frame.getBoundingClientRect().height;
    expect(Math.abs(frameHeight - height)).to.be.at.most(2);
    expect(problems(host)).to.deep.equal([]);
  });

  it('sandboxed with src: the element script and the routine load across origins (CORS) and draw', async () => {
    const host = await openArticle();
    const embedded = await embed(host, '?src=/test/fixtures/mini-routine.json', {
      sandbox: true,
    });
    await whenQuiet(embedded);
    // Until the script has run there is nothing but the empty element: a height of 0 is
    // never posted. A routine drawn is far taller than the error or loading states.
    expect(heights(embedded.messages).own).to.not.include(0);
    expect(lastHeight(embedded)).to.be.above(800);
    const frameHeight = embedded.frame.getBoundingClientRect().height;
    expect(Math.abs(frameHeight - lastHeight(embedded))).to.be.at.most(2);
  });

  it('sizes the frame to its content, again when the content changes, each frame to its own', async () => {
    const host = await openArticle(true);
    const narrow = await embed(host, '', { width: 320 });
    const wide = await embed(host, '', { width: 680 });
    const [narrowPage, widePage] = [await inside(narrow), await inside(wide)];
    await Promise.all([whenQuiet(narrow), whenQuiet(wide)]);
    for (const [embedded, page] of [
      [narrow, narrowPage],
      [wide, widePage],
    ] as const) {
      const { frame, content } = fit(embedded, page);
      expect(Math.abs(frame - content), `${frame} vs ${content}`).to.be.at.most(2);
    }
    expect(fit(narrow, narrowPage).content).to.not.equal(fit(wide, widePage).content);

    const before = fit(narrow, narrowPage).content;
    narrow.frame.style.width = '680px'; // the article's column widens: the page reflows
    await settle(narrowPage);
    await whenQuiet(narrow);
    const after = fit(narrow, narrowPage);
    expect(after.content).to.not.equal(before);
    expect(Math.abs(after.frame - after.content)).to.be.at.most(2);
    expect(problems(narrowPage)).to.deep.equal([]);
  });

  it('runs the timer inside the frame: Done, then the rest counts down', async () => {
    const host = await openArticle();
    const embedded = await embed(host);
    const page = await inside(embedded);
    const widget = page.doc.querySelector('runner-knee-routine')!;
    type Timer = HTMLElement & { clock: unknown; updateComplete: Promise<boolean> };
    const timer = shadowOf(widget).querySelector<Timer>('set-timer')!;
    const clock = new FakeClock();
    timer.clock = clock;
    await timer.updateComplete;
    const part = (name: string) =>
      shadowOf(timer).querySelector(`[part~="${name}"]`)!.textContent!.trim();
    const primary = () =>
      shadowOf(timer).querySelector<HTMLButtonElement>('[data-action="primary"]')!;
    // The first exercise is done per side: Done on each side, then its rest runs.
    for (let i = 0; i < 4 && !/^Rest/.test(part('phase')); i++) {
      primary().click();
      await settle(page);
    }
    expect(part('phase')).to.match(/^Rest/);
    const restStart = part('display');
    clock.advance(10_000);
    page.doc.dispatchEvent(new Event('visibilitychange'));
    await settle(page);
    const seconds = (text: string) => {
      const [m, s] = text.split(':').map(Number);
      return m! * 60 + s!;
    };
    expect(seconds(restStart) - seconds(part('display'))).to.equal(10);
    expect(problems(page)).to.deep.equal([]);
  });

  it('accent: a CSS colour sets --routine-accent; anything else is ignored with a warning', async () => {
    const host = await openArticle();
    const valid = await inside(await embed(host, '?accent=%23c2185b'));
    const widget = valid.doc.querySelector('runner-knee-routine')!;
    const accent = valid.win.getComputedStyle(widget).getPropertyValue('--routine-accent');
    expect(accent.trim()).to.equal('#c2185b');
    const start = shadowOf(widget).querySelector('[part~="start"]')!;
    expect(valid.win.getComputedStyle(start).backgroundColor).to.equal('rgb(194, 24, 91)');
    expect(problems(valid)).to.deep.equal([]);

    const invalid = await inside(await embed(host, '?accent=red;x:y'));
    const other = invalid.doc.querySelector('runner-knee-routine')!;
    expect(invalid.win.getComputedStyle(other).getPropertyValue('--routine-accent')).to.equal('');
    expect(probeOf(invalid).warnings).to.deep.equal([
      'runner-knee-routine embed: accent must be a CSS colour, got "red;x:y"; ignored.',
    ]);
  });

  it('theme and layout apply; an unknown one is ignored with a warning naming it', async () => {
    const host = await openArticle();
    const page = await inside(await embed(host, '?theme=dark&layout=compact'));
    await settle(page);
    const widget = page.doc.querySelector('runner-knee-routine')!;
    expect(widget.getAttribute('applied-theme')).to.equal('dark');
    expect(widget.getAttribute('layout')).to.equal('compact');
    expect(problems(page)).to.deep.equal([]);

    const bad = await inside(await embed(host, '?theme=purple&layout=wide'));
    await settle(bad);
    const other = bad.doc.querySelector('runner-knee-routine')!;
    expect(other.getAttribute('theme')).to.equal('auto');
    expect(other.getAttribute('applied-theme')).to.equal('light');
    expect(probeOf(bad).warnings).to.deep.equal([
      'runner-knee-routine embed: theme must be one of "auto", "light", "dark", got "purple"; ignored.',
      'runner-knee-routine embed: layout must be one of "auto", "compact", "full", got "wide"; ignored.',
    ]);
  });

  it('src: shows <exercise-routine> with that routine, or its own error state when the fetch fails', async () => {
    const host = await openArticle();
    const page = await inside(
      await embed(host, '?src=/test/fixtures/mini-routine.json'),
      'exercise-routine',
    );
    expect(page.doc.querySelector('runner-knee-routine')).to.be.null;
    const routine = page.doc.querySelector('exercise-routine')!;
    const title = 'Two-move mini routine';
    await until(page, () => shadowOf(routine).textContent!.includes(title), 'the routine shown');
    expect(problems(page)).to.deep.equal([]);

    const failing = await inside(
      await embed(host, '?src=/test/fixtures/missing.json'),
      'exercise-routine',
    );
    const broken = failing.doc.querySelector('exercise-routine')!;
    const errorOf = () => shadowOf(broken).querySelector('[part~="error"]');
    await until(failing, () => errorOf() !== null, 'the error state');
    const error = errorOf()!;
    expect(error.getBoundingClientRect().height).to.be.above(0);
    expect(error.textContent).to.include('404');
  });
});
