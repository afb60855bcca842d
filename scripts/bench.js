// The benchmark behind the README's performance section (`npm run bench`, which builds first).
// Drives the local Chrome or Chromium headless through puppeteer-core against a static server
// on 127.0.0.1, and prints the median (and range) of BENCH_RUNS runs (default 7), each in a
// fresh browser context with nothing cached:
//  - sizes: the CDN entry (scripts/cdn-size.js) and the pre-rendered snippet, raw, gzip, brotli;
//  - one widget, script only: from the bundle starting to evaluate, and from its last byte
//    arriving, to the full routine rendered and painted; the page's first contentful paint;
//  - one widget, pre-rendered: the page's first contentful paint (the snippet's), and from
//    the bundle starting to evaluate to the widget hydrated, with the reader's state, painted;
//  - 50 widgets mounted at once: until all rendered and painted;
//  - a set-complete click (the timer's Done, a real input event) until the next paint;
//  - JS heap, DOM nodes and listeners after 1,000 mount/unmount cycles, against before, and
//    after 1,000 more (the first block includes V8's optimised code, which levels off);
//  - cumulative layout shift on the sample article, pre-rendered (demo/index.html, no rule
//    reserving space) and script-only (demo/script-only.html, with the README's rule), on a
//    phone and a desktop viewport, each also with the script arriving after first paint;
//  - the longest main-thread task while the sample article loads (trace of its renderer), and
//    the task that evaluates the bundle and hydrates the widget, with its style and layout.
// Loops are bounded and a watchdog ends the run after 10 minutes. Only 127.0.0.1 is used: a
// request to anywhere else is reported and fails the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { measure } from './cdn-size.js';
import { startServer } from './static-server.js';
import { fillSnippets } from './snippet-pages.js';
import { renderRoutineHtml } from '../dist/ssr.js';
import {
  armClick,
  benchHelpers,
  clickResult,
  firstRenderResult,
  layoutShift,
  longTaskCount,
  mountCycles,
  mountMany,
  whenDefined,
} from './bench-page.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = '/dist/cdn/runner-knee-routine.js';
const RUNS = Math.max(1, Math.min(50, Number(process.env.BENCH_RUNS ?? 7)));
const CYCLES = 1000;
const INSTANCES = 50;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const WATCHDOG_MS = 10 * 60_000;

const page = (title, body, script = BUNDLE) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main id="main">${body}</main>
  </body>
</html>`;

const PAGES = {
  '/__bench/one.html': page(
    'bench: one widget',
    '<runner-knee-routine no-persist></runner-knee-routine>',
  ),
  '/__bench/one-prerendered.html': page(
    'bench: one pre-rendered widget',
    renderRoutineHtml().replace('<runner-knee-routine', '<runner-knee-routine no-persist'),
  ),
  '/__bench/empty.html': page('bench: the bundle, no widget', ''),
};

/** The sample articles and their late-script variants, for layout shift. */
const ARTICLES = {
  Pre: ['/demo/index.html', 'pre-rendered sample article'],
  PreLate: ['/test/embed/pages/article-late.html', 'pre-rendered, script 1.5 s after first paint'],
  Script: ['/demo/script-only.html', 'script-only sample article (README reserve rule)'],
  ScriptLate: [
    '/test/embed/pages/article-late-reserved.html',
    'script-only with the rule, script after first paint',
  ],
  ScriptBare: [
    '/test/embed/pages/article-late-unreserved.html',
    'script-only, no rule, script after first paint',
  ],
};

/**
 * Marks the moment the bundle starts to evaluate (its first statement), and fills the sample
 * articles' snippet markers, as the demo server does. The bundle keeps its plain URL: its
 * chunks import it by that URL, and another (a query added) would be another module, fetched
 * and run a second time.
 */
function transformFile(path, query, body) {
  if (path === BUNDLE && query === '') return `performance.mark('bundle-evaluate');${body}`;
  return path.endsWith('.html') ? fillSnippets(body, renderRoutineHtml) : body;
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a text, in bytes. */
function measureText(text) {
  const bytes = Buffer.from(text);
  const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, brotli).length,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Main-thread tasks of the renderer that loaded `pagePath`, from a Chrome trace: the longest
 * task, and the task in which the bundle evaluated (module evaluation, the first render in
 * its microtasks, and whatever style and layout the browser ran in the same task).
 */
function mainThreadTasks(trace, pagePath) {
  const { traceEvents } = JSON.parse(Buffer.from(trace).toString());
  const pid = traceEvents.find(
    (e) =>
      ['ParseHTML', 'CommitLoad'].includes(e.name) && JSON.stringify(e.args).includes(pagePath),
  )?.pid;
  const tid = traceEvents.find(
    (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const events = traceEvents
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = [];
  for (const e of events) {
    const last = tasks.at(-1);
    if (e.name === 'RunTask' && (!last || e.ts >= last.ts + last.dur))
      tasks.push({ ...e, inner: [] });
    else if (last && e.ts < last.ts + last.dur) last.inner.push(e);
  }
  if (!tasks.length) throw new Error(`no main-thread tasks found for ${pagePath} in the trace`);
  const ms = (us) => us / 1000;
  const bundleTask = tasks.find((t) => t.inner.some((e) => e.name === 'v8.evaluateModule'));
  const styleAndLayout = (bundleTask?.inner ?? [])
    .filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree')
    .reduce((sum, e) => sum + e.dur, 0);
  return {
    longest: ms(Math.max(...tasks.map((t) => t.dur))),
    bundleTask: ms(bundleTask?.dur ?? NaN),
    bundleTaskStyleLayout: ms(styleAndLayout),
  };
}

async function newPage(context, origin, foreign, viewport = PHONE) {
  const tab = await context.newPage();
  await tab.setViewport(viewport);
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(benchHelpers);
  tab.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) foreign.push(url);
  });
  tab.on('pageerror', (error) => foreign.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) {
      foreign.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  return tab;
}

async function firstRender(tab) {
  const result = await tab.evaluate(firstRenderResult);
  if (!result || result.items !== 5)
    throw new Error(`the routine did not render: ${JSON.stringify(result)}`);
  return result;
}

async function oneRun(browser, origin, foreign) {
  const context = await browser.createBrowserContext();
  const results = {};
  try {
    // One widget: first render, then a set-complete click.
    let tab = await newPage(context, origin, foreign);
    await tab.goto(`${origin}/__bench/one.html`, { waitUntil: 'load' });
    const load = await firstRender(tab);
    results.evaluateToPaint = load.painted - load.evaluateStart;
    results.evaluateToRender = load.rendered - load.evaluateStart;
    results.receivedToPaint = load.painted - load.bundleReceived;
    results.fcpScript = load.firstContentfulPaint;
    // A real click: the timer starts its audio on a user gesture. Done on a rep set records it.
    await tab.evaluate(armClick);
    await tab.click('runner-knee-routine >>> set-timer >>> [data-action="primary"]');
    const click = await tab.evaluate(clickResult);
    if (click.sets !== 1) throw new Error(`the click completed ${click.sets} sets, not 1`);
    results.clickToPaint = click.duration;
    await tab.close();

    // One pre-rendered widget: its first contentful paint, then hydration.
    tab = await newPage(context, origin, foreign);
    await tab.goto(`${origin}/__bench/one-prerendered.html`, { waitUntil: 'load' });
    const hydration = await firstRender(tab);
    results.fcpPrerendered = hydration.firstContentfulPaint;
    results.evaluateToHydrated = hydration.painted - hydration.evaluateStart;
    await tab.close();

    // 50 widgets at once, then 1,000 mount/unmount cycles, on a page with just the bundle.
    tab = await newPage(context, origin, foreign);
    await tab.goto(`${origin}/__bench/empty.html`, { waitUntil: 'load' });
    await tab.evaluate(whenDefined);
    const many = await tab.evaluate(mountMany, INSTANCES);
    results.manyToPaint = many.painted;
    const cdp = await tab.createCDPSession();
    const snapshot = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    // The first cycles also grow the heap with V8's optimised code and type feedback, which
    // levels off: a second block of cycles shows what each mount would leak.
    await tab.evaluate(mountCycles, 50);
    const before = await snapshot();
    results.msPerCycle = await tab.evaluate(mountCycles, CYCLES);
    const after = await snapshot();
    await tab.evaluate(mountCycles, CYCLES);
    const again = await snapshot();
    results.heapBefore = before.heap / 1024;
    results.heapGrowth = (after.heap - before.heap) / 1024;
    results.heapGrowthAgain = (again.heap - after.heap) / 1024;
    results.nodesGrowth = again.nodes - before.nodes;
    results.listenersGrowth = again.listeners - before.listeners;
    await tab.close();

    // The sample articles: layout shift on a phone and a desktop, and the longest task.
    for (const [name, viewport] of [
      ['Phone', PHONE],
      ['Desktop', DESKTOP],
    ]) {
      for (const [article, [path]] of Object.entries(ARTICLES)) {
        const traced = name === 'Desktop' && article === 'Pre';
        tab = await newPage(context, origin, foreign, viewport);
        if (traced) {
          await tab.tracing.start({
            categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
          });
        }
        await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
        await firstRender(tab);
        if (traced) {
          Object.assign(results, mainThreadTasks(await tab.tracing.stop(), path));
          results.longTasks = await tab.evaluate(longTaskCount);
        }
        results[`cls${article}${name}`] = (await tab.evaluate(layoutShift)).cls;
        await tab.close();
      }
    }
  } finally {
    await context.close();
  }
  return results;
}

const CLS_ROWS = Object.entries(ARTICLES).flatMap(([article, [, label]]) =>
  ['Phone', 'Desktop'].map((name) => [
    `cls${article}${name}`,
    `CLS, ${label}, ${name === 'Phone' ? 'phone 390×844' : 'desktop 1280×800'}`,
    '',
    4,
  ]),
);

const ROWS = [
  ['fcpScript', 'first contentful paint, page with one widget, script only', 'ms', 1],
  ['fcpPrerendered', 'first contentful paint, page with one widget, pre-rendered', 'ms', 1],
  ['evaluateToRender', 'one widget: bundle evaluation → routine rendered (DOM)', 'ms', 1],
  ['evaluateToPaint', 'one widget: bundle evaluation → routine painted', 'ms', 1],
  ['receivedToPaint', 'one widget: bundle received → routine painted (incl. compile)', 'ms', 1],
  ['evaluateToHydrated', 'pre-rendered widget: bundle evaluation → hydrated, painted', 'ms', 1],
  ['manyToPaint', `${INSTANCES} widgets mounted at once → all rendered and painted`, 'ms', 1],
  ['clickToPaint', 'set-complete click (timer Done) → next paint', 'ms', 1],
  ['msPerCycle', `mount + full render + unmount, mean of ${CYCLES}`, 'ms', 2],
  ['heapBefore', 'JS heap with the bundle loaded, 50 cycles done (after GC)', 'KiB', 0],
  ['heapGrowth', `JS heap growth, cycles 1–${CYCLES} (after GC)`, 'KiB', 0],
  ['heapGrowthAgain', `JS heap growth, cycles ${CYCLES + 1}–${2 * CYCLES} (after GC)`, 'KiB', 0],
  ['nodesGrowth', `DOM nodes left over after ${2 * CYCLES} cycles`, '', 0],
  ['listenersGrowth', `event listeners left over after ${2 * CYCLES} cycles`, '', 0],
  ...CLS_ROWS,
  ['longest', 'longest main-thread task, pre-rendered sample article load (trace)', 'ms', 1],
  ['bundleTask', 'the task that evaluates the bundle and hydrates the widget', 'ms', 1],
  ['bundleTaskStyleLayout', '… of which style and layout', 'ms', 1],
  ['longTasks', 'long tasks (≥ 50 ms) during that load', '', 0],
];

function printTable(rows) {
  const widths = [0, 0, 0];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i], cell.length)));
  const line = (row) =>
    `| ${row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(
    `|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  );
  for (const row of rows.slice(1)) console.log(line(row));
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; giving up.`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const size = measure(resolve(ROOT, BUNDLE.slice(1)));
  const snippet = measureText(renderRoutineHtml());
  const server = await startServer({ root: ROOT, pages: PAGES, transform: transformFile });
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
  const foreign = [];
  const runs = [];
  try {
    const version = await browser.version();
    console.log(
      `runner-knee-routine benchmark — ${new Date().toISOString().slice(0, 10)}, ${version}, ` +
        `Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    );
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`run ${run} of ${RUNS}\n`);
      runs.push(await oneRun(browser, server.origin, foreign));
    }
    const rows = [
      ['metric', `median of ${RUNS}`, 'min – max'],
      ['bundle size raw / gzip / brotli (B)', `${size.raw} / ${size.gzip} / ${size.brotli}`, '—'],
      [
        'pre-rendered snippet raw / gzip / brotli (B)',
        `${snippet.raw} / ${snippet.gzip} / ${snippet.brotli}`,
        '—',
      ],
    ];
    for (const [key, label, unit, digits] of ROWS) {
      const values = runs.map((r) => r[key]);
      if (values.some((v) => typeof v !== 'number')) throw new Error(`no figure for ${key}`);
      const fmt = (v) => `${v.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
      rows.push([
        label,
        fmt(median(values)),
        `${fmt(Math.min(...values))} – ${fmt(Math.max(...values))}`,
      ]);
    }
    printTable(rows);
    const widgetRequests = server.requests.filter(
      (path) => !/^\/(__bench\/|demo\/|dist\/cdn\/|test\/embed\/pages\/)/.test(path),
    );
    console.log(`requests besides pages, their CSS and the bundle: ${widgetRequests.length}`);
    mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      resolve(ROOT, 'bench-results/latest.json'),
      JSON.stringify(
        { date: new Date().toISOString(), browser: version, size, snippet, runs },
        null,
        2,
      ),
    );
    if (foreign.length || widgetRequests.length) {
      console.error(
        ['Unexpected requests or messages:', ...foreign, ...widgetRequests].join('\n  '),
      );
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
    clearTimeout(watchdog);
  }
}

await main();
