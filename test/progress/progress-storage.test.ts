import { expect } from '@open-wc/testing';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import { progressKey, progressStorage } from '../../src/progress/progress-storage.js';
import { emptyProgress, recordUnits } from '../../src/progress/routine-progress.js';
import { breakStorage } from '../helpers/storage.js';

describe('progressStorage', () => {
  afterEach(() => localStorage.clear());

  it('round-trips progress under a key per routine id and version', () => {
    const progress = recordUnits(emptyProgress(routine), routine.exercises[0]!, 2, 10);
    expect(progressStorage.save(routine, progress)).to.be.true;
    expect(progressKey(routine)).to.equal('runner-knee-routine:progress:runners-knee:v1');
    expect(progressStorage.load(routine)).to.deep.equal({
      progress: { ...progress, finishedAt: undefined },
      trouble: undefined,
    });
  });

  it('ignores progress saved for another version of the routine', () => {
    progressStorage.save(routine, emptyProgress(routine));
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
      expect(progressStorage.save(routine, emptyProgress(routine))).to.be.false;
      expect(() => progressStorage.clear(routine)).not.to.throw();
    } finally {
      restore();
    }
  });

  it('clears saved progress', () => {
    progressStorage.save(routine, emptyProgress(routine));
    progressStorage.clear(routine);
    expect(localStorage.getItem(progressKey(routine))).to.be.null;
  });
});
