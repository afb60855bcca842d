import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/exercise-routine.js';
import type { ExerciseRoutine } from '../../src/components/exercise-routine/exercise-routine.js';
import { kneeCheckChunk } from '../../src/components/chunks.js';
import { HISTORY_KEY } from '../../src/knee-check/history-storage.js';
import type { SessionRecord } from '../../src/knee-check/session-history.js';
import { forgetPagePreferences } from '../../src/timer/preferences.js';
import { breakStorage } from '../helpers/storage.js';
import { buttonByText, part } from '../helpers/routine-element-suite.js';

/** Three rep exercises of two sets with no rest: a tap on Done does a set. */
const exercise = (id: string, name: string) => ({
  id,
  name,
  purpose: 'Strengthens the thigh.',
  muscles: ['Quadriceps'],
  equipment: [],
  setup: 'Stand tall.',
  steps: ['Bend.', 'Straighten.'],
  cues: ['Slow', 'Steady'],
  mistakes: [],
  easier: { name: `Easy ${name}`, description: 'A smaller range.' },
  harder: { name: `Hard ${name}`, description: 'A bigger range.' },
  prescription: { sets: 2, reps: 8, perSide: false, restSeconds: 0, suggested: true },
});
const routine = {
  id: 'knee-test',
  version: 1,
  title: 'Knee test routine',
  intro: 'Three short moves.',
  equipment: [],
  safety: ['Stop if it hurts.'],
  credits: [],
  exercises: [
    exercise('one', 'Move one'),
    exercise('two', 'Move two'),
    exercise('three', 'Move three'),
  ],
};

async function mount(attrs = '', data: object = routine): Promise<ExerciseRoutine> {
  await kneeCheckChunk.load();
  const el = await fixture<ExerciseRoutine>(
    html`<exercise-routine .routine=${data}></exercise-routine>`,
  );
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(attr, '');
  await el.updateComplete;
  return el;
}

const root = (el: ExerciseRoutine) => el.shadowRoot!;
const knee = (el: ExerciseRoutine) => part(el, 'knee-check');
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Taps Done on the current exercise's next set. */
async function doneSet(el: ExerciseRoutine): Promise<void> {
  root(el).querySelector('set-timer')!.primaryAction();
  await el.updateComplete;
  await el.updateComplete;
}

/** The first set: the session starts, and the check-in shows. */
const startSession = doneSet;

/** Taps Done until the current exercise is done. */
async function doneExercise(el: ExerciseRoutine): Promise<void> {
  let done = false;
  const onDone = () => (done = true);
  el.addEventListener('routine-exercise-complete', onDone);
  for (let i = 0; i < 4 && !done; i++) await doneSet(el);
  el.removeEventListener('routine-exercise-complete', onDone);
  await el.updateComplete;
}

function rating(el: ExerciseRoutine, value: number): HTMLButtonElement {
  return root(el).querySelectorAll<HTMLButtonElement>('[role="radio"]')[value]!;
}

async function tap(el: ExerciseRoutine, button: HTMLElement): Promise<void> {
  button.click();
  await el.updateComplete;
}

function stored(): SessionRecord[] {
  return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as SessionRecord[];
}

/** One earlier session in the history, so the check-in asks about this morning. */
function previousSession(): void {
  const date = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const record = {
    id: 'knee-test:1',
    routineId: 'knee-test',
    date,
    sets: { one: 1 },
    variants: {},
    pain: { one: 2 },
  };
  localStorage.setItem(HISTORY_KEY, JSON.stringify([record]));
}

describe('knee check', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    forgetPagePreferences();
  });

  it('shows nothing before the reader starts, then the check-in with eleven ratings', async () => {
    const el = await mount();
    expect(knee(el) === null).to.be.true;
    await startSession(el);
    const panel = knee(el)!;
    expect(text(panel)).to.include('How does your knee feel right now?');
    const group = panel.querySelector('[role="radiogroup"]')!;
    expect(group.querySelectorAll('[role="radio"]')).to.have.length(11);
    expect(text(panel)).to.include('0 no pain');
    expect(text(panel)).to.include('10 worst imaginable');
    expect(text(panel)).to.include('general guidance, not a diagnosis');
    await expect(el).to.be.accessible();
  });

  it('skips the check-in with one tap, then asks for a rating after the next exercise', async () => {
    const el = await mount();
    await startSession(el);
    await tap(el, buttonByText(el, 'Skip'));
    expect(knee(el) === null).to.be.true;
    await doneExercise(el);
    expect(text(knee(el))).to.include('How much did your knee hurt during that exercise?');
    await tap(el, buttonByText(el, 'Skip'));
    expect(knee(el) === null).to.be.true;
  });

  it('asks whether the knee is worse this morning only after an earlier session', async () => {
    previousSession();
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 1));
    expect(text(knee(el))).to.include('worse this morning than before your last session');
    await tap(el, buttonByText(el, 'Yes'));
    expect(text(knee(el))).to.include('switched to their easier options');
    expect(text(knee(el))).to.include('Easier option: Easy Move one');
    expect(stored().at(-1)).to.include({ checkIn: 1, morning: 'yes' });
  });

  it('asks nothing about this morning on a first session', async () => {
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 1));
    expect(knee(el) === null).to.be.true;
  });

  it('after a rating of 2: good, keep going, with the standard exercise', async () => {
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 0));
    await doneExercise(el);
    await tap(el, rating(el, 2));
    expect(text(knee(el))).to.include('Good — keep going.');
    expect(text(knee(el))).not.to.include('Easier option');
    expect(part(el, 'card')!.getAttribute('level') ?? 'standard').to.equal('standard');
    expect((part(el, 'card') as HTMLElement & { level: string }).level).to.equal('standard');
  });

  for (const value of [3, 5]) {
    it(`after a rating of ${value}: the easier options, visibly, and back again`, async () => {
      const el = await mount();
      await startSession(el);
      await tap(el, buttonByText(el, 'Skip'));
      await doneExercise(el);
      await tap(el, rating(el, value));
      const said = text(knee(el));
      expect(said).to.include('switched to their easier options');
      expect(said).to.include('tomorrow morning');
      expect(said).to.include('Easier option: Easy Move two');
      expect((part(el, 'card') as HTMLElement & { level: string }).level).to.equal('easier');
      expect(root(el).querySelector('set-timer') !== null).to.be.true;
      await tap(el, buttonByText(el, 'Back to the standard exercises'));
      expect(text(knee(el))).not.to.include('Easier option');
      expect((part(el, 'card') as HTMLElement & { level: string }).level).to.equal('standard');
    });
  }

  for (const [checkIn, value] of [
    [undefined, 6],
    [0, 3],
    [2, 5],
  ] as const) {
    it(`stops after a rating of ${value} (check-in ${checkIn ?? 'skipped'}); continues only on a second tap`, async () => {
      const el = await mount();
      await startSession(el);
      await tap(el, checkIn === undefined ? buttonByText(el, 'Skip') : rating(el, checkIn));
      await doneExercise(el);
      await tap(el, rating(el, value));
      const said = text(knee(el));
      expect(said).to.include('Stop here for today');
      expect(said).to.include('see a physiotherapist or doctor');
      expect(said).to.include('progress so far is kept');
      expect(said).to.include('not a diagnosis');
      expect(root(el).querySelector('set-timer') === null).to.be.true;
      await tap(el, buttonByText(el, 'Continue anyway'));
      expect(root(el).querySelector('set-timer') === null).to.be.true;
      await tap(el, buttonByText(el, 'Yes, continue anyway'));
      expect(root(el).querySelector('set-timer') !== null).to.be.true;
      expect(text(knee(el))).to.include('Easier option');
    });
  }

  it('a rise of 2 over the check-in is no stop', async () => {
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 1));
    await doneExercise(el);
    await tap(el, rating(el, 3));
    expect(text(knee(el))).not.to.include('Stop here');
  });

  it('Finish for today shows the summary with the session in the history', async () => {
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 7));
    await tap(el, buttonByText(el, 'Finish for today'));
    await el.updateComplete;
    expect(part(el, 'summary') !== null).to.be.true;
    expect(part(el, 'history-chart') !== null).to.be.true;
    expect(stored()).to.have.length(1);
    expect(stored()[0]!.checkIn).to.equal(7);
  });

  it('keeps one record per session across a reload, and the check-in is not asked again', async () => {
    const first = await mount();
    await startSession(first);
    await tap(first, rating(first, 2));
    await doneExercise(first);
    await tap(first, rating(first, 4));
    first.remove();
    const again = await mount();
    await doneExercise(again);
    expect(text(knee(again))).to.include('How much did your knee hurt during that exercise?');
    await tap(again, rating(again, 1));
    const history = stored();
    expect(history).to.have.length(1);
    expect(history[0]).to.deep.include({ checkIn: 2, pain: { one: 4, two: 1 } });
    expect(history[0]!.sets).to.deep.equal({ one: 2, two: 2 });
    expect(history[0]!.variants).to.deep.include({ two: 'easier', three: 'easier' });
  });

  it('starts a new record after a reset', async () => {
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 2));
    await tap(el, buttonByText(el, 'Reset'));
    await doneExercise(el);
    expect(text(knee(el))).to.include('How does your knee feel right now?');
    expect(stored()).to.have.length(2);
  });

  it('downloads the history as JSON and CSV, made in the page', async () => {
    const created = sinon.spy(URL, 'createObjectURL');
    // No real download: Firefox's downloads panel would take the focus from later test files.
    const saved = sinon.stub(HTMLAnchorElement.prototype, 'click');
    const el = await mount();
    try {
      await startSession(el);
      await tap(el, rating(el, 3));
      await tap(el, buttonByText(el, 'Finish'));
      await tap(el, buttonByText(el, 'Download my history (JSON)'));
      await tap(el, buttonByText(el, 'Download my history (CSV)'));
      const [json, csv] = await Promise.all(created.args.map(([blob]) => (blob as Blob).text()));
      const records = JSON.parse(json!) as SessionRecord[];
      expect(records).to.have.length(1);
      expect(records[0]).to.deep.include({ routineId: 'knee-test', checkIn: 3, sets: { one: 1 } });
      expect(csv!.split('\r\n')[0]).to.equal(
        'date,check-in pain,worse this morning,exercise,sets,variant,pain',
      );
      expect(csv).to.include(',3,,one,1,easier,');
      const names = saved.thisValues.map((link) => (link as HTMLAnchorElement).download);
      expect(names).to.deep.equal(['knee-history.json', 'knee-history.csv']);
    } finally {
      created.restore();
      saved.restore();
    }
  });

  it('Delete history asks once, then deletes everything the widget stored', async () => {
    localStorage.setItem('runner-knee-routine:set-timer:muted', 'true');
    localStorage.setItem('page-own-key', 'kept');
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 1));
    await tap(el, buttonByText(el, 'Finish'));
    await tap(el, buttonByText(el, 'Delete history'));
    expect(stored()).to.have.length(1);
    await tap(el, buttonByText(el, 'Yes, delete'));
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    expect(keys).to.deep.equal(['page-own-key']);
    expect(text(part(el, 'history'))).to.include('keeps nothing on this device');
    expect(text(part(el, 'history'))).to.include('No sessions saved on this device yet.');
    expect(part(el, 'history-chart') === null).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('with no-persist stores nothing, and the check still works', async () => {
    const el = await mount('no-persist');
    await startSession(el);
    await tap(el, rating(el, 4));
    expect(text(knee(el))).to.include('switched to their easier options');
    await tap(el, buttonByText(el, 'Finish'));
    expect(localStorage.length).to.equal(0);
    expect(text(part(el, 'history'))).to.include('Nothing is saved on this page');
    expect(part(el, 'history-chart') !== null).to.be.true;
  });

  it('carries on with a note where storage is blocked', async () => {
    const restore = breakStorage();
    try {
      const el = await mount();
      await startSession(el);
      await tap(el, rating(el, 1));
      await tap(el, buttonByText(el, 'Finish'));
      expect(text(part(el, 'history'))).to.include('can’t be saved in this browser');
      expect(part(el, 'history-chart') !== null).to.be.true;
    } finally {
      restore();
    }
  });

  it('sets corrupt history aside with a note and saves the session afresh', async () => {
    localStorage.setItem(HISTORY_KEY, '{not json');
    const el = await mount();
    await startSession(el);
    await tap(el, rating(el, 1));
    await tap(el, buttonByText(el, 'Finish'));
    expect(text(part(el, 'history'))).to.include('could not be read');
    expect(stored()).to.have.length(1);
  });

  it('is off with no-pain-check and with painCheck: false in the data', async () => {
    for (const [attrs, data] of [
      ['no-pain-check', routine],
      ['', { ...routine, painCheck: false }],
    ] as const) {
      const el = await mount(attrs, data);
      await doneExercise(el);
      expect(knee(el) === null).to.be.true;
      await tap(el, buttonByText(el, 'Finish'));
      expect(part(el, 'history') === null).to.be.true;
      el.remove();
      localStorage.clear();
    }
  });

  it('no event detail carries a rating or the history', async () => {
    const details: unknown[] = [];
    const dispatch = sinon.spy(EventTarget.prototype, 'dispatchEvent');
    try {
      previousSession();
      const el = await mount();
      await startSession(el);
      await tap(el, rating(el, 1));
      await tap(el, buttonByText(el, 'No'));
      await doneExercise(el);
      await tap(el, rating(el, 9));
      await tap(el, buttonByText(el, 'Finish for today'));
      for (const [event] of dispatch.args) details.push((event as CustomEvent).detail);
    } finally {
      dispatch.restore();
    }
    const texts = details
      .filter((d) => d !== undefined && d !== null)
      // Elements (a focus event's target, say) are no detail data: left out.
      .map((d) =>
        JSON.stringify(d, (_key, value: unknown) => (value instanceof Node ? undefined : value)),
      );
    expect(texts.length).to.be.greaterThan(0);
    for (const json of texts) expect(json).not.to.match(/pain|rating|checkIn|morning|"9"|:9\b/i);
  });

  it('works with the keyboard alone: arrows move, Enter or Space chooses', async () => {
    const el = await mount();
    await startSession(el);
    rating(el, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).activeElement === rating(el, 2)).to.be.true;
    expect(rating(el, 2).getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(root(el).activeElement === rating(el, 9)).to.be.true;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).activeElement === rating(el, 0), 'Home: the first rating').to.be.true;
    await sendKeys({ press: ' ' });
    // Firefox clicks a button on Space's keyup, a task after the key's events.
    await waitUntil(() => knee(el) === null, 'the check-in answered by Space');
    await doneExercise(el);
    rating(el, 0).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(knee(el))).to.include('Stop here for today');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px with no horizontal scroll: ratings, stop message and history', async () => {
    // The element 320 px wide (the viewport cannot be set through WebKit's WebDriver): what
    // it draws, its shadow tree included, must not reach past its edge.
    const el = await mount();
    el.style.width = '320px';
    await startSession(el);
    const fits = () => el.scrollWidth <= 320;
    expect(fits(), 'check-in').to.be.true;
    await tap(el, rating(el, 8));
    expect(fits(), 'stop').to.be.true;
    await tap(el, buttonByText(el, 'Finish for today'));
    expect(fits(), 'history').to.be.true;
    await expect(el).to.be.accessible();
  });
});
