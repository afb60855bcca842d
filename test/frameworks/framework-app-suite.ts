// One suite that each framework's test app runs: the app renders <exercise-routine>, sets
// its `routine` property through the framework, and hears `routine-set-complete` through the
// framework's own event binding when the reader taps the timer's Done button.
import { expect, waitUntil } from '@open-wc/testing';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { deepQueryAll } from '../embed/helpers/host-frame.js';
import {
  describeSet,
  loadApp,
  type AppName,
  type MountApp,
  type MountedApp,
} from './framework-app.js';

type SetCompleteLike = Event & { detail: { exerciseId: string; set: number } };

/** The timer's primary button inside the routine's shadow root, once it has rendered. */
async function primaryButton(element: HTMLElement): Promise<HTMLButtonElement> {
  const find = () => deepQueryAll<HTMLButtonElement>(element, '[data-action="primary"]')[0];
  await waitUntil(find, 'the timer rendered no primary button');
  return find()!;
}

export function frameworkAppSuite(name: AppName): void {
  let mount: MountApp;
  let container: HTMLElement;
  let app: MountedApp | undefined;

  before(async function () {
    this.timeout(60_000); // the first request bundles the app with its framework
    mount = await loadApp(name);
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
  });

  it('sets `routine` as the property, and `no-persist` as the attribute', async () => {
    app = await mount(container, runnersKneeRoutine);
    const { element } = app;
    expect(element.localName).to.equal('exercise-routine');
    expect((element as HTMLElement & { routine?: unknown }).routine === runnersKneeRoutine).to.be
      .true;
    expect(element.hasAttribute('routine')).to.be.false;
    expect(element.hasAttribute('no-persist')).to.be.true;
  });

  it('receives routine-set-complete, with its detail, through its own event binding', async () => {
    app = await mount(container, runnersKneeRoutine);
    const heard: Event[] = [];
    app.element.addEventListener('routine-set-complete', (event) => heard.push(event));
    const done = await primaryButton(app.element);
    expect(done.textContent).to.include('Done');

    done.click();
    await waitUntil(() => app!.received.length > 0, 'the app received no routine-set-complete');
    expect(app.received).to.have.length(1);
    expect(heard.length === 1 && app.received[0] === heard[0]).to.be.true;
    const { detail } = app.received[0] as SetCompleteLike;
    expect(detail).to.deep.include({ exerciseId: runnersKneeRoutine.exercises[0]!.id, set: 1 });
    const shown = () => container.querySelector('.last-set')!.textContent!.trim();
    await waitUntil(() => shown() === describeSet(detail), `the app shows "${shown()}"`);
  });
}
