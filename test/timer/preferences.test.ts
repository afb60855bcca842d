import { expect } from '@open-wc/testing';
import {
  MUTED_KEY,
  forgetPagePreferences,
  readPreference,
  savePreference,
} from '../../src/timer/preferences.js';

const readMutedPreference = () => readPreference(MUTED_KEY);
const saveMutedPreference = (on: boolean) => savePreference(MUTED_KEY, on);

describe('device preferences', () => {
  afterEach(() => {
    localStorage.removeItem(MUTED_KEY);
    forgetPagePreferences();
  });

  it('is unset until saved, then reads back what was saved', () => {
    expect(readMutedPreference()).to.be.undefined;
    saveMutedPreference(true);
    expect(localStorage.getItem(MUTED_KEY)).to.equal('true');
    expect(readMutedPreference()).to.be.true;
    saveMutedPreference(false);
    expect(readMutedPreference()).to.be.false;
  });

  it('keeps a choice for the page without saving it when persist is false', () => {
    savePreference(MUTED_KEY, true, { persist: false });
    expect(localStorage.getItem(MUTED_KEY)).to.be.null;
    expect(readPreference(MUTED_KEY, { persist: false })).to.be.true;
    forgetPagePreferences();
    localStorage.setItem(MUTED_KEY, 'true');
    expect(readPreference(MUTED_KEY, { persist: false })).to.be.undefined;
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
