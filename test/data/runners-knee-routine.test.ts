import { expect } from '@open-wc/testing';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';

/** An exercise's equipment item as the routine's list names it: "Barbell (optional)" is "Barbell". */
const listed = (item: string) => item.replace(/ \(optional\)$/, '');

describe('the built-in routine', () => {
  it('lists every piece of equipment a card asks for, under the same name', () => {
    const missing = routine.exercises.flatMap((exercise) =>
      exercise.equipment
        .filter((item) => !routine.equipment.includes(listed(item)))
        .map((item) => `${exercise.id}: ${item}`),
    );
    expect(missing).to.deep.equal([]);
  });

  it('uses one name for the band everywhere', () => {
    const bands = new Set(
      [...routine.equipment, ...routine.exercises.flatMap((exercise) => exercise.equipment)].filter(
        (item) => /band/i.test(item),
      ),
    );
    expect([...bands]).to.deep.equal(['Long tube-style resistance band']);
  });

  it("says plainly whose runner's knee the exercises got over", () => {
    expect(routine.intro).to.include('Jimmy Pipe, a physiotherapist');
    expect(routine.intro).to.include('He used them himself to get over runner');
  });
});
