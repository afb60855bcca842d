// The pre-rendered sample article with JavaScript disabled in Chromium, as a reader with
// scripts off (or a crawler that runs none) gets it: the routine reads as a page, every
// exercise's how-to opens natively, and no control that needs the script shows.
/* global document */ // in page.evaluate callbacks, which run in the browser
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveSampleArticle } from './sample-article-server.js';

const routine = (await import('../../dist/data.js')).runnersKneeRoutine;

/** The text of every rendered element in the widget's shadow roots, visibility included. */
function visibleText(page) {
  return page.evaluate(() => {
    const texts = [];
    const visit = (root) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) visit(node.shadowRoot);
        const own = [...node.childNodes].filter((child) => child.nodeType === 3);
        const shown = node.checkVisibility({
          visibilityProperty: true,
          contentVisibilityAuto: true,
        });
        if (shown) texts.push(own.map((child) => child.data).join(''));
      }
    };
    visit(document.querySelector('runner-knee-routine').shadowRoot);
    return texts.join(' ').replace(/\s+/g, ' ');
  });
}

let article;
let page;

before(async () => {
  article = await serveSampleArticle();
  page = await article.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(article.url, { waitUntil: 'load' });
});

after(() => article?.close());

test('the routine reads without JavaScript: title, introduction, safety, equipment, credits', async () => {
  const text = await visibleText(page);
  for (const expected of [routine.title, routine.intro, ...routine.safety, ...routine.equipment]) {
    assert.ok(text.includes(expected), `shows "${expected.slice(0, 50)}…"`);
  }
  assert.ok(text.includes(routine.credits[0].name), 'shows the credits');
  const { en } = await import('../../dist/i18n/en.js');
  assert.ok(text.includes(en.timer.needsScript), 'the timer says why it waits');
});

test('every exercise, in order, with its dose, and its how-to opens natively', async () => {
  const summaries = await page.$$('pierce/.how-to__exercise > summary');
  assert.equal(summaries.length, routine.exercises.length);
  const closed = await visibleText(page);
  let position = -1;
  for (const exercise of routine.exercises) {
    const at = closed.indexOf(exercise.name, position + 1);
    assert.ok(at > position, `${exercise.name} follows the one before`);
    position = at;
  }
  for (const summary of summaries) await summary.click();
  const open = await visibleText(page);
  for (const exercise of routine.exercises) {
    for (const expected of [exercise.purpose, exercise.setup, ...exercise.steps]) {
      assert.ok(open.includes(expected), `${exercise.id}: shows "${expected.slice(0, 40)}…"`);
    }
  }
});

test('no control that needs the script is enabled: Start, the take-along controls, the list, Previous and Up next show, disabled', async () => {
  const buttons = await page.$$eval('pierce/button', (all) =>
    all
      .filter((b) => b.checkVisibility({ visibilityProperty: true }))
      .map((b) => ({ text: b.textContent.trim().replace(/\s+/g, ' '), disabled: b.disabled })),
  );
  assert.deepEqual(
    buttons.filter((button) => !button.disabled),
    [],
    'no enabled button',
  );
  assert.equal(buttons[0].text, 'Start workout About 31 min · 5 exercises');
  // Continue on your phone shows only where the primary pointer is fine: headless has none.
  assert.deepEqual(
    buttons.slice(1, 4).map((button) => button.text),
    ['Print', 'Add reminders to my calendar', 'Share'],
    'the take-along controls, disabled',
  );
  const names = routine.exercises.map((exercise, i) => `${i + 1} ${exercise.name}`);
  assert.deepEqual(
    buttons.slice(4, 9).map((button) => button.text.split(' 0 of')[0]),
    names,
    'the list, disabled',
  );
  assert.deepEqual(
    buttons.slice(9).map((button) => button.text),
    ['Previous exercise', `Up next: ${routine.exercises[1].name}`],
    'then Previous and Up next, disabled, and nothing else',
  );
});
