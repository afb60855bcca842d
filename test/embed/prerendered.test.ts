// The server-rendered snippet in an article, before and after the script: readable at once,
// no buttons that would do nothing until the script runs, and all of them once it has.
import { expect } from '@open-wc/testing';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import {
  CDN_BUNDLE,
  PAGES,
  closeHosts,
  deepQueryAll,
  isRendered,
  loadModule,
  openHost,
  problems,
  settle,
  shadowOf,
} from './helpers/host-frame.js';

describe('embedding: the pre-rendered snippet', () => {
  afterEach(() => closeHosts());

  it('reads before the script, hides what needs it, and works once the script has run', async () => {
    const host = await openHost(`${PAGES}/prerendered.html`);
    const widget = host.doc.querySelector('runner-knee-routine')!;
    expect(host.win.customElements.get('runner-knee-routine'), 'no script yet').to.be.undefined;
    const root = shadowOf(widget); // the declarative shadow root
    expect(root.textContent).to.include(runnersKneeRoutine.title);
    const timer = root.querySelector('set-timer')!;
    const card = root.querySelector('exercise-card')!;
    const visible = (selector: string, within: Element) =>
      deepQueryAll(shadowOf(within), selector).filter(isRendered);
    expect(visible('button', timer), 'timer buttons before the script').to.deep.equal([]);
    expect(visible('.needs-script', timer)).to.have.length(1);
    expect(visible('[part~="start"]', widget)).to.deep.equal([]);
    const steps = visible('[part~="details"]', card);
    expect(steps, 'the how-to is readable').to.have.length(1);
    expect(steps[0]!.textContent).to.include(runnersKneeRoutine.exercises[0]!.steps[0]!);
    expect(visible('button', card), 'card buttons before the script').to.deep.equal([]);

    await loadModule(host, CDN_BUNDLE);
    await settle(host);
    const liveTimer = shadowOf(widget).querySelector('set-timer')!;
    expect(visible('[data-action="primary"]', liveTimer)).to.have.length(1);
    expect(visible('.needs-script', liveTimer)).to.deep.equal([]);
    expect(visible('[part~="start"]', widget)).to.have.length(1);
    expect(problems(host)).to.deep.equal([]);
  });
});
