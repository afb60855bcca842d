import { expect } from '@open-wc/testing';
import { describePrescription } from '../src/components/exercise-card/describe-prescription.js';
import type { Prescription } from '../src/data/types.js';

const base: Prescription = { sets: 3, reps: 12, perSide: false, restSeconds: 60, suggested: true };

describe('describePrescription', () => {
  it('describes reps per side with rest', () => {
    expect(describePrescription({ ...base, perSide: true })).to.equal(
      '3 sets × 12 reps · each leg · rest 60 s',
    );
  });

  it('describes a timed hold', () => {
    const hold = { ...base, reps: undefined, holdSeconds: 30, sets: 4 };
    expect(describePrescription(hold)).to.equal('4 sets × 30 s hold · rest 60 s');
  });

  it('uses the singular and leaves out a rest of 0', () => {
    expect(describePrescription({ ...base, sets: 1, reps: 1, restSeconds: 0 })).to.equal(
      '1 set × 1 rep',
    );
  });
});
