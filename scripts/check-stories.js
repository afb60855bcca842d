// Opens every story of the static Storybook build (storybook-static/) in each engine (Chromium,
// Firefox and WebKit, or those BROWSERS names; side by side) and fails when one renders
// nothing, throws, or logs an error or warning. Stories that show bad input on purpose
// (invalid data, a failed fetch, missing media) may log the message that names the problem,
// and the 404 behind it, and nothing else.
//
// The story page is loaded once and each story after the first is shown through Storybook's
// own channel (as its manager does), which takes a tenth of a page load; when the preview
// reloads itself instead (it sometimes does), the story is loaded anew. The stories that show
// bad input come last, each in a freshly loaded page, so what they log late cannot be taken
// for another story's.
//
// Chromium and Firefox run through puppeteer-core, which reports the console, uncaught errors
// and responses. WebKit runs through WebDriver, which reports none of these: there the static
// server adds a probe to the story page that records them in the page.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { resolve } from 'node:path';
import { findFirefox, missingMessage, missingParts, selectedEngines } from './browsers.js';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { startServer } from './static-server.js';
import { startWebKit } from './webkit-launcher.js';

const EXPECTS_BAD_INPUT = /invalid|failed-fetch|missing-media/;
const NAMED_PROBLEM = /^<[a-z-]+>: |Failed to load resource/;
const NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** For WebKit: records console errors and warnings, uncaught errors and failed loads. */
const PROBE = `<script>
(() => {
  const seen = (window.__storyProbe = []);
  const text = (arg) => (arg instanceof Error ? arg.name + ': ' + arg.message : String(arg));
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      seen.push(args.map(text).join(' '));
      original(...args);
    };
  }
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && 'tagName' in target) {
      seen.push('Failed to load resource: ' + (target.currentSrc || target.src || target.href));
    } else seen.push('uncaught: ' + event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => seen.push('uncaught: ' + text(event.reason)));
})();
</script>`;

/** In the page: whether the story root has rendered anything. */
const hasRendered = () => (document.querySelector('#storybook-root')?.children.length ?? 0) > 0;

/**
 * In the page: shows story `id` through Storybook's channel and resolves with how that went:
 * 'storyRendered', or the event that says it did not.
 */
function showStory(id) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const outcomes = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
  return new Promise((done) => {
    const listeners = outcomes.map((name) => {
      const listener = () => {
        outcomes.forEach((other, i) => channel.off(other, listeners[i]));
        done(name);
      };
      channel.on(name, listener);
      return listener;
    });
    channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    setTimeout(() => done('no answer within 10 s'), 10_000);
  });
}

/** Let the story settle: fetches, first timer ticks, media errors. */
const settle = () => new Promise((done) => setTimeout(done, 500));

/** Chromium or Firefox through puppeteer-core. */
async function puppeteerDriver(engine) {
  const browser = await puppeteer.launch(
    engine === 'chromium'
      ? { executablePath: findChrome(), args: CHROME_ARGS }
      : { browser: 'firefox', executablePath: findFirefox(), headless: true },
  );
  const page = await browser.newPage();
  let messages = [];
  // Chrome's own 404 message names no URL; the response does.
  let missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(response.url()));
  page.on(
    'console',
    (m) => ['error', 'warn', 'warning'].includes(m.type()) && messages.push(m.text()),
  );
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return {
    async open(url) {
      await page.goto(url);
      return page.waitForFunction(hasRendered, { timeout: 10_000 }).then(
        () => 'storyRendered',
        () => 'nothing rendered within 10 s',
      );
    },
    show: (id) => page.evaluate(showStory, id),
    rendered: () =>
      page.waitForFunction(hasRendered, { timeout: 10_000 }).then(
        () => true,
        () => false,
      ),
    takeMessages() {
      // The browser asks for /favicon.ico on the first page: not the story's doing.
      const favicon = missing.length > 0 && missing.every((url) => url.endsWith('/favicon.ico'));
      const taken = messages.filter((text) => !(favicon && text.startsWith('Failed to load')));
      messages = [];
      missing = [];
      return taken;
    },
    close: () => browser.close(),
  };
}

/** WebKit through WebDriver, with the probe in the page. */
async function webdriverDriver() {
  const webkit = await startWebKit();
  let browser;
  try {
    browser = await remote(webkit.options);
  } catch (error) {
    webkit.stop();
    throw error;
  }
  return {
    async open(url) {
      await browser.navigateTo(`${url}&probe`);
      return browser
        .waitUntil(() => browser.execute(hasRendered), { timeout: 10_000, interval: 100 })
        .then(
          () => 'storyRendered',
          () => 'nothing rendered within 10 s',
        );
    },
    show: (id) => browser.execute(showStory, id),
    rendered: () => browser.execute(hasRendered),
    takeMessages: () => browser.execute(() => window.__storyProbe?.splice(0) ?? ['no probe']),
    async close() {
      await browser.deleteSession().catch(() => undefined);
      webkit.stop();
    },
  };
}

/** Every story in one engine; returns the problems found. */
async function checkEngine(engine, origin, stories) {
  const driver = engine === 'webkit' ? await webdriverDriver() : await puppeteerDriver(engine);
  const failures = [];
  try {
    let loaded = false;
    for (const story of stories) {
      const badInput = EXPECTS_BAD_INPUT.test(story.id);
      const url = `${origin}/iframe.html?id=${story.id}&viewMode=story`;
      // Storybook's preview sometimes reloads the page on a story change: then load it anew.
      const outcome =
        loaded && !badInput
          ? await driver.show(story.id).catch(() => driver.open(url))
          : await driver.open(url);
      loaded = true;
      await settle();
      const allowed = badInput ? NAMED_PROBLEM : null;
      const problems = (await driver.takeMessages()).filter((text) => !allowed?.test(text));
      if (outcome !== 'storyRendered') problems.push(outcome);
      else if (!(await driver.rendered())) problems.push('rendered nothing');
      if (problems.length) failures.push(`${story.id}: ${problems.join(' | ').slice(0, 300)}`);
    }
  } finally {
    await driver.close();
  }
  return failures;
}

const engines = selectedEngines();
const missing = missingParts(engines);
if (missing.length) {
  console.error(missingMessage(missing));
  process.exit(1);
}

const server = await startServer({
  root: resolve('storybook-static'),
  transform: (path, query, body) =>
    path === '/iframe.html' && new URLSearchParams(query).has('probe')
      ? body.replace('<head>', `<head>${PROBE}`)
      : body,
});
const failures = [];
let count = 0;
try {
  const index = await (await fetch(`${server.origin}/index.json`)).json();
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  // The stories that show bad input last (see the top).
  stories.sort((a, b) => EXPECTS_BAD_INPUT.test(a.id) - EXPECTS_BAD_INPUT.test(b.id));
  count = stories.length;
  const found = await Promise.all(
    engines.map((engine) => checkEngine(engine, server.origin, stories)),
  );
  engines.forEach((engine, i) =>
    failures.push(...found[i].map((failure) => `${NAMES[engine]}: ${failure}`)),
  );
} finally {
  await server.close();
}
console.log(
  `${count} stories opened in ${engines.map((engine) => NAMES[engine]).join(', ')}, ` +
    `${failures.length} with problems`,
);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
