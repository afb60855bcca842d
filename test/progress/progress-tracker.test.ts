import { expect } from '@open-wc/testing';
import { ProgressTracker } from '../../src/progress/progress-tracker.js';
import { progressKey } from '../../src/progress/progress-storage.js';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import { breakStorage } from '../helpers/storage.js';

/** A host that records the events dispatched on it and counts update requests. */
function fakeHost() {
  const element = document.createElement('div');
  const events: string[] = [];
  for (const type of ['routine-start', 'routine-complete', 'routine-reset']) {
    element.addEventListener(type, () => events.push(type));
  }
  const host = Object.assign(element, {
    updates: 0,
    requestUpdate: () => void host.updates++,
    addController: () => undefined,
  });
  return { host, events };
}

describe('ProgressTracker', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('records sets, starts once and finishes once when every set is done', () => {
    const { host, events } = fakeHost();
    const tracker = new ProgressTracker(host, () => true);
    tracker.use(routine);
    tracker.start();
    tracker.recordSet(routine.exercises[0]!.id, 1, 'left');
    for (const exercise of routine.exercises) tracker.recordExercise(exercise.id);
    tracker.finish();
    expect(events).to.deep.equal(['routine-start', 'routine-complete']);
    expect(tracker.progress!.finishedAt).to.be.a('number');
    expect(host.updates).to.be.greaterThan(0);
  });

  it('saves after each change and restores in a new tracker', () => {
    const first = new ProgressTracker(fakeHost().host, () => true);
    first.use(routine);
    first.recordSet(routine.exercises[1]!.id, 1);
    first.goTo(routine.exercises[1]!.id);
    const second = new ProgressTracker(fakeHost().host, () => true);
    second.use(routine);
    expect(second.progress!.done).to.deep.equal({ [routine.exercises[1]!.id]: 1 });
    expect(second.progress!.currentId).to.equal(routine.exercises[1]!.id);
  });

  it('counts sets by position, so a set done again after a restart adds nothing', () => {
    const tracker = new ProgressTracker(fakeHost().host, () => true);
    tracker.use(routine);
    const tke = routine.exercises[0]!.id; // per side
    tracker.recordSet(tke, 1, 'left');
    tracker.recordSet(tke, 1, 'right');
    tracker.recordSet(tke, 1, 'left');
    expect(tracker.progress!.done[tke]).to.equal(2);
    tracker.recordSet(tke, 2, 'right');
    expect(tracker.progress!.done[tke]).to.equal(4);
    const squat = routine.exercises[1]!.id; // both legs
    tracker.recordSet(squat, 3);
    expect(tracker.progress!.done[squat]).to.equal(3);
  });

  it('finishes on the last exercise-complete, not on the last set before it', () => {
    const { host, events } = fakeHost();
    const tracker = new ProgressTracker(host, () => false);
    tracker.use(routine);
    for (const exercise of routine.exercises.slice(0, -1)) tracker.recordExercise(exercise.id);
    const last = routine.exercises.at(-1)!;
    tracker.recordSet(last.id, last.prescription.sets);
    expect(events).to.deep.equal(['routine-start']);
    tracker.recordExercise(last.id);
    expect(events).to.deep.equal(['routine-start', 'routine-complete']);
  });

  it('ignores unknown exercise ids', () => {
    const tracker = new ProgressTracker(fakeHost().host, () => true);
    tracker.use(routine);
    tracker.recordSet('wall-sit', 1);
    tracker.goTo('wall-sit');
    expect(tracker.progress!.done).to.deep.equal({});
    expect(tracker.progress!.currentId).to.equal(routine.exercises[0]!.id);
  });

  it('neither reads nor writes storage when persist() is false', () => {
    localStorage.setItem(
      progressKey(routine),
      JSON.stringify({ done: {}, currentId: routine.exercises[2]!.id }),
    );
    const tracker = new ProgressTracker(fakeHost().host, () => false);
    tracker.use(routine);
    expect(tracker.progress!.currentId).to.equal(routine.exercises[0]!.id);
    tracker.recordSet(routine.exercises[0]!.id, 1, 'left');
    expect(JSON.parse(localStorage.getItem(progressKey(routine))!).currentId).to.equal(
      routine.exercises[2]!.id,
    );
  });

  it('leaves saved progress alone when an instance that does not save is reset', () => {
    const saved = JSON.stringify({ done: {}, currentId: routine.exercises[2]!.id });
    localStorage.setItem(progressKey(routine), saved);
    const tracker = new ProgressTracker(fakeHost().host, () => false);
    tracker.use(routine);
    tracker.reset();
    expect(localStorage.getItem(progressKey(routine))).to.equal(saved);
  });

  it('keeps progress when the same routine arrives as a new object', () => {
    const tracker = new ProgressTracker(fakeHost().host, () => false);
    tracker.use(routine);
    tracker.recordSet(routine.exercises[1]!.id, 1);
    tracker.use(structuredClone(routine));
    expect(tracker.progress!.done[routine.exercises[1]!.id]).to.equal(1);
    tracker.use({ ...routine, version: routine.version + 1 });
    expect(tracker.progress!.done).to.deep.equal({});
  });

  it('merges what was saved when saving is switched on later, instead of overwriting it', () => {
    const [tke, squat] = routine.exercises;
    localStorage.setItem(
      progressKey(routine),
      JSON.stringify({
        done: { [tke!.id]: 6, [squat!.id]: 1 },
        currentId: squat!.id,
        startedAt: Date.now() - 5000,
      }),
    );
    let persist = false;
    const tracker = new ProgressTracker(fakeHost().host, () => persist);
    tracker.use(routine);
    tracker.recordSet(squat!.id, 3);
    persist = true;
    tracker.persistenceChanged();
    const saved = JSON.parse(localStorage.getItem(progressKey(routine))!);
    expect(saved.done).to.deep.equal({ [tke!.id]: 6, [squat!.id]: 3 });
    expect(saved.startedAt).to.be.below(Date.now() - 4000);
    expect(tracker.progress!.done[tke!.id]).to.equal(6);
  });

  it('keeps what was saved, reset and finish included, when saving is switched on later', () => {
    const first = new ProgressTracker(fakeHost().host, () => true);
    first.use(routine);
    first.recordSet(routine.exercises[0]!.id, 1, 'left');
    first.reset();
    let persist = false;
    const tracker = new ProgressTracker(fakeHost().host, () => persist);
    tracker.use(routine);
    tracker.recordSet(routine.exercises[1]!.id, 1);
    tracker.recordSet(routine.exercises[1]!.id, 2);
    persist = true;
    tracker.persistenceChanged();
    const saved = JSON.parse(localStorage.getItem(progressKey(routine))!);
    expect(saved.done).to.deep.equal({ [routine.exercises[1]!.id]: 2 });
    expect(saved.resetAt).to.be.a('number');
    expect(tracker.resets).to.equal(0); // the timer in use is not restarted
  });

  it('does not drop a saved finish when saving is switched on', () => {
    const first = new ProgressTracker(fakeHost().host, () => true);
    first.use(routine);
    first.recordSet(routine.exercises[1]!.id, 1);
    first.finish();
    let persist = false;
    const tracker = new ProgressTracker(fakeHost().host, () => persist);
    tracker.use(routine);
    persist = true;
    tracker.persistenceChanged();
    const saved = JSON.parse(localStorage.getItem(progressKey(routine))!);
    expect(saved.finishedAt).to.be.a('number');
    expect(tracker.progress!.finishedAt).to.be.a('number');
  });

  it('reports storage that throws and carries on', () => {
    const restore = breakStorage();
    try {
      const tracker = new ProgressTracker(fakeHost().host, () => true);
      tracker.use(routine);
      expect(tracker.trouble).to.equal('unavailable');
      tracker.recordSet(routine.exercises[0]!.id, 1, 'left');
      expect(tracker.progress!.done[routine.exercises[0]!.id]).to.equal(1);
    } finally {
      restore();
    }
  });

  it('reset clears saved progress, counts resets and fires once', () => {
    const { host, events } = fakeHost();
    const tracker = new ProgressTracker(host, () => true);
    tracker.use(routine);
    tracker.recordSet(routine.exercises[0]!.id, 1, 'left');
    tracker.reset();
    expect(events).to.deep.equal(['routine-start', 'routine-reset']);
    expect(tracker.resets).to.equal(1);
    const saved = JSON.parse(localStorage.getItem(progressKey(routine))!);
    expect(saved.done).to.deep.equal({});
    expect(saved.resetAt).to.be.a('number');
    expect(tracker.progress!.done).to.deep.equal({});
  });

  it('ignores sets that are not in the prescription', () => {
    const tracker = new ProgressTracker(fakeHost().host, () => true);
    tracker.use(routine);
    const [tke, squat] = routine.exercises;
    for (const set of ['x', Number.NaN, 0, -1, 1.5, 99, null] as unknown as number[]) {
      tracker.recordSet(squat!.id, set);
    }
    tracker.recordSet(tke!.id, 1, 'up' as 'left');
    tracker.recordSet(tke!.id, 1); // a per-side set needs its side
    tracker.recordSet(squat!.id, 1, 'left'); // and a two-legged one has none
    expect(tracker.progress!.done).to.deep.equal({});
    expect(localStorage.getItem(progressKey(routine))).to.be.null;
  });

  describe('two tabs or two instances of one routine', () => {
    const [tke, squat, third] = routine.exercises;
    const saved = () => JSON.parse(localStorage.getItem(progressKey(routine))!);

    /** A tracker in another tab: connected trackers on one page hear each other's saves. */
    function otherTab() {
      const tracker = new ProgressTracker(fakeHost().host, () => true);
      tracker.use(routine);
      tracker.hostDisconnected();
      return tracker;
    }

    it('keeps sets done in another tab when this tab moves on', () => {
      const a = otherTab();
      const b = otherTab();
      for (let set = 1; set <= 3; set++) {
        a.recordSet(tke!.id, set, 'left');
        a.recordSet(tke!.id, set, 'right');
      }
      expect(saved().done).to.deep.equal({ [tke!.id]: 6 });
      b.goTo(squat!.id);
      expect(saved().done).to.deep.equal({ [tke!.id]: 6 });
      expect(saved().currentId).to.equal(squat!.id);
      expect(b.progress!.done).to.deep.equal({ [tke!.id]: 6 });
    });

    it('keeps sets done alternately in two tabs', () => {
      const a = otherTab();
      const b = otherTab();
      a.recordSet(squat!.id, 1);
      b.recordSet(third!.id, 1, 'left');
      a.recordSet(squat!.id, 2);
      b.recordSet(third!.id, 1, 'right');
      expect(saved().done).to.deep.equal({ [squat!.id]: 2, [third!.id]: 2 });
    });

    it('never writes a state older than what is stored: the later selection wins', () => {
      const a = otherTab();
      const b = otherTab();
      b.goTo(third!.id);
      a.recordSet(squat!.id, 1); // a's own position is older than b's move
      expect(saved().currentId).to.equal(third!.id);
      a.goTo(squat!.id);
      expect(saved().currentId).to.equal(squat!.id);
    });

    it('shows what another tab saved, on its storage event, without writing', () => {
      const tracker = new ProgressTracker(fakeHost().host, () => true);
      tracker.use(routine);
      tracker.hostConnected();
      // What another tab writes; this page hears of it only through the storage event.
      const written = JSON.stringify({ done: { [squat!.id]: 2 }, currentId: squat!.id });
      localStorage.setItem(progressKey(routine), written);
      expect(tracker.progress!.done).to.deep.equal({});
      window.dispatchEvent(new StorageEvent('storage', { key: progressKey(routine) }));
      expect(tracker.progress!.done).to.deep.equal({ [squat!.id]: 2 });
      expect(localStorage.getItem(progressKey(routine))).to.equal(written);
      tracker.hostDisconnected();
    });

    it('keeps two saving instances on one page in step', () => {
      const first = new ProgressTracker(fakeHost().host, () => true);
      const second = new ProgressTracker(fakeHost().host, () => true);
      for (const tracker of [first, second]) {
        tracker.use(routine);
        tracker.hostConnected();
      }
      first.recordSet(squat!.id, 1);
      expect(second.progress!.done).to.deep.equal({ [squat!.id]: 1 });
      second.goTo(third!.id);
      // Each keeps its own exercise (and timer); storage has the one chosen last.
      expect(first.progress!.currentId).to.equal(tke!.id);
      expect(saved().currentId).to.equal(third!.id);
      first.hostDisconnected();
      second.hostDisconnected();
    });

    it('keeps a set done in a tab that has not heard of a reset made in another', () => {
      const a = otherTab();
      const b = otherTab();
      a.recordSet(squat!.id, 2);
      a.reset();
      b.recordSet(third!.id, 1, 'left'); // b has not heard of the reset
      expect(saved().done).to.deep.equal({ [third!.id]: 1 });
      expect(b.progress!.done).to.deep.equal({ [third!.id]: 1 });
    });

    it('listens only while connected, and catches up when connected again', () => {
      const tracker = new ProgressTracker(fakeHost().host, () => true);
      tracker.use(routine); // not connected: not listening
      const other = otherTab();
      other.recordSet(squat!.id, 1);
      window.dispatchEvent(new StorageEvent('storage', { key: progressKey(routine) }));
      expect(tracker.progress!.done).to.deep.equal({});
      tracker.hostConnected();
      expect(tracker.progress!.done).to.deep.equal({ [squat!.id]: 1 });
      tracker.hostDisconnected();
      other.recordSet(squat!.id, 2);
      window.dispatchEvent(new StorageEvent('storage', { key: progressKey(routine) }));
      expect(tracker.progress!.done).to.deep.equal({ [squat!.id]: 1 });
    });

    it('keeps its own exercise when another tab chooses one', () => {
      const tracker = new ProgressTracker(fakeHost().host, () => true);
      tracker.use(routine);
      tracker.hostConnected();
      const other = otherTab();
      other.goTo(third!.id);
      window.dispatchEvent(new StorageEvent('storage', { key: progressKey(routine) }));
      expect(tracker.progress!.currentId).to.equal(tke!.id);
      tracker.recordSet(tke!.id, 1, 'left');
      expect(tracker.progress!.currentId).to.equal(tke!.id);
      expect(saved().currentId).to.equal(third!.id); // the later choice, for a reload
      tracker.hostDisconnected();
    });

    it('follows a reset made in another tab, and a stale tab never brings old sets back', () => {
      const a = otherTab();
      const b = otherTab();
      a.recordSet(squat!.id, 2);
      b.recordSet(squat!.id, 3);
      a.reset();
      b.goTo(third!.id); // b has not heard of the reset
      expect(saved().done).to.deep.equal({});
      expect(b.progress!.done).to.deep.equal({});
      expect(b.resets).to.equal(1); // b's timer gets a fresh start
    });
  });

  describe('elapsed time', () => {
    const hour = 60 * 60 * 1000;
    function fakeClock(wall: number) {
      const clock = { wallMs: wall, monotonicMs: 1000 };
      return {
        clock,
        trackerClock: { wall: () => clock.wallMs, monotonic: () => clock.monotonicMs },
        advance(ms: number) {
          clock.wallMs += ms;
          clock.monotonicMs += ms;
        },
      };
    }
    const completions = (host: HTMLElement) => {
      const details: unknown[] = [];
      host.addEventListener('routine-complete', (event) =>
        details.push((event as Event & { detail: { elapsedMs: unknown } }).detail.elapsedMs),
      );
      return details;
    };

    it('is measured on the monotonic clock, whatever the system clock does', () => {
      const time = fakeClock(Date.UTC(2026, 10, 29, 18));
      const { host } = fakeHost();
      const elapsed = completions(host);
      const tracker = new ProgressTracker(host, () => true, time.trackerClock);
      tracker.use(routine);
      tracker.recordSet(routine.exercises[1]!.id, 1);
      time.advance(20 * 60_000);
      time.clock.wallMs -= 15 * hour; // the system clock is set back
      tracker.finish();
      expect(elapsed).to.deep.equal([20 * 60_000]);
      expect(tracker.progress!.elapsedMs).to.equal(20 * 60_000);
    });

    it('is unknown (null), never negative, after a reload across a clock change', () => {
      const time = fakeClock(Date.UTC(2026, 10, 29, 18));
      const first = new ProgressTracker(fakeHost().host, () => true, time.trackerClock);
      first.use(routine);
      first.recordSet(routine.exercises[1]!.id, 1);
      time.clock.wallMs -= 15 * hour;
      const { host } = fakeHost();
      const elapsed = completions(host);
      const reloaded = new ProgressTracker(host, () => true, time.trackerClock);
      reloaded.use(routine);
      reloaded.finish();
      expect(elapsed).to.deep.equal([null]);
      expect(reloaded.progress!.elapsedMs).to.be.undefined;
    });

    it('uses the saved start after a reload when the clocks agree', () => {
      const time = fakeClock(Date.UTC(2026, 10, 29, 18));
      const first = new ProgressTracker(fakeHost().host, () => true, time.trackerClock);
      first.use(routine);
      first.recordSet(routine.exercises[1]!.id, 1);
      time.advance(30 * 60_000);
      const { host } = fakeHost();
      const elapsed = completions(host);
      const reloaded = new ProgressTracker(host, () => true, time.trackerClock);
      reloaded.use(routine);
      reloaded.finish();
      expect(elapsed).to.deep.equal([30 * 60_000]);
    });
  });
});
