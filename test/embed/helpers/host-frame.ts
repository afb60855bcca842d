// Opens a host page from test/embed/pages (or the sample article) in a same-origin iframe and
// reads what happened in it: the probe's record of errors, warnings and CSP violations, the
// resources it loaded, and the widget's rendered shadow trees.

/** What test/embed/pages/probe.js records in a host page. */
export interface Probe {
  errors: string[];
  warnings: string[];
  exceptions: string[];
  failedLoads: string[];
  violations: string[];
}

export type HostWindow = Window & typeof globalThis & { embedProbe?: Probe };

/** A Lit element seen from another frame (instanceof does not cross frames). */
export type LitLike = HTMLElement & { updateComplete: Promise<boolean> };

export interface Host {
  iframe: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
}

export const PAGES = '/test/embed/pages';
export const CDN_BUNDLE = '/dist/cdn/runner-knee-routine.js';
export const TAGS = [
  'exercise-card',
  'routine-list',
  'set-timer',
  'exercise-routine',
  'runner-knee-routine',
] as const;

/** A phone-sized frame unless told otherwise. */
export const PHONE = { width: 390, height: 844 };

let stage: Window | null = null;
const opened: HTMLIFrameElement[] = [];

/**
 * A window of its own for the host frames. The test runner opens two test pages as tabs of
 * one headless window, and the background one is hidden: it renders no frames, so animation
 * frames never come and no layout shift is ever recorded. A popup window is always visible.
 */
function stageWindow(): Window {
  if (!stage || stage.closed) {
    stage = window.open('', `embed-stage-${Date.now()}`, 'popup,width=800,height=600');
    if (!stage) throw new Error('could not open a window for the host pages (popups blocked?)');
    stage.document.title = 'embed test stage';
    stage.document.body.style.margin = '0';
  }
  return stage;
}

/** Loads `path` in a new iframe of `size` and resolves once its load event has fired. */
export async function openHost(path: string, size = PHONE): Promise<Host> {
  const doc = stageWindow().document;
  const iframe = doc.createElement('iframe');
  iframe.width = String(size.width);
  iframe.height = String(size.height);
  iframe.title = path;
  iframe.style.border = '0';
  iframe.style.display = 'block';
  const loaded = new Promise<void>((resolve) =>
    iframe.addEventListener('load', () => resolve(), { once: true }),
  );
  iframe.src = new URL(path, location.href).href;
  doc.body.append(iframe);
  opened.push(iframe);
  await loaded;
  const win = iframe.contentWindow as HostWindow;
  if (win.document.visibilityState !== 'visible') {
    throw new Error(`${path} is ${win.document.visibilityState}: it would render no frames`);
  }
  return { iframe, win, doc: win.document };
}

/** Removes every frame openHost() made, and their window (call it in afterEach). */
export function closeHosts(): void {
  for (const iframe of opened.splice(0)) iframe.remove();
  stage?.close();
  stage = null;
}

/** The host page's probe record (throws when the page has no probe). */
export function probeOf(host: Host): Probe {
  const probe = host.win.embedProbe;
  if (!probe) throw new Error(`${host.iframe.src} has no probe.js`);
  return probe;
}

/** Every problem the probe saw, labelled, so a failing assertion says what went wrong. */
export function problems(host: Host): string[] {
  const probe = probeOf(host);
  return [
    ...probe.exceptions.map((m) => `exception: ${m}`),
    ...probe.errors.map((m) => `console.error: ${m}`),
    ...probe.warnings.map((m) => `console.warn: ${m}`),
    ...probe.failedLoads.map((m) => `failed load: ${m}`),
    ...probe.violations.map((m) => `CSP violation: ${m}`),
  ];
}

/** Resolves after `count` rendered frames of the host window. */
export async function frames(host: Host, count = 2): Promise<void> {
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => host.win.requestAnimationFrame(resolve));
  }
}

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Document | Element | ShadowRoot,
  selector: string,
): T[] {
  const found: T[] = [];
  const visit = (node: Document | Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el as T);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/**
 * Waits until every Lit element under `root` (through shadow roots) has finished updating. An
 * element still waiting for hydration (`defer-hydration`) is its server-rendered parent's to
 * update: its own promise waits for that, and for ever once the parent draws afresh.
 */
export async function settle(host: Host, root: Document | Element = host.doc): Promise<void> {
  const updating = () =>
    deepQueryAll<LitLike>(root, '*').filter(
      (el) => 'updateComplete' in el && !el.hasAttribute('defer-hydration'),
    );
  for (let round = 0; round < 10; round++) {
    const pending = updating();
    const results = await Promise.all(pending.map((el) => el.updateComplete));
    const again = updating();
    if (results.every(Boolean) && again.length === pending.length) break;
  }
  await frames(host);
}

/**
 * Waits for `tag` to be defined in the host (at most `timeout` ms) and for every instance
 * to render. A load that never defines it fails with what the probe saw.
 */
export async function whenRendered(
  host: Host,
  tag = 'runner-knee-routine',
  timeout = 4000,
): Promise<void> {
  let timer = 0;
  const timedOut = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => {
      const seen = host.win.embedProbe ? problems(host).join('\n') : '(no probe)';
      reject(new Error(`<${tag}> was not defined within ${timeout} ms. Probe:\n${seen}`));
    }, timeout);
  });
  try {
    await Promise.race([host.win.customElements.whenDefined(tag), timedOut]);
  } finally {
    window.clearTimeout(timer);
  }
  await settle(host);
}

/** Adds a module script to the host page and resolves when it has loaded and run. */
export function loadModule(host: Host, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = host.doc.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), {
      once: true,
    });
    host.doc.head.append(script);
  });
}

/** What the test server adds to every HTML page it serves (its reload socket): not the page's. */
const TEST_SERVER_INJECTED = '/__web-dev-server__web-socket.js';

/** Path and query of every resource the host page fetched, in order, but the test server's own. */
export function resources(host: Host): string[] {
  return host.win.performance
    .getEntriesByType('resource')
    .map((entry) => {
      const url = new URL(entry.name);
      return url.origin === location.origin ? url.pathname + url.search : url.href;
    })
    .filter((path) => path !== TEST_SERVER_INJECTED);
}

/**
 * Whether `path` is one of the CDN bundle's chunks (code it loads on demand, a file of
 * dist/cdn/ beside the entry), from the test server or one of its CDN mirrors.
 */
export function isBundleChunk(path: string): boolean {
  return (
    /^(\/cdn-mirror\/[^/]+)?\/dist\/cdn\/[^/]+\.js(\?.*)?$/.test(path) && !path.includes(CDN_BUNDLE)
  );
}

/**
 * resources() but the bundle's chunks: fetched when the browser is idle after the first
 * render, or at once on a tap, they are there or not yet depending on timing.
 */
export function resourcesButChunks(host: Host): string[] {
  return resources(host).filter((path) => !isBundleChunk(path));
}

/** The file names of the CDN build's chunks, from its dist/cdn/integrity.json. */
export async function bundleChunks(): Promise<string[]> {
  const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as object;
  return Object.keys(integrity).filter((file) => !CDN_BUNDLE.endsWith(`/${file}`));
}

/**
 * The chunks an element loads before its first render: a routine element's progress code, the
 * built-in routine's text (`<runner-knee-routine>`) or the validator (a publisher's data), and
 * the hydration code (a server-rendered element).
 */
export const BEFORE_RENDER_CHUNKS = /^(routine-flow|runners-knee-routine|validate|hydrate)-/;

/** The chunks fetched when the browser is idle: all but those loaded before a first render. */
export async function prefetchedChunks(): Promise<string[]> {
  return (await bundleChunks()).filter((file) => !BEFORE_RENDER_CHUNKS.test(file));
}

/**
 * Resolves once the host page's copy of the widget has its code loaded on demand in (the
 * elements' static preload()): a tap then needs no network, as after the idle prefetch.
 */
export async function whenCodeLoaded(host: Host): Promise<void> {
  await host.win.customElements.whenDefined('exercise-routine');
  const routine = host.win.customElements.get('exercise-routine') as unknown as {
    preload(): Promise<void>;
  };
  await routine.preload();
}

/** Resolves once `check()` is true, checking every 20 ms; fails after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`not within ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The widget's shadow root (open), or an error naming the element. */
export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root: not upgraded?`);
  return el.shadowRoot;
}

/** The button under `root` (through shadow roots) whose text starts with `text`. */
export function buttonByText(root: Element, text: string): HTMLButtonElement {
  const buttons = deepQueryAll<HTMLButtonElement>(root, 'button');
  const found = buttons.find((b) => b.textContent!.trim().startsWith(text));
  if (!found) {
    const seen = buttons.map((b) => `"${b.textContent!.trim()}"`).join(', ');
    throw new Error(`no button "${text}" in <${root.localName}> (buttons: ${seen})`);
  }
  return found;
}

/**
 * [r, g, b, alpha] (0–255, alpha 0–1) of a computed colour: `rgb()`/`rgba()`, or
 * `color(srgb r g b / a)` with 0–1 channels, which browsers give for `color-mix()` results.
 */
export function parseColor(value: string): [number, number, number, number] {
  const text = value.trim();
  const rgb = /^rgba?\(([^)]+)\)$/.exec(text);
  if (rgb) {
    const [r = 0, g = 0, b = 0, a = 1] = rgb[1]!.split(/[\s,/]+/).map(Number);
    return [r, g, b, a];
  }
  const srgb = /^color\(srgb ([^)]+)\)$/.exec(text);
  if (!srgb) throw new Error(`cannot read colour "${value}"`);
  const [r = 0, g = 0, b = 0, a = 1] = srgb[1]!.split(/[\s/]+/).map(Number);
  return [r * 255, g * 255, b * 255, a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Computed style of `el` from its own window (it may live in another frame). */
export function styleOf(el: Element, pseudo?: string): CSSStyleDeclaration {
  return el.ownerDocument.defaultView!.getComputedStyle(el, pseudo);
}

/** The first opaque background behind `el`, walking up through shadow hosts. */
export function backgroundBehind(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const background = styleOf(node).backgroundColor;
    if (parseColor(background)[3] === 1) return background;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

/** WCAG contrast ratio of `el`'s text colour against the background behind it. */
export function contrastOf(el: Element): number {
  const fg = luminance(parseColor(styleOf(el).color));
  const bg = luminance(parseColor(backgroundBehind(el)));
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

/** Whether `el` takes up space on screen (not display: none, not zero-sized). */
export function isRendered(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Whether `el` takes up space on screen and is not `visibility: hidden` (as a room keeper is). */
export function isVisible(el: Element): boolean {
  return isRendered(el) && getComputedStyle(el).visibility === 'visible';
}

/** What a reader sees of one widget's state: set counts, current exercise, timer readout. */
export function stateOf(widget: Element): string {
  const root = shadowOf(widget);
  const list = root.querySelector('routine-list');
  const counts = list ? [...shadowOf(list).querySelectorAll('.item .count')] : [];
  const card = root.querySelector('exercise-card');
  const timer = root.querySelector('set-timer');
  const part = (el: Element | null, name: string) =>
    (el && el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim()) ?? '';
  return [
    counts.map((c) => c.textContent!.trim()).join(' | '),
    `current: ${part(card, 'name') || card?.getAttribute('status')}`,
    `timer: ${part(timer, 'phase')} ${part(timer, 'display')} ${part(timer, 'status')}`,
  ].join('\n');
}

/** Clicks a set-timer control (`primary`, `toggle`, `add-time`, `restart`, `mute`) in `widget`. */
export function clickTimer(widget: Element, action: string): void {
  const button = deepQueryAll<HTMLButtonElement>(shadowOf(widget), `[data-action="${action}"]`)[0];
  if (!button) throw new Error(`no timer button "${action}" in <${widget.localName}>`);
  button.click();
}

/**
 * Finishes the current set the way a reader does, with the primary button (Done, Start hold,
 * skip the get-ready or the rest, the other side…) until the set count in the list goes up.
 */
export async function completeSet(host: Host, widget: Element): Promise<void> {
  const counts = () => stateOf(widget).split('\n')[0];
  const before = counts();
  for (let i = 0; i < 10 && counts() === before; i++) {
    clickTimer(widget, 'primary');
    await settle(host);
  }
  if (counts() === before) throw new Error(`no set was completed:\n${stateOf(widget)}`);
}
