// Cumulative layout shift (Layout Instability API, Chromium) while the widget loads into the
// sample article: as it ships (demo/index.html, script in the head), and with the script
// arriving only after the page has painted (test/embed/pages/article-late*.html), when the
// element sits in the page unupgraded for at least one frame and then renders. Before it is
// defined it is an empty inline box; only the page's CSS can reserve its space (see
// pages/reserve-space.css). A control page that reserves nothing must show a shift.
import { expect } from '@open-wc/testing';
import {
  CDN_BUNDLE,
  PAGES,
  PHONE,
  closeHosts,
  frames,
  openHost,
  problems,
  resources,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

const DESKTOP = { width: 1280, height: 800 };

/** Every layout shift the host page recorded so far, and their sum (its CLS, for a short page life). */
async function layoutShifts(host: Host): Promise<{ cls: number; shifts: string[] }> {
  await frames(host, 3);
  const entries: LayoutShift[] = [];
  const observer = new host.win.PerformanceObserver((list) => {
    entries.push(...(list.getEntries() as LayoutShift[]));
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  await new Promise((resolve) => setTimeout(resolve, 100));
  entries.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  const counted = entries.filter((entry) => !entry.hadRecentInput);
  const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
  return {
    cls: counted.reduce((sum, entry) => sum + entry.value, 0),
    shifts: counted.map(
      (entry) =>
        `${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ` +
        entry.sources
          .map((s) => `${s.node?.nodeName ?? '?'} ${rect(s.previousRect)} → ${rect(s.currentRect)}`)
          .join('; '),
    ),
  };
}

/** Waits for the late script, checks the element really was unupgraded when the page painted. */
async function openLate(page: string, size: { width: number; height: number }): Promise<Host> {
  const host = await openHost(`${PAGES}/${page}`, size);
  expect(host.win.customElements.get('runner-knee-routine'), 'defined at load').to.be.undefined;
  await whenRendered(host);
  return host;
}

describe('embedding: no layout shift when the element upgrades', function () {
  this.timeout(15_000); // each test loads a whole article, some of them slowly on purpose
  afterEach(() => closeHosts());

  for (const [name, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`the sample article as it ships (demo/index.html), on a ${name}: CLS 0`, async () => {
      // Whether the page paints before the module runs is a race here; article-late.html
      // below makes it certain.
      const host = await openHost('/demo/index.html', size);
      await whenRendered(host);
      const { cls, shifts } = await layoutShifts(host);
      expect(shifts).to.deep.equal([]);
      expect(cls).to.equal(0);
      expect(resources(host)).to.have.members(['/demo/article.css', CDN_BUNDLE]);
    });

    it(`the sample article with its script arriving after first paint, on a ${name}: CLS 0`, async () => {
      const host = await openLate('article-late.html', size);
      const { cls, shifts } = await layoutShifts(host);
      expect(shifts).to.deep.equal([]);
      expect(cls).to.equal(0);
      expect(problems(host)).to.deep.equal([]);
      expect(resources(host)).to.have.members([
        `${PAGES}/probe.js`,
        '/demo/article.css',
        `${PAGES}/load-late.js`,
        CDN_BUNDLE,
      ]);
    });

    it(`the same with the README’s rule reserving the space, on a ${name}: CLS 0`, async () => {
      const host = await openLate('article-late-reserved.html', size);
      const { cls, shifts } = await layoutShifts(host);
      expect(shifts).to.deep.equal([]);
      expect(cls).to.equal(0);
      expect(problems(host)).to.deep.equal([]);
    });

    it(`(control) an article that reserves nothing, on a ${name}: the shift is measured`, async () => {
      const host = await openLate('article-late-unreserved.html', size);
      const { cls } = await layoutShifts(host);
      expect(cls).to.be.greaterThan(0);
      expect(problems(host)).to.deep.equal([]);
    });
  }
});
