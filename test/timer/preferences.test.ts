import { expect } from '@open-wc/testing';
import { MUTED_KEY, readPreference, savePreference } from '../../src/timer/preferences.js';

const readMutedPreference = () => readPreference(MUTED_KEY);
const saveMutedPreference = (on: boolean) => savePreference(MUTED_KEY, on);

describe('device preferences', () => {
  afterEach(() => localStorage.removeItem(MUTED_KEY));

  it('is unset until saved, then reads back what was saved', () => {
    expect(readMutedPreference()).to.be.undefined;
    saveMutedPreference(true);
    expect(localStorage.getItem(MUTED_KEY)).to.equal('true');
    expect(readMutedPreference()).to.be.true;
    saveMutedPreference(false);
    expect(readMutedPreference()).to.be.false;
  });

  it('ignores values it did not write', () => {
    localStorage.setItem(MUTED_KEY, 'yes');
    expect(readMutedPreference()).to.be.undefined;
  });

  it('survives storage that throws', () => {
    const { getItem, setItem } = Storage.prototype;
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.getItem = blocked;
    Storage.prototype.setItem = blocked;
    try {
      expect(readMutedPreference()).to.be.undefined;
      expect(() => saveMutedPreference(true)).not.to.throw();
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });
});
