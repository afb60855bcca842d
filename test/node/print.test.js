// The printed handout: the pre-rendered sample article printed to PDF in Chromium
// (`page.pdf`, A4, Chrome's default margins of 0.4 in), its text read back with pdf.js (unpdf).
// Set PRINT_PDF_DIR to keep the PDFs, to look at their pages.
/* global document */ // in page.evaluate callbacks, which run in the browser
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { serveSampleArticle } from './sample-article-server.js';

const routine = (await import('../../dist/data.js')).runnersKneeRoutine;
const { en } = await import('../../dist/i18n/en.js');

let article;
let browser;
let url;

before(async () => {
  article = await serveSampleArticle();
  ({ browser, url } = article);
});

after(() => article?.close());

/**
 * The sample article printed: with its script run (`javascript`), a theme, and optionally only
 * the widget (the article's own text hidden by a print rule of the test's), as text per page.
 */
async function print({ javascript = true, theme, widgetOnly = false, name }) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javascript);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  if (javascript) {
    await page.waitForFunction(() => {
      const widget = document.querySelector('runner-knee-routine');
      return widget?.hasUpdated && !widget.shadowRoot.querySelector('button:disabled');
    });
  }
  await page.evaluate(
    (theme, widgetOnly) => {
      const widget = document.querySelector('runner-knee-routine');
      if (theme) widget.setAttribute('theme', theme);
      if (!widgetOnly) return;
      const style = document.createElement('style');
      style.textContent =
        '@media print { body > :not(main), main > :not(runner-knee-routine) { display: none } }';
      document.head.append(style);
    },
    theme,
    widgetOnly,
  );
  const margin = '0.4in';
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: margin, right: margin, bottom: margin, left: margin },
  });
  if (process.env.PRINT_PDF_DIR) writeFileSync(join(process.env.PRINT_PDF_DIR, `${name}.pdf`), pdf);
  const { totalPages, text } = await extractText(new Uint8Array(pdf));
  await page.close();
  return { pages: totalPages, text: text.join('\n').replace(/\s+/g, ' '), pageUrl: url };
}

/** Whether `text` holds `expected`, whitespace aside (pdf.js splits lines its own way). */
const holds = (text, expected) => text.replace(/\s/g, '').includes(expected.replace(/\s/g, ''));

test('the widget prints as a handout of at most two A4 pages', async () => {
  const { pages } = await print({ widgetOnly: true, name: 'widget' });
  assert.ok(pages <= 2, `${pages} pages`);
});

test('the handout has the safety notice, every exercise with its dose, set-up, steps and cues, a box per set, the credits and the page’s address', async () => {
  const { text, pageUrl } = await print({ name: 'article' });
  for (const line of [routine.title, ...routine.safety, ...routine.equipment]) {
    assert.ok(holds(text, line), `has "${line.slice(0, 50)}…"`);
  }
  for (const exercise of routine.exercises) {
    for (const line of [exercise.name, exercise.setup, ...exercise.steps, ...exercise.cues]) {
      assert.ok(holds(text, line), `${exercise.id}: has "${line.slice(0, 40)}…"`);
    }
  }
  assert.ok(holds(text, routine.credits[0].name), 'the credits');
  assert.ok(holds(text, pageUrl), 'the page’s address');
  const boxes = routine.exercises.reduce(
    (sum, { prescription: p }) => sum + p.sets * (p.perSide ? 2 : 1),
    0,
  );
  assert.equal(text.match(/☐/g)?.length, boxes, 'a box per set, per side');
});

test('the handout has no buttons, timer or progress', async () => {
  const { text } = await print({ widgetOnly: true, name: 'widget' });
  for (const control of [
    en.startWorkout,
    en.print,
    en.addReminders,
    en.share,
    en.timer.pause,
    en.timer.skipRest,
  ]) {
    assert.ok(!holds(text, control), `no "${control}"`);
  }
  assert.ok(!/\d of \d+ sets/.test(text), 'no progress chips');
});

test('a dark widget prints too, and without JavaScript the pre-rendered handout prints the same', async () => {
  const dark = await print({ theme: 'dark', widgetOnly: true, name: 'widget-dark' });
  const off = await print({ javascript: false, widgetOnly: true, name: 'widget-no-js' });
  for (const { pages, text } of [dark, off]) {
    assert.ok(pages <= 2, `${pages} pages`);
    for (const exercise of routine.exercises) {
      assert.ok(holds(text, exercise.steps.at(-1)), `${exercise.id}: its last step`);
    }
  }
});
