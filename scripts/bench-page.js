// Code the benchmark runs inside its pages. benchHelpers is installed before any page script
// (puppeteer's evaluateOnNewDocument), so it sees the bundle define the element and can time
// the first full render from the page's own clock.

export function benchHelpers() {
  if (!location.protocol.startsWith('http')) return;

  /** Every element under `root` (itself included), through open shadow roots. */
  const deep = (root) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.nodeType === 1) {
      out.push(root);
      walk(root); // its children, too: `main` holds the widgets
      if (root.shadowRoot) walk(root.shadowRoot);
    } else walk(root);
    return out;
  };
  // An element still waiting for hydration (`defer-hydration`) is its server-rendered
  // parent's to update: its own promise waits for that, and for ever if the parent redraws.
  const lit = (root) =>
    deep(root).filter((el) => 'updateComplete' in el && !el.hasAttribute('defer-hydration'));

  /** Resolves once every Lit element under `root` has rendered and nothing new appeared. */
  const settle = async (root) => {
    for (let round = 0; round < 20; round++) {
      const pending = lit(root);
      const done = await Promise.all(pending.map((el) => el.updateComplete));
      const again = lit(root);
      // A hydrated element renders once more, to bring in the reader's state.
      const quiet = done.every(Boolean) && !again.some((el) => el.isUpdatePending);
      if (quiet && again.length === pending.length) return pending.length;
    }
    throw new Error('the widget did not settle in 20 update rounds');
  };

  /** performance.now() just after the next frame is presented (rAF, then a task). */
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });

  /** Layout shifts so far (buffered), without recent input, summed. */
  const layoutShift = () =>
    new Promise((resolve) => {
      const entries = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => {
        entries.push(...observer.takeRecords());
        observer.disconnect();
        const counted = entries.filter((entry) => !entry.hadRecentInput);
        resolve({
          cls: counted.reduce((sum, entry) => sum + entry.value, 0),
          count: counted.length,
        });
      }, 100);
    });

  /** The page's first contentful paint, once the browser reports it. */
  const firstContentfulPaint = new Promise((resolve) =>
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );

  /** When the first <runner-knee-routine> on the page has fully rendered, then painted. */
  const firstRender = (async () => {
    await customElements.whenDefined('runner-knee-routine');
    if (!document.querySelector('runner-knee-routine')) return null;
    await settle(document);
    const rendered = performance.now();
    const painted = await afterNextPaint();
    const mark = performance.getEntriesByName('bundle-evaluate')[0];
    const bundle = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/dist/cdn/runner-knee-routine.js'));
    return {
      rendered,
      painted,
      evaluateStart: mark?.startTime,
      bundleReceived: bundle?.responseEnd,
      firstContentfulPaint: await firstContentfulPaint,
      items: deep(document).filter((el) => el.matches('.item')).length,
    };
  })();

  window.__bench = { deep, settle, afterNextPaint, layoutShift, longTasks, firstRender };
}

/** Mounts `count` widgets at once; ms until all have rendered, and until the next paint. */
export async function mountMany(count) {
  const { settle, afterNextPaint } = window.__bench;
  const main = document.getElementById('main');
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const el = document.createElement('runner-knee-routine');
    el.setAttribute('no-persist', '');
    main.append(el);
  }
  const elements = await settle(main);
  const rendered = performance.now() - start;
  const painted = (await afterNextPaint()) - start;
  main.replaceChildren();
  return { rendered, painted, elements };
}

/** Mounts a widget, waits for its full render, removes it: `count` times. */
export async function mountCycles(count) {
  const { settle } = window.__bench;
  const main = document.getElementById('main');
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const el = document.createElement('runner-knee-routine');
    el.setAttribute('no-persist', '');
    main.append(el);
    await settle(el);
    el.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return (performance.now() - start) / count;
}

/** Arms the measurement of the next click: from its input timestamp to the next paint. */
export function armClick() {
  const { afterNextPaint } = window.__bench;
  let sets = 0;
  document.addEventListener('routine-set-complete', () => sets++);
  window.__benchClick = new Promise((resolve) => {
    window.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        afterNextPaint().then((end) => resolve({ duration: end - start, sets }));
      },
      { capture: true, once: true },
    );
  });
}

/** Resolves with what benchHelpers measured of the first render (see firstRender there). */
export function firstRenderResult() {
  return window.__bench.firstRender;
}

/** Resolves when the bundle has defined the widget. */
export function whenDefined() {
  return customElements.whenDefined('runner-knee-routine');
}

/** The measured click, once armed with armClick() and clicked. */
export function clickResult() {
  return window.__benchClick;
}

/** Cumulative layout shift so far, and how many shifts. */
export function layoutShift() {
  return window.__bench.layoutShift();
}

/** How many long tasks (≥ 50 ms) the page has seen. */
export function longTaskCount() {
  return window.__bench.longTasks.length;
}
