import { expect } from '@open-wc/testing';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import { progressKey, progressStorage } from '../../src/progress/progress-storage.js';
import { emptyProgress } from '../../src/progress/routine-progress.js';
import { recordThrough } from '../../src/progress/progress-changes.js';
import { breakStorage } from '../helpers/storage.js';

const source = {};

describe('progressStorage', () => {
  afterEach(() => localStorage.clear());

  it('round-trips progress under a key per routine id and version', () => {
    const progress = recordThrough(
      emptyProgress(routine),
      routine.exercises[0]!,
      2,
      Date.now() - 1000,
    );
    expect(progressStorage.save(routine, progress, source)).to.be.true;
    expect(progressKey(routine)).to.equal('runner-knee-routine:progress:runners-knee:v1');
    expect(progressStorage.load(routine)).to.deep.equal({
      progress,
      trouble: undefined,
    });
  });

  it('ignores progress saved for another version of the routine', () => {
    progressStorage.save(routine, emptyProgress(routine), source);
    expect(progressStorage.load({ ...routine, version: 2 })).to.deep.equal({ trouble: undefined });
  });

  it('reports corrupt JSON and malformed progress as corrupt', () => {
    localStorage.setItem(progressKey(routine), '{not json');
    expect(progressStorage.load(routine)).to.deep.equal({ trouble: 'corrupt' });
    localStorage.setItem(progressKey(routine), JSON.stringify({ done: 5 }));
    expect(progressStorage.load(routine)).to.deep.equal({ trouble: 'corrupt' });
  });

  it('reports storage that throws as unavailable, and never throws itself', () => {
    const restore = breakStorage();
    try {
      expect(progressStorage.load(routine)).to.deep.equal({ trouble: 'unavailable' });
      expect(progressStorage.save(routine, emptyProgress(routine), source)).to.be.false;
    } finally {
      restore();
    }
  });

  it('tells other subscribers on the page of a save, but not the one that saved', () => {
    const heard: string[] = [];
    const other = {};
    const stopSource = progressStorage.subscribe(routine, source, () => heard.push('source'));
    const stopOther = progressStorage.subscribe(routine, other, () => heard.push('other'));
    const stopElse = progressStorage.subscribe({ ...routine, id: 'another' }, {}, () =>
      heard.push('another routine'),
    );
    progressStorage.save(routine, emptyProgress(routine), source);
    expect(heard).to.deep.equal(['other']);
    stopOther();
    progressStorage.save(routine, emptyProgress(routine), {});
    expect(heard).to.deep.equal(['other', 'source']);
    stopSource();
    stopElse();
  });

  it('hears saves by other tabs through the storage event, for its own key only', () => {
    const heard: string[] = [];
    const stop = progressStorage.subscribe(routine, source, () => heard.push('heard'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    window.dispatchEvent(new StorageEvent('storage', { key: progressKey(routine) }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: progressKey(routine) }));
    expect(heard).to.deep.equal(['heard']);
  });
});
