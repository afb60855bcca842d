// Opens every story of the static Storybook build (storybook-static/) in headless Chromium and
// fails when one renders nothing, throws, or logs an error or warning. Stories that show bad
// input on purpose (invalid data, a failed fetch, missing media) may log the message that
// names the problem, and the 404 behind it, and nothing else.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { startServer } from './static-server.js';

const EXPECTS_BAD_INPUT = /invalid|failed-fetch|missing-media/;
const NAMED_PROBLEM = /^<[a-z-]+>: |Failed to load resource/;

const server = await startServer({ root: resolve('storybook-static') });
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS,
});
const failures = [];
try {
  const index = await (await fetch(`${server.origin}/index.json`)).json();
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const page = await browser.newPage();
  // Chrome's own 404 message names no URL; the response does.
  const missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(response.url()));
  for (const story of stories) {
    const messages = [];
    missing.length = 0;
    const onConsole = (m) => ['error', 'warn'].includes(m.type()) && messages.push(m.text());
    const onError = (error) => messages.push(`uncaught: ${error.message}`);
    page.on('console', onConsole).on('pageerror', onError);
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
    const rendered = await page
      .waitForFunction(() => document.querySelector('#storybook-root')?.children.length, {
        timeout: 10_000,
      })
      .then(
        () => true,
        () => false,
      );
    // Let the story settle: fetches, first timer ticks, media errors.
    await new Promise((done) => setTimeout(done, 500));
    page.off('console', onConsole).off('pageerror', onError);
    // The browser asks for /favicon.ico on the first page: not the story's doing.
    const favicon = missing.length > 0 && missing.every((url) => url.endsWith('/favicon.ico'));
    const allowed = EXPECTS_BAD_INPUT.test(story.id) ? NAMED_PROBLEM : null;
    const unexpected = messages.filter(
      (text) => !allowed?.test(text) && !(favicon && text.startsWith('Failed to load resource')),
    );
    if (!rendered) unexpected.push('rendered nothing');
    if (unexpected.length) failures.push(`${story.id}: ${unexpected.join(' | ').slice(0, 300)}`);
  }
  console.log(`${stories.length} stories opened, ${failures.length} with problems`);
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
