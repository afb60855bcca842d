import { expect } from '@open-wc/testing';
import { LazyChunk, prefetchWhenIdle } from '../../src/internal/lazy-chunk.js';
import { spyOnConsole } from '../helpers/console-spy.js';
import sinon from 'sinon';

/** An importer the test settles by hand, counting its calls. */
function controlledImporter<T>() {
  const calls: { resolve: (module: T) => void; reject: (error: unknown) => void }[] = [];
  const importer = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { importer, calls };
}

/** A browser's own error for a module that could not be fetched (Firefox's wording). */
function fetchError(url: string): TypeError {
  return new TypeError(`error loading dynamically imported module: ${url}`);
}

const FIXTURE = new URL('/test/fixtures/on-demand-module.js', location.href).href;

describe('LazyChunk', () => {
  let consoleError: ReturnType<typeof spyOnConsole>;
  beforeEach(() => (consoleError = spyOnConsole('error')));
  afterEach(() => consoleError.restore());

  it('imports once for every caller at a time, then serves the module at once', async () => {
    const { importer, calls } = controlledImporter<{ value: number }>();
    const chunk = new LazyChunk('test', importer);
    expect(chunk.module).to.be.undefined;
    const first = chunk.load();
    const second = chunk.load();
    expect(calls).to.have.length(1);
    calls[0]!.resolve({ value: 1 });
    expect((await first).value).to.equal(1);
    expect((await second).value).to.equal(1);
    expect(chunk.module?.value).to.equal(1);
    await chunk.load();
    expect(calls).to.have.length(1);
  });

  it('runs `use` synchronously once loaded, and after loading before that', async () => {
    const { importer, calls } = controlledImporter<string>();
    const chunk = new LazyChunk('test', importer);
    const used: string[] = [];
    const pending = chunk.use(
      (module) => used.push(`async ${module}`),
      () => used.push('failed'),
    );
    expect(used).to.deep.equal([]);
    calls[0]!.resolve('code');
    await pending;
    expect(used).to.deep.equal(['async code']);
    void chunk.use(
      (module) => used.push(`sync ${module}`),
      () => used.push('failed'),
    );
    expect(used).to.deep.equal(['async code', 'sync code']);
  });

  it('logs a failure naming the chunk, calls `failed`, and loads again on the next call', async () => {
    const { importer, calls } = controlledImporter<string>();
    const chunk = new LazyChunk('workout view', importer);
    let failed = 0;
    const pending = chunk.use(
      () => undefined,
      () => failed++,
    );
    calls[0]!.reject(new Error('offline'));
    await pending;
    expect(failed).to.equal(1);
    expect(chunk.module).to.be.undefined;
    expect(consoleError.calls).to.have.length(1);
    expect(consoleError.calls[0]).to.include('could not load the workout view code');
    expect(consoleError.calls[0]).to.include('offline');
    const again = chunk.load();
    expect(calls, 'imported again').to.have.length(2);
    calls[1]!.resolve('code');
    expect(await again).to.equal('code');
  });

  it('gives up on a stalled load after the time given, saying so, while the load goes on', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { importer, calls } = controlledImporter<string>();
      const chunk = new LazyChunk('routine progress', importer);
      let outcome = 'pending';
      const waited = chunk.loadWithin(15_000).then(
        () => (outcome = 'loaded'),
        () => (outcome = 'gave up'),
      );
      await clock.tickAsync(14_999);
      expect(outcome).to.equal('pending');
      await clock.tickAsync(1);
      await waited;
      expect(outcome).to.equal('gave up');
      expect(consoleError.calls.join()).to.include(
        'routine progress code did not arrive within 15 s',
      );
      calls[0]!.resolve('late code');
      expect(await chunk.loadWithin(15_000), 'what arrived late').to.equal('late code');
      expect(calls, 'asked once').to.have.length(1);
    } finally {
      clock.restore();
    }
  });

  it('does not time out a load that settles in time', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { importer, calls } = controlledImporter<string>();
      const waited = new LazyChunk('quick', importer).loadWithin(1000);
      calls[0]!.resolve('code');
      expect(await waited).to.equal('code');
      expect(clock.countTimers(), 'no timer left').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('retries a module the browser named by another URL, which it has not marked as failed', async () => {
    const { importer, calls } = controlledImporter<{ loaded: string }>();
    const chunk = new LazyChunk('test', importer);
    const first = chunk.load();
    calls[0]!.reject(fetchError(FIXTURE));
    await first.catch(() => undefined);
    const module = await chunk.load();
    expect(calls, 'not the importer, which the browser would fail again').to.have.length(1);
    expect(module.loaded).to.equal('on-demand-module');
    const fetched = performance
      .getEntriesByType('resource')
      .map(({ name }) => name)
      .filter((name) => name.startsWith(FIXTURE));
    expect(fetched).to.deep.equal([`${FIXTURE}?retry=1`]);
  });

  it('retries by the same importer when the error names no URL (a bundler’s own loading)', async () => {
    const { importer, calls } = controlledImporter<string>();
    const chunk = new LazyChunk('test', importer);
    const first = chunk.load();
    calls[0]!.reject(new Error('Loading chunk 42 failed.'));
    await first.catch(() => undefined);
    void chunk.load();
    expect(calls).to.have.length(2);
  });
});

describe('prefetchWhenIdle', () => {
  it('loads each chunk when the scheduler runs, once per page however often asked', async () => {
    const runs: (() => void)[] = [];
    const schedule = (run: () => void) => runs.push(run);
    const { importer: a, calls: aCalls } = controlledImporter<string>();
    const { importer: b, calls: bCalls } = controlledImporter<string>();
    const chunkA = new LazyChunk('a', a);
    const chunkB = new LazyChunk('b', b);
    prefetchWhenIdle([chunkA], schedule);
    prefetchWhenIdle([chunkA, chunkB], schedule);
    prefetchWhenIdle([chunkA, chunkB], schedule);
    expect(runs, 'one idle task per new chunk list').to.have.length(2);
    expect(aCalls.length + bCalls.length, 'nothing before the browser is idle').to.equal(0);
    runs.forEach((run) => run());
    expect([aCalls.length, bCalls.length]).to.deep.equal([1, 1]);
  });

  it('leaves a failed prefetch to the console and to the next load', async () => {
    const consoleError = spyOnConsole('error');
    try {
      const { importer, calls } = controlledImporter<string>();
      const chunk = new LazyChunk('sound cues', importer);
      prefetchWhenIdle([chunk], (run) => run());
      calls[0]!.reject(new Error('offline'));
      await new Promise((resolve) => setTimeout(resolve));
      expect(consoleError.calls.join('\n')).to.include('could not load the sound cues code');
      void chunk.load();
      expect(calls).to.have.length(2);
    } finally {
      consoleError.restore();
    }
  });

  it('waits for the browser to be idle by default', async () => {
    const { importer, calls } = controlledImporter<string>();
    prefetchWhenIdle([new LazyChunk('idle', importer)]);
    expect(calls).to.have.length(0);
    await new Promise<void>((resolve) => {
      const check = () => (calls.length > 0 ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(calls).to.have.length(1);
  });
});
