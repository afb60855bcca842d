// The widget on a publisher page at its most hostile (test/embed/pages/hostile.css): every
// element but the widget's tag reset with `all: unset`, `box-sizing: content-box` and a huge
// line-height on everything, `html { font-size: 62.5% }`, `div { display: flex }`, restyled
// buttons and headings, uppercase letter-spaced justified text, and a dark theme. The widget
// must still look like itself, and must not change the page.
import { expect } from '@open-wc/testing';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import {
  CDN_BUNDLE,
  PAGES,
  closeHosts,
  contrastOf,
  deepQueryAll,
  isRendered,
  loadModule,
  openHost,
  problems,
  resourcesButChunks,
  settle,
  shadowOf,
  styleOf,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

/** Page elements whose computed style must not change when the widget loads. */
const PAGE_ELEMENTS = [
  'html',
  'body',
  '.page',
  '#page-heading',
  '#page-lede',
  '#page-text',
  '#page-link',
  '#page-button',
  '#page-embed',
  '#page-after',
];

/** Resolved values that follow layout: they change when the widget takes up room, whatever its CSS. */
const LAYOUT_DEPENDENT = new Set([
  'width',
  'height',
  'inline-size',
  'block-size',
  'perspective-origin',
  'transform-origin',
]);

type Snapshot = Record<string, Record<string, string>>;

function snapshot(host: Host): Snapshot {
  const result: Snapshot = {};
  for (const selector of PAGE_ELEMENTS) {
    const el = host.doc.querySelector(selector);
    if (!el) throw new Error(`hostile.html has no ${selector}`);
    for (const pseudo of [undefined, '::before', '::after']) {
      const style = styleOf(el, pseudo);
      const values: Record<string, string> = {};
      for (const name of Array.from(style)) {
        if (!LAYOUT_DEPENDENT.has(name)) values[name] = style.getPropertyValue(name);
      }
      result[`${selector}${pseudo ?? ''}`] = values;
    }
  }
  return result;
}

/** Elements of the widget that show text of their own, and take up room. */
function textElements(root: Element): HTMLElement[] {
  return deepQueryAll<HTMLElement>(shadowOf(root), '*').filter(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
      el.getBoundingClientRect().width > 1 &&
      el.getBoundingClientRect().height > 1,
  );
}

function px(value: string): number {
  return Number.parseFloat(value);
}

function describeEl(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `<${host?.localName}> ${el.localName}.${[...el.classList].join('.')} "${el.textContent!.trim().slice(0, 30)}"`;
}

describe('embedding: a hostile page (aggressive resets, dark theme)', () => {
  let host: Host;
  let widget: HTMLElement;
  let stylesBefore: Snapshot;
  let stylesheetsBefore: number;

  before(async () => {
    host = await openHost(`${PAGES}/hostile.html`);
    stylesBefore = snapshot(host);
    stylesheetsBefore = host.doc.styleSheets.length;
    await loadModule(host, CDN_BUNDLE);
    await whenRendered(host);
    widget = host.doc.querySelector<HTMLElement>('runner-knee-routine')!;
  });

  after(() => closeHosts());

  it('leaves the page’s own styles exactly as they were (nothing leaks out)', () => {
    const after = snapshot(host);
    const changed: string[] = [];
    for (const [selector, values] of Object.entries(stylesBefore)) {
      for (const [name, value] of Object.entries(values)) {
        if (after[selector]![name] !== value) {
          changed.push(`${selector} ${name}: ${value} → ${after[selector]![name]}`);
        }
      }
    }
    expect(changed).to.deep.equal([]);
    expect(host.doc.styleSheets.length).to.equal(stylesheetsBefore);
    expect(host.doc.adoptedStyleSheets).to.have.length(0);
  });

  it('renders the whole routine, with its headings', () => {
    const root = shadowOf(widget);
    const title = root.querySelector('[part~="title"]')!;
    expect(title.textContent!.trim()).to.equal(runnersKneeRoutine.title);
    const headings = deepQueryAll(root, '[role="heading"], h1, h2, h3, h4, h5, h6').filter(
      isRendered,
    );
    expect(headings.length).to.be.at.least(4);
    const list = root.querySelector('routine-list')!;
    const items = deepQueryAll(list, '.item').filter(isRendered);
    expect(items).to.have.length(runnersKneeRoutine.exercises.length);
    expect(isRendered(root.querySelector('exercise-card')!)).to.be.true;
    expect(isRendered(root.querySelector('set-timer')!)).to.be.true;
  });

  it('keeps every button a touch target of at least 44 × 44 px', () => {
    const buttons = deepQueryAll<HTMLButtonElement>(shadowOf(widget), 'button').filter(isRendered);
    expect(buttons.length).to.be.at.least(8);
    const small = buttons
      .map((b) => ({ b, rect: b.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < 44 || rect.width < 44)
      .map(
        ({ b, rect }) => `${describeEl(b)}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}`,
      );
    expect(small).to.deep.equal([]);
  });

  it('keeps its base text at 16 px or more despite html { font-size: 62.5% }', () => {
    expect(px(styleOf(widget).fontSize)).to.be.at.least(16);
    const intro = [...shadowOf(widget).querySelectorAll('[part~="header"] > p')].find((p) =>
      p.textContent!.includes(runnersKneeRoutine.intro.slice(0, 20)),
    )!;
    expect(px(styleOf(intro).fontSize)).to.be.at.least(16);
    const tooSmall = textElements(widget)
      .filter((el) => px(styleOf(el).fontSize) < 12)
      .map((el) => `${describeEl(el)}: ${styleOf(el).fontSize}`);
    expect(tooSmall).to.deep.equal([]);
  });

  it('sets its own text: normal line-height, no inherited letter-spacing or upper case', () => {
    const odd = textElements(widget).flatMap((el) => {
      const style = styleOf(el);
      const size = px(style.fontSize);
      const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : px(style.lineHeight);
      const letterSpacing = style.letterSpacing === 'normal' ? 0 : px(style.letterSpacing);
      const issues = [];
      if (lineHeight > size * 2) issues.push(`line-height ${style.lineHeight}`);
      if (Math.abs(letterSpacing) > size * 0.05)
        issues.push(`letter-spacing ${style.letterSpacing}`);
      if (style.textTransform !== 'none') issues.push(`text-transform ${style.textTransform}`);
      if (px(style.wordSpacing) !== 0) issues.push(`word-spacing ${style.wordSpacing}`);
      if (style.textAlign === 'justify') issues.push('text-align justify');
      return issues.length ? [`${describeEl(el)}: ${issues.join(', ')}`] : [];
    });
    expect(odd).to.deep.equal([]);
  });

  it('keeps its own box model: border-box inside, whatever the page sets', () => {
    const contentBox = deepQueryAll(shadowOf(widget), '*')
      .filter((el) => styleOf(el).boxSizing !== 'border-box')
      .map(describeEl);
    expect(contentBox).to.deep.equal([]);
  });

  it('fits the article column: no horizontal overflow in the flex container', () => {
    const embed = host.doc.querySelector('#page-embed')!.getBoundingClientRect();
    const rect = widget.getBoundingClientRect();
    expect(rect.width).to.be.at.least(280);
    expect(rect.right).to.be.at.most(embed.right + 0.5);
    expect(host.doc.documentElement.scrollWidth).to.be.at.most(host.win.innerWidth);
    const overflowing = deepQueryAll(shadowOf(widget), '*')
      .filter(isRendered)
      .filter((el) => el.getBoundingClientRect().right > rect.right + 0.5)
      .map(describeEl);
    expect(overflowing).to.deep.equal([]);
  });

  for (const theme of ['auto', 'dark']) {
    it(`shows readable text on the dark page with theme="${theme}" (contrast ≥ 4.5:1)`, async () => {
      widget.setAttribute('theme', theme);
      await settle(host);
      const texts = textElements(widget);
      expect(texts.length).to.be.at.least(20);
      const faint = texts
        .filter((el) => styleOf(el).visibility !== 'visible' || contrastOf(el) < 4.5)
        .map((el) => `${describeEl(el)}: ${contrastOf(el).toFixed(2)}:1`);
      expect(faint).to.deep.equal([]);
      widget.setAttribute('theme', 'auto');
      await settle(host);
    });
  }

  it('logs nothing and fetches nothing but the page, its CSS and the bundle', () => {
    expect(problems(host)).to.deep.equal([]);
    expect(resourcesButChunks(host)).to.have.members([
      `${PAGES}/probe.js`,
      `${PAGES}/hostile.css`,
      CDN_BUNDLE,
    ]);
  });
});
