import { expect } from '@open-wc/testing';
import {
  afterExercise,
  bandOf,
  beforeSession,
  isPainRating,
  mostCautious,
} from '../../src/knee-check/pain-rules.js';

describe('pain rules', () => {
  it('puts each rating in its band, with the boundaries at 2/3 and 5/6', () => {
    const bands = Array.from({ length: 11 }, (_, rating) => bandOf(rating));
    expect(bands).to.deep.equal([
      ...Array(3).fill('carry-on'),
      ...Array(3).fill('ease-off'),
      ...Array(5).fill('stop'),
    ]);
  });

  it('after an exercise: 2 carries on, 3 eases off, 5 eases off, 6 stops', () => {
    expect(afterExercise(2)).to.equal('carry-on');
    expect(afterExercise(3)).to.equal('ease-off');
    expect(afterExercise(5)).to.equal('ease-off');
    expect(afterExercise(6)).to.equal('stop');
  });

  it('stops on a rise of 3 or more over the check-in, even inside a gentler band', () => {
    expect(afterExercise(3, 0)).to.equal('stop');
    expect(afterExercise(2, 0)).to.equal('carry-on');
    expect(afterExercise(5, 2)).to.equal('stop');
    expect(afterExercise(5, 3)).to.equal('ease-off');
    expect(afterExercise(4, 4)).to.equal('ease-off');
    // A lower rating than the check-in is no rise.
    expect(afterExercise(1, 5)).to.equal('carry-on');
  });

  it('before the session: the check-in band, and easier options when worse this morning', () => {
    expect(beforeSession()).to.equal('carry-on');
    expect(beforeSession(2, 'no')).to.equal('carry-on');
    expect(beforeSession(3, 'no')).to.equal('ease-off');
    expect(beforeSession(6)).to.equal('stop');
    expect(beforeSession(0, 'yes')).to.equal('ease-off');
    expect(beforeSession(undefined, 'yes')).to.equal('ease-off');
    // Unsure is taken as worse: the cautious reading.
    expect(beforeSession(1, 'not-sure')).to.equal('ease-off');
    // Overlapping rules give the more cautious outcome.
    expect(beforeSession(7, 'yes')).to.equal('stop');
  });

  it('takes the more cautious of two outcomes, in either order', () => {
    expect(mostCautious('carry-on', 'stop')).to.equal('stop');
    expect(mostCautious('stop', 'ease-off')).to.equal('stop');
    expect(mostCautious('ease-off', 'carry-on')).to.equal('ease-off');
  });

  it('accepts whole ratings from 0 to 10 only', () => {
    expect([0, 10].every(isPainRating)).to.be.true;
    expect([-1, 11, 2.5, '3', null].some(isPainRating)).to.be.false;
  });
});
