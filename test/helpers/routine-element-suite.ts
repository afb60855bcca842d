import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ExerciseRoutine } from '../../src/components/exercise-routine/exercise-routine.js';
import { runnersKneeRoutine as routine } from '../../src/data/runners-knee-routine.js';
import { progressKey } from '../../src/progress/progress-storage.js';
import { recordEvents, spyOnConsole } from './console-spy.js';
import { breakStorage } from './storage.js';

/** Taps the current timer's control for `action` (primary, toggle…), if it is enabled. */
async function tapTimer(el: ExerciseRoutine, action: string): Promise<boolean> {
  const timer = el.shadowRoot!.querySelector('set-timer');
  if (!timer) return false;
  await timer.updateComplete;
  const button = timer.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!button || button.getAttribute('aria-disabled') === 'true') return false;
  button.click();
  await timer.updateComplete;
  await el.updateComplete;
  return true;
}

/**
 * Drives the current exercise's real timer as a reader would, with its primary button (Done,
 * Start hold, Skip countdown, Skip rest), until `until()` holds (each set-side done fires one
 * `routine-set-complete`).
 */
async function driveTimer(el: ExerciseRoutine, until: () => boolean): Promise<void> {
  for (let taps = 0; !until() && taps < 200; taps++) {
    if (!(await tapTimer(el, 'primary'))) break;
  }
  if (!until()) throw new Error('the timer stopped before the sets were done');
}

/** Completes the next `count` set-sides of the current exercise with the real timer. */
export async function completeSetSides(el: ExerciseRoutine, count: number): Promise<void> {
  let done = 0;
  const onSet = () => done++;
  el.addEventListener('routine-set-complete', onSet);
  try {
    await driveTimer(el, () => done >= count);
  } finally {
    el.removeEventListener('routine-set-complete', onSet);
  }
}

export function part(el: ExerciseRoutine, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function buttonByText(el: ExerciseRoutine, text: string): HTMLButtonElement {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Completes every set of the current exercise with its real timer. */
export async function finishCurrentExercise(el: ExerciseRoutine): Promise<void> {
  let finished = false;
  const onDone = () => (finished = true);
  el.addEventListener('routine-exercise-complete', onDone);
  try {
    await driveTimer(el, () => finished);
  } finally {
    el.removeEventListener('routine-exercise-complete', onDone);
  }
  await el.updateComplete;
}

/**
 * What `<exercise-routine>` and `<runner-knee-routine>` share, run against both: `create`
 * renders an element showing the built-in routine. `prerendered`: the element takes over
 * server-rendered HTML, so saved progress comes in on the exercise it shows (the first)
 * rather than moving it to the saved one.
 */
export function routineElementSuite(
  create: (attrs?: TemplateResult) => Promise<ExerciseRoutine>,
  { prerendered = false } = {},
) {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('renders the header from the routine data', async () => {
    const el = await create();
    expect(part(el, 'title')!.textContent!.trim()).to.equal(routine.title);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    const header = part(el, 'header')!.textContent!;
    expect(header).to.include(routine.intro);
    expect(header).to.match(/About \d+ min · 5 exercises/);
    for (const note of routine.safety) expect(part(el, 'safety')!.textContent).to.include(note);
    for (const item of routine.equipment) expect(header).to.include(item);
    expect(header).to.include(routine.anchorAdvice!);
    const credits = part(el, 'credits')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(credits).to.equal(
      "Exercises from Jimmy Pipe (Physiotherapist) · Tom's Guide (Publisher) · " +
        'Jessica Downey (Writer). The sets, reps and rests are suggestions from this site, not theirs.',
    );
  });

  it('shows the list and the first exercise as current', async () => {
    const el = await create();
    const card = el.shadowRoot!.querySelector('exercise-card')!;
    expect(card.exercise!.id).to.equal(routine.exercises[0]!.id);
    expect(card.status).to.equal('current');
    expect(el.shadowRoot!.querySelector('routine-list')!.routine).to.equal(
      el.shadowRoot!.querySelector('routine-list')!.routine,
    );
    expect(el.shadowRoot!.querySelector('set-timer')).to.not.be.null;
  });

  it('is accessible at the start, mid-routine and finished', async function () {
    this.timeout(30_000); // three axe runs over the whole widget
    const el = await create();
    await expect(el).to.be.accessible();
    await finishCurrentExercise(el);
    await expect(el).to.be.accessible();
    for (let i = 1; i < routine.exercises.length; i++) await finishCurrentExercise(el);
    expect(part(el, 'summary')).to.not.be.null;
    await expect(el).to.be.accessible();
  });

  it('fits its headings to heading-level', async () => {
    const el = await create();
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('4');
    expect(el.shadowRoot!.querySelector('exercise-card')!.getAttribute('heading-level')).to.equal(
      '5',
    );
  });

  it("re-exports the inner elements' parts for ::part()", async () => {
    const el = await create();
    const style = document.createElement('style');
    style.textContent = `${el.localName}::part(card__name) { color: rgb(1, 2, 3); }
      ${el.localName}::part(timer__display) { color: rgb(4, 5, 6); }
      ${el.localName}::part(list__item-current) { color: rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const card = el.shadowRoot!.querySelector('exercise-card')!;
      const timer = el.shadowRoot!.querySelector('set-timer')!;
      const list = el.shadowRoot!.querySelector('routine-list')!;
      await Promise.all([card.updateComplete, timer.updateComplete, list.updateComplete]);
      const color = (root: Element, selector: string) =>
        getComputedStyle(root.shadowRoot!.querySelector(selector)!).color;
      expect(color(card, '[part~="name"]')).to.equal('rgb(1, 2, 3)');
      expect(color(timer, '[part~="display"]')).to.equal('rgb(4, 5, 6)');
      expect(color(list, '[part~="item-current"]')).to.equal('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });

  it('hides the header with no-header and the credits with no-credits', async () => {
    const el = await create();
    el.toggleAttribute('no-credits', true);
    await el.updateComplete;
    expect(part(el, 'credits')).to.be.null;
    expect(part(el, 'header')).to.not.be.null;
    el.toggleAttribute('no-header', true);
    await el.updateComplete;
    expect(part(el, 'header')).to.be.null;
  });

  it('moves to an exercise picked in the list', async () => {
    const el = await create();
    const list = el.shadowRoot!.querySelector('routine-list')!;
    list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')[3]!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('exercise-card')!.exercise!.id).to.equal(
      routine.exercises[3]!.id,
    );
  });

  it('records sets from the timer, fires each event once, and finishes with a summary', async function () {
    this.timeout(10_000);
    const el = await create();
    const events = {
      start: recordEvents(el, 'routine-start'),
      set: recordEvents(el, 'routine-set-complete'),
      exercise: recordEvents(el, 'routine-exercise-complete'),
      complete: recordEvents(el, 'routine-complete'),
    };
    await completeSetSides(el, 1);
    await el.updateComplete;
    expect(events.start).to.have.length(1);
    expect(events.set).to.have.length(1);
    for (const [i, exercise] of routine.exercises.entries()) {
      // Each exercise after the first loaded by itself, with a note on the one just done.
      expect(el.shadowRoot!.querySelector('exercise-card')!.exercise!.id).to.equal(exercise.id);
      if (i > 0) {
        const done = routine.exercises[i - 1]!.name;
        expect(part(el, 'status')!.textContent).to.include(`${done}: done.`);
      }
      await finishCurrentExercise(el);
    }
    expect(events.start).to.have.length(1);
    expect(events.exercise).to.have.length(routine.exercises.length);
    expect(events.complete).to.have.length(1);
    const total = routine.exercises.reduce((sum, e) => sum + e.prescription.sets, 0);
    expect(
      (events.complete[0] as Event & { detail: { setsDone: number } }).detail.setsDone,
    ).to.equal(total);
    expect(part(el, 'summary')!.textContent).to.include(`5 exercises · ${total} sets`);
    // One live region, there from the start, says what happened.
    const live = el.shadowRoot!.querySelectorAll('[role="status"]');
    expect(live).to.have.length(1);
    expect(live[0]!.textContent).to.equal('Workout complete');
  });

  it('lets a reader who tapped Finish by mistake continue where they were', async () => {
    const el = await create();
    await completeSetSides(el, 1);
    await el.updateComplete;
    const completes = recordEvents(el, 'routine-complete');
    buttonByText(el, 'Finish workout').click();
    await el.updateComplete;
    expect(completes).to.have.length(1);
    expect(part(el, 'summary')).to.not.be.null;
    buttonByText(el, 'Continue workout').click();
    await el.updateComplete;
    expect(part(el, 'summary')).to.be.null;
    const list = el.shadowRoot!.querySelector('routine-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.item .count')!.textContent!.trim()).to.equal(
      '0 of 3 sets',
    );
    expect(el.shadowRoot!.querySelector('set-timer')).to.not.be.null;
  });

  it('undoes a reset: the sets, the exercise and the timer come back, saved', async () => {
    const el = await create();
    await completeSetSides(el, 3);
    buttonByText(el, 'Reset progress').click();
    await el.updateComplete;
    const saved = () => JSON.parse(localStorage.getItem(progressKey(routine))!);
    expect(saved().done).to.deep.equal({});
    buttonByText(el, 'Undo').click();
    await el.updateComplete;
    expect(saved().done).to.deep.equal({ [routine.exercises[0]!.id]: 3 });
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Progress restored.',
    );
    const timer = el.shadowRoot!.querySelector('set-timer')!;
    expect(timer.completed, 'the timer carries on after the restored sets').to.equal(3);
    expect(() => buttonByText(el, 'Undo')).to.throw();
  });

  it('after Start again and Undo, focus is on the summary that came back', async () => {
    const el = await create();
    await completeSetSides(el, 1);
    buttonByText(el, 'Finish workout').click();
    await el.updateComplete;
    buttonByText(el, 'Start again').focus();
    buttonByText(el, 'Start again').click();
    await el.updateComplete;
    buttonByText(el, 'Undo').click();
    await el.updateComplete;
    await Promise.resolve();
    const summary = part(el, 'summary');
    expect(summary, 'the summary is back').to.not.be.null;
    expect(el.shadowRoot!.activeElement === summary, 'focus on it').to.be.true;
  });

  it('offers Undo until the next set, not after', async () => {
    const el = await create();
    await completeSetSides(el, 1);
    buttonByText(el, 'Reset progress').click();
    await el.updateComplete;
    expect(buttonByText(el, 'Undo')).to.exist;
    await completeSetSides(el, 1);
    await el.updateComplete;
    expect(() => buttonByText(el, 'Undo')).to.throw();
  });

  it('keeps progress across a re-created element, and reset clears it', async () => {
    const first = await create();
    await completeSetSides(first, 2);
    buttonByText(first, 'Up next').click();
    await first.updateComplete;
    first.remove();

    const second = await create();
    const list = second.shadowRoot!.querySelector('routine-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.item .count')!.textContent!.trim()).to.equal(
      '1 of 3 sets',
    );
    expect(second.shadowRoot!.querySelector('exercise-card')!.exercise!.id).to.equal(
      routine.exercises[prerendered ? 0 : 1]!.id,
    );

    const resets = recordEvents(second, 'routine-reset');
    buttonByText(second, 'Reset progress').click();
    await second.updateComplete;
    expect(resets).to.have.length(1);
    expect(second.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Progress cleared.',
    );
    expect(buttonByText(second, 'Undo'), 'an Undo beside the note').to.exist;
    // Stored as an empty, stamped record, so other tabs follow the reset.
    const saved = JSON.parse(localStorage.getItem(progressKey(routine))!);
    expect(saved.done).to.deep.equal({});
    expect(saved.resetAt).to.be.a('number');
    expect(second.shadowRoot!.querySelector('exercise-card')!.exercise!.id).to.equal(
      routine.exercises[0]!.id,
    );
  });

  it('resumes the timer at the next set after a reload, and a reset restarts it', async () => {
    const first = await create();
    await completeSetSides(first, 2);
    first.remove();
    const second = await create();
    const timer = second.shadowRoot!.querySelector('set-timer')!;
    await timer.updateComplete;
    const status = () => timer.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    expect(status()).to.include('Set 2 of 3');
    buttonByText(second, 'Reset progress').click();
    await second.updateComplete;
    const fresh = second.shadowRoot!.querySelector('set-timer')!;
    await fresh.updateComplete;
    expect(fresh).to.not.equal(timer);
    expect(fresh.shadowRoot!.querySelector('[part="status"]')!.textContent).to.include(
      'Set 1 of 3',
    );
  });

  it('saves nothing with no-persist', async () => {
    const el = await create();
    el.toggleAttribute('no-persist', true);
    await el.updateComplete;
    await completeSetSides(el, 1);
    await el.updateComplete;
    expect(localStorage.getItem(progressKey(routine))).to.be.null;
  });

  it('works on without saving, and says so, when storage throws', async () => {
    const restore = breakStorage();
    try {
      const el = await create();
      expect(part(el, 'status')!.textContent).to.include('not saved');
      await completeSetSides(el, 2);
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector('routine-list')!;
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('.item .count')!.textContent!.trim()).to.equal(
        '1 of 3 sets',
      );
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('starts afresh, with a warning and a note, when saved progress is corrupt', async () => {
    localStorage.setItem(progressKey(routine), '{"done": "lots"}');
    const warn = spyOnConsole('warn');
    try {
      const el = await create();
      expect(part(el, 'status')!.textContent).to.include('could not be read');
      expect(warn.calls.join('\n')).to.include('saved progress');
      expect(el.shadowRoot!.querySelector('exercise-card')!.exercise!.id).to.equal(
        routine.exercises[0]!.id,
      );
    } finally {
      warn.restore();
    }
  });

  it('attaches media to exercises by id, and reports unknown ids', async () => {
    const el = await create();
    el.media = {
      [routine.exercises[0]!.id]: {
        kind: 'image',
        url: '/test/fixtures/pixel.svg',
        alt: 'End position',
      },
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('exercise-card')!.exercise!.media!.alt).to.equal(
      'End position',
    );
    const error = spyOnConsole('error');
    try {
      el.media = { 'wall-sit': { kind: 'image', url: '/x.png', alt: 'x' } };
      await el.updateComplete;
      expect(error.calls.join('\n')).to.include('unknown exercise id "wall-sit"');
      expect(el.shadowRoot!.querySelector('exercise-card')!.exercise!.media).to.be.undefined;
    } finally {
      error.restore();
    }
  });

  it('follows the theme attribute, down to the elements inside, under publisher colours', async () => {
    const el = await create();
    const card = el.shadowRoot!.querySelector('exercise-card')!;
    const surface = (target: Element) =>
      getComputedStyle(target).getPropertyValue('--_routine-surface').trim();
    el.setAttribute('theme', 'dark');
    el.style.setProperty('--routine-accent', 'rgb(255, 170, 210)');
    await el.updateComplete;
    await card.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(surface(card)).to.equal('#16191d');
    const button = card.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).borderColor).to.equal('rgb(255, 170, 210)');
    await expect(el).to.be.accessible();
  });
}

export { fixture, html };
