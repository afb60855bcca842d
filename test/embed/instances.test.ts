// Several widgets on one page, each with its own state. In-memory state (timer, current
// exercise, sets done) belongs to each instance. Saved progress is keyed by routine id, so
// instances of one routine that persist share what is saved: the tests say what that means.
import { expect } from '@open-wc/testing';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { progressKey } from '../../src/progress/progress-storage.js';
import {
  PAGES,
  closeHosts,
  completeSet,
  deepQueryAll,
  openHost,
  problems,
  resourcesButChunks,
  settle,
  shadowOf,
  stateOf,
  whenRendered,
  type Host,
  CDN_BUNDLE,
} from './helpers/host-frame.js';

/** Adds `count` widgets that keep their progress in memory only (no-persist). */
async function addWidgets(host: Host, count: number): Promise<HTMLElement[]> {
  await whenRendered(host);
  const article = host.doc.querySelector('#article')!;
  const added: HTMLElement[] = [];
  for (let i = 0; i < count; i++) {
    const el = host.doc.createElement('runner-knee-routine');
    el.toggleAttribute('no-persist', true);
    el.id = `widget-${i}`;
    article.append(el);
    added.push(el);
  }
  await settle(host);
  return added;
}

describe('embedding: several instances on one page', () => {
  afterEach(() => closeHosts());

  it('two instances: a set done or an exercise picked in one leaves the other as it was', async () => {
    const host = await openHost(`${PAGES}/blank.html`);
    const [a, b] = (await addWidgets(host, 2)) as [HTMLElement, HTMLElement];
    const fresh = stateOf(b);
    expect(stateOf(a)).to.equal(fresh);

    await completeSet(host, a);
    expect(stateOf(a)).to.match(/^1 of 3 sets/);
    expect(stateOf(b)).to.equal(fresh);

    deepQueryAll<HTMLButtonElement>(shadowOf(b), '.item')[4]!.click();
    await settle(host);
    expect(stateOf(b)).to.include(`current: ${runnersKneeRoutine.exercises[4]!.name}`);
    expect(stateOf(a)).to.include(`current: ${runnersKneeRoutine.exercises[0]!.name}`);
    expect(stateOf(a)).to.match(/^1 of 3 sets/);
    expect(problems(host)).to.deep.equal([]);
  });

  it('fifty instances render, and each keeps its own state', async function () {
    this.timeout(20_000); // 50 full renders on a slow machine
    const host = await openHost(`${PAGES}/blank.html`);
    const widgets = await addWidgets(host, 50);
    const fresh = stateOf(widgets[0]!);
    for (const widget of widgets) {
      expect(shadowOf(widget).querySelector('[part~="title"]')).to.not.be.null;
      expect(stateOf(widget)).to.equal(fresh);
    }
    await completeSet(host, widgets[17]!);
    deepQueryAll<HTMLButtonElement>(shadowOf(widgets[33]!), '.item')[2]!.click();
    await settle(host);
    const changed = widgets
      .map((widget, i) => ({ i, state: stateOf(widget) }))
      .filter(({ state }) => state !== fresh)
      .map(({ i }) => i);
    expect(changed).to.deep.equal([17, 33]);
    expect(stateOf(widgets[17]!)).to.match(/^1 of 3 sets/);
    expect(problems(host)).to.deep.equal([]);
    expect(resourcesButChunks(host)).to.have.members([
      `${PAGES}/probe.js`,
      `${PAGES}/article.css`,
      CDN_BUNDLE,
    ]);
  });

  it('two persisting instances of one routine keep in step through saved progress', async () => {
    // A routine id of its own, so no other test file's saved progress is touched.
    const routine = { ...runnersKneeRoutine, id: 'embed-shared-storage' };
    const key = progressKey(routine);
    localStorage.removeItem(key);
    try {
      const host = await openHost(`${PAGES}/blank.html`);
      await whenRendered(host);
      const make = () => {
        const el = host.doc.createElement('exercise-routine') as HTMLElement & { routine: unknown };
        el.routine = routine;
        host.doc.querySelector('#article')!.append(el);
        return el;
      };
      const a = make();
      const b = make();
      await settle(host);
      const fresh = stateOf(b);

      await completeSet(host, a);
      await settle(host);
      // b shows a's set, and its timer, not yet started, moves on to the next set.
      const [list, current, timer] = stateOf(b).split('\n');
      expect(list).to.not.equal(fresh.split('\n')[0]);
      expect(list).to.equal(stateOf(a).split('\n')[0]);
      expect(list).to.match(/^1 of 3 sets/);
      expect(current).to.equal(fresh.split('\n')[1]);
      expect(timer).to.include('Set 2 of 3');
      expect(JSON.parse(localStorage.getItem(key)!).done).to.deep.equal({
        [routine.exercises[0]!.id]: 2,
      });

      // A widget created later (or the same page reloaded) picks up what was saved last.
      const c = make();
      await settle(host);
      expect(stateOf(c).split('\n')[0]).to.equal(stateOf(a).split('\n')[0]);
      expect(problems(host)).to.deep.equal([]);
    } finally {
      localStorage.removeItem(key);
    }
  });
});
