// Layout shift while the widget loads into the sample article. The sample article holds the
// pre-rendered snippet (demo/index.html, no rule reserving space): with its script on time,
// and arriving 1.5 s after first paint (test/embed/pages/article-late.html), when the
// pre-rendered widget sits in the page for many frames before it is taken over. The
// script-only article (demo/script-only.html, with the README's reserve rule) as it ships,
// late with that rule (article-late-reserved.html), and a control page that reserves nothing
// and must show a shift.
//
// Two measures. In every engine, for the late pages: which elements in the viewport start at
// another place after the widget rendered than in the frame before its script ran (the
// Layout Instability definition of an unstable element). In Chromium, the only engine with
// the Layout Instability API (PerformanceObserver 'layout-shift'), also the browser's own
// cumulative layout shift, which sees every frame, so it covers the articles as they ship
// too, where the frame before the upgrade cannot be caught from outside.
import { expect } from '@open-wc/testing';
import {
  CDN_BUNDLE,
  PAGES,
  PHONE,
  closeHosts,
  frames,
  openHost,
  problems,
  resourcesButChunks,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

const DESKTOP = { width: 1280, height: 800 };

/** Chromium has the Layout Instability API; Firefox and WebKit do not (checked below). */
const IS_CHROMIUM = navigator.userAgent.includes('Chrome/');
const LAYOUT_INSTABILITY_API = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

/** Where each element of the host page starts (its top-left corner), and if it is in view. */
type Layout = Map<Element, { x: number; y: number; inView: boolean }>;

function layoutOf(host: Host): Layout {
  const layout: Layout = new Map();
  const { innerWidth, innerHeight } = host.win;
  for (const el of host.doc.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    layout.set(el, { x: r.left, y: r.top, inView });
  }
  return layout;
}

/** Elements in view before or after that start somewhere else after: what a reader saw move. */
function movedInView(before: Layout, after: Layout): string[] {
  const moved: string[] = [];
  for (const [el, was] of before) {
    const now = after.get(el);
    if (!now || !(was.inView || now.inView)) continue;
    if (Math.abs(now.x - was.x) >= 1 || Math.abs(now.y - was.y) >= 1) {
      moved.push(`<${el.localName}> ${was.x},${was.y} → ${now.x},${now.y}`);
    }
  }
  return moved;
}

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

/**
 * Opens a late page, checks the element really was unupgraded when the page painted, and
 * returns what moved in view between that frame and the rendered widget.
 */
async function openLate(
  page: string,
  size: { width: number; height: number },
): Promise<{ host: Host; moved: string[] }> {
  const host = await openHost(`${PAGES}/${page}`, size);
  expect(host.win.customElements.get('runner-knee-routine'), 'defined at load').to.be.undefined;
  // The layout of the frames painted before the script is even added (pages/load-late.js).
  const before = layoutOf(host);
  await whenRendered(host);
  await frames(host, 3);
  return { host, moved: movedInView(before, layoutOf(host)) };
}

describe('embedding: no layout shift when the element upgrades', function () {
  this.timeout(15_000); // each test loads a whole article, some of them slowly on purpose
  afterEach(() => closeHosts());

  it('the Layout Instability API is there in Chromium, and only there', () => {
    expect(LAYOUT_INSTABILITY_API).to.equal(IS_CHROMIUM);
  });

  for (const [name, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    // In Firefox and WebKit this one only checks the page loads the widget and nothing else:
    // the frame before the upgrade (if the page paints before the module runs at all) cannot
    // be caught from outside, and there is no Layout Instability API to report it afterwards.
    for (const [page, styles] of [
      ['index.html', ['/demo/article.css']],
      ['script-only.html', ['/demo/article.css', '/demo/reserve-space.css']],
    ] as const) {
      it(`the sample article as it ships (demo/${page}), on a ${name}: CLS 0 (measured in Chromium)`, async () => {
        // Whether the page paints before the module runs is a race here; the late pages
        // below make it certain.
        const host = await openHost(`/demo/${page}`, size);
        await whenRendered(host);
        if (LAYOUT_INSTABILITY_API) {
          const { cls, shifts } = await layoutShifts(host);
          expect(shifts).to.deep.equal([]);
          expect(cls).to.equal(0);
        }
        expect(resourcesButChunks(host)).to.have.members([...styles, CDN_BUNDLE]);
      });
    }

    it(`the pre-rendered sample article with its script 1.5 s after first paint, on a ${name}: nothing in view moves, CLS 0`, async () => {
      const { host, moved } = await openLate('article-late.html', size);
      expect(moved).to.deep.equal([]);
      if (LAYOUT_INSTABILITY_API) {
        const { cls, shifts } = await layoutShifts(host);
        expect(shifts).to.deep.equal([]);
        expect(cls).to.equal(0);
      }
      expect(problems(host)).to.deep.equal([]);
      expect(resourcesButChunks(host)).to.have.members([
        `${PAGES}/probe.js`,
        '/demo/article.css',
        `${PAGES}/load-late.js`,
        CDN_BUNDLE,
      ]);
    });

    it(`the script-only article, script late, with the README’s rule reserving the space, on a ${name}: nothing in view moves, CLS 0`, async () => {
      const { host, moved } = await openLate('article-late-reserved.html', size);
      expect(moved).to.deep.equal([]);
      if (LAYOUT_INSTABILITY_API) {
        const { cls, shifts } = await layoutShifts(host);
        expect(shifts).to.deep.equal([]);
        expect(cls).to.equal(0);
      }
      expect(problems(host)).to.deep.equal([]);
    });

    it(`(control) an article that reserves nothing, on a ${name}: the shift is measured`, async () => {
      const { host, moved } = await openLate('article-late-unreserved.html', size);
      expect(moved).to.not.be.empty;
      if (LAYOUT_INSTABILITY_API) {
        const { cls } = await layoutShifts(host);
        expect(cls).to.be.greaterThan(0);
      }
      expect(problems(host)).to.deep.equal([]);
    });
  }
});
