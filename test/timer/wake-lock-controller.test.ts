import { expect } from '@open-wc/testing';
import { WakeLockController } from '../../src/timer/wake-lock-controller.js';
import { spyOnConsole } from '../helpers/console-spy.js';
import {
  FakeHost,
  FakeWakeLock,
  installFakeWakeLock,
  restoreVisibility,
  setVisibility,
} from './fakes.js';

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('WakeLockController', () => {
  let lock: FakeWakeLock;
  let undo: () => void;

  function setUp() {
    const host = new FakeHost();
    const controller = new WakeLockController(host);
    host.connect();
    return { host, controller };
  }

  beforeEach(() => {
    lock = new FakeWakeLock();
    undo = installFakeWakeLock(lock);
    setVisibility('visible'); // a background test page may be hidden
  });

  afterEach(() => {
    undo();
    restoreVisibility();
  });

  it('holds one lock while wanted and releases it when not', async () => {
    const { controller } = setUp();
    await settle();
    expect(lock.requests).to.equal(0);
    controller.wanted = true;
    controller.wanted = true;
    await settle();
    expect(lock.requests).to.equal(1);
    expect(lock.held.size).to.equal(1);
    expect(controller.held).to.be.true;
    controller.wanted = false;
    expect(lock.held.size).to.equal(0);
    expect(controller.held).to.be.false;
  });

  it('asks again when the page is visible after the browser dropped the lock', async () => {
    const { controller } = setUp();
    controller.wanted = true;
    await settle();
    setVisibility('hidden');
    await lock.dropAll();
    await settle();
    expect(lock.requests, 'not while hidden').to.equal(1);
    expect(controller.held).to.be.false;
    setVisibility('visible');
    await settle();
    expect(lock.requests).to.equal(2);
    expect(lock.held.size).to.equal(1);
  });

  it('releases a lock granted after it stopped being wanted', async () => {
    const { controller } = setUp();
    controller.wanted = true;
    controller.wanted = false; // before the request resolves
    await settle();
    expect(lock.requests).to.equal(1);
    expect(lock.held.size).to.equal(0);
  });

  it('releases on disconnect and ignores visibility afterwards', async () => {
    const { host, controller } = setUp();
    controller.wanted = true;
    await settle();
    host.disconnect();
    expect(lock.held.size).to.equal(0);
    setVisibility('visible');
    await settle();
    expect(lock.requests).to.equal(1);
    host.connect();
    await settle();
    expect(lock.held.size, 'still wanted when reconnected').to.equal(1);
  });

  it('carries on quietly when refused, without asking in a loop', async () => {
    const debug = spyOnConsole('error');
    const original = console.debug;
    const said: string[] = [];
    console.debug = (...args: unknown[]) => said.push(args.map(String).join(' '));
    try {
      lock.refuse = true;
      const { controller } = setUp();
      controller.wanted = true;
      await settle();
      expect(lock.requests).to.equal(1);
      expect(controller.held).to.be.false;
      expect(said.join('\n')).to.include('screen wake lock refused');
      expect(debug.calls).to.deep.equal([]);
    } finally {
      console.debug = original;
      debug.restore();
    }
  });

  it('does nothing, without throwing, where there is no wake lock', async () => {
    undo();
    undo = installFakeWakeLock(undefined);
    const original = console.debug;
    console.debug = () => undefined;
    try {
      const { controller } = setUp();
      controller.wanted = true;
      await settle();
      expect(controller.held).to.be.false;
    } finally {
      console.debug = original;
    }
  });
});
