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
    first.recordSet(routine.exercises[1]!.id, 1, 'left');
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
        startedAt: 5,
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
    expect(saved.startedAt).to.equal(5);
    expect(tracker.progress!.done[tke!.id]).to.equal(6);
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
    expect(localStorage.getItem(progressKey(routine))).to.be.null;
    expect(tracker.progress!.done).to.deep.equal({});
  });
});
