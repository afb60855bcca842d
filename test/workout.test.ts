import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { ExerciseRoutine } from '../src/components/exercise-routine/exercise-routine.js';
import type { SetTimer } from '../src/components/set-timer/set-timer.js';
import '../src/define.js';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { progressKey } from '../src/progress/progress-storage.js';
import { HISTORY_KEY } from '../src/knee-check/history-storage.js';
import type { SessionRecord } from '../src/knee-check/session-history.js';
import { buttonByText, completeSetSides, part } from './helpers/routine-element-suite.js';
import { deepActiveElement } from './helpers/keyboard.js';
import { workoutViewChunk } from '../src/components/chunks.js';
import { codeNotYetLoaded } from './helpers/chunks.js';
import {
  FakeWakeLock,
  installFakeWakeLock,
  restoreVisibility,
  setVisibility,
} from './timer/fakes.js';

async function create(attrs = ''): Promise<ExerciseRoutine> {
  const el = await fixture<ExerciseRoutine>(
    html`<exercise-routine .routine=${routine} data-attrs=${attrs}></exercise-routine>`,
  );
  if (attrs.includes('no-persist')) el.toggleAttribute('no-persist', true);
  await el.updateComplete;
  return el;
}

function timerOf(el: ExerciseRoutine): SetTimer {
  return el.shadowRoot!.querySelector('set-timer')!;
}

function timerButton(el: ExerciseRoutine, action: string): HTMLButtonElement {
  return timerOf(el).shadowRoot!.querySelector(`[data-action="${action}"]`)!;
}

function phaseOf(el: ExerciseRoutine): string {
  return timerOf(el).shadowRoot!.querySelector('[part~="phase"]')!.textContent!.trim();
}

async function enterWorkout(el: ExerciseRoutine): Promise<void> {
  part(el, 'start')!.click();
  await el.updateComplete;
  await timerOf(el).updateComplete;
}

// The view's code, loaded on demand, is in before any test taps Start (but those below).
before(() => ExerciseRoutine.preload());

describe('<exercise-routine> workout view', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  });

  it('offers Start workout with the length, then Continue with the sets done', async () => {
    const el = await create();
    expect(part(el, 'start')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Start workout About 31 min · 5 exercises',
    );
    await completeSetSides(el, 2);
    await el.updateComplete;
    expect(part(el, 'start')!.textContent!.trim()).to.equal('Continue 1 of 16 sets done');
  });

  it('shows only the current exercise over the whole viewport, and puts the page back on exit', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    try {
      const el = await create();
      el.noPainCheck = true; // the view opens on the timer; with the check-in, see below
      part(el, 'start')!.focus();
      window.scrollTo(0, window.scrollY - 300);
      const scrolled = window.scrollY;
      await enterWorkout(el);
      expect(el.workout).to.be.true;
      expect(el.hasAttribute('workout')).to.be.true;
      const frame = part(el, 'frame')!;
      expect(frame.getAttribute('role')).to.equal('dialog');
      expect(frame.getAttribute('aria-modal')).to.equal('true');
      expect(frame.getAttribute('aria-label')).to.equal(`Workout: ${routine.title}`);
      const box = frame.getBoundingClientRect();
      expect([box.top, box.left, box.width, box.height]).to.deep.equal([
        0,
        0,
        document.documentElement.clientWidth,
        window.innerHeight,
      ]);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      expect(part(el, 'header'), 'no header').to.be.null;
      expect(part(el, 'list'), 'no list').to.be.null;
      expect(frame.textContent).to.include('Exercise 1 of 5');
      expect(timerOf(el).hasAttribute('large')).to.be.true;
      expect(timerButton(el, 'primary').getBoundingClientRect().height).to.be.at.least(64);
      expect(deepActiveElement()!.textContent!.trim(), 'focus on the exercise').to.equal(
        routine.exercises[0]!.name,
      );

      buttonByText(el, 'Exit workout').click();
      await el.updateComplete;
      await Promise.resolve(); // the restore runs once the view has re-rendered
      expect(el.workout).to.be.false;
      expect(el.hasAttribute('workout')).to.be.false;
      expect(document.documentElement.style.overflow).to.equal('');
      expect(window.scrollY).to.equal(scrolled);
      // (Compared as a boolean: a failed equality would print the whole page.)
      expect(deepActiveElement() === part(el, 'start'), 'focus back on Start').to.be.true;
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('keeps the timer running through entering and leaving the view', async () => {
    const el = await create();
    el.noPainCheck = true; // the timer shows at once: no check-in in its place
    await enterWorkout(el);
    timerButton(el, 'primary').click(); // set 1, left: done
    await timerOf(el).updateComplete;
    timerButton(el, 'primary').click(); // set 1, right: done; the rest runs
    await el.updateComplete;
    const timer = timerOf(el);
    expect(phaseOf(el)).to.equal('Rest');
    el.exitWorkout();
    await el.updateComplete;
    expect(timerOf(el) === timer, 'the same timer').to.be.true;
    expect(phaseOf(el)).to.equal('Rest');
  });

  it('answers Space or Enter with the primary action, P with pause, Escape with exit', async () => {
    const el = await create();
    el.noPainCheck = true; // the knee check's check-in, on entering, is tested below
    await enterWorkout(el);
    await sendKeys({ press: ' ' });
    await timerOf(el).updateComplete;
    expect(timerOf(el).shadowRoot!.querySelector('[part~="status"]')!.textContent).to.include(
      'right leg',
    );
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await timerOf(el).updateComplete;
    expect(phaseOf(el), 'Done on set 1, both sides').to.equal('Rest');
    await sendKeys({ press: 'p' });
    await timerOf(el).updateComplete;
    expect(phaseOf(el)).to.equal('Rest · Paused');
    await sendKeys({ press: 'p' });
    await timerOf(el).updateComplete;
    expect(phaseOf(el)).to.equal('Rest');
    await sendKeys({ press: 'Enter' });
    await timerOf(el).updateComplete;
    expect(phaseOf(el), 'Skip rest').to.equal('Work');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.workout).to.be.false;
  });

  it('asks the knee check-in on entering, before any set, in the timer’s place; Skip gives the first set’s timer', async () => {
    const el = await create();
    expect(part(el, 'knee-check') === null, 'nothing on the page before the reader starts').to.be
      .true;
    await enterWorkout(el);
    await waitUntil(() => part(el, 'knee-check'), 'the check-in on entering');
    expect(part(el, 'knee-check')!.textContent).to.include('How does your knee feel right now?');
    expect(timerOf(el).hidden, 'in the timer’s place').to.be.true;
    expect(localStorage.getItem(progressKey(routine)), 'no set done, no session').to.be.null;
    buttonByText(el, 'Skip').click();
    await el.updateComplete;
    expect(part(el, 'knee-check') === null, 'one tap skips').to.be.true;
    expect(timerOf(el).hidden, 'the timer back').to.be.false;
    expect(timerOf(el).shadowRoot!.textContent).to.include('Set 1 of');
    timerButton(el, 'primary').click(); // set 1, left: done; the session starts
    await el.updateComplete;
    await el.updateComplete;
    expect(part(el, 'knee-check') === null, 'not asked again after the first set').to.be.true;
  });

  it('keeps the check-in given on entering for the session the first set starts', async () => {
    const el = await create();
    await enterWorkout(el);
    await waitUntil(() => part(el, 'knee-check'), 'the check-in on entering');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')[3]!.click();
    await el.updateComplete;
    timerButton(el, 'primary').click(); // set 1, left: done; the session starts
    await el.updateComplete;
    await el.updateComplete;
    const history = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as SessionRecord[];
    expect(history).to.have.length(1);
    expect(history[0]).to.include({ checkIn: 3 });
  });

  it('puts the knee check-in in the timer’s place on entering, focused; one key answers, and the timer is back', async () => {
    const el = await create('no-persist');
    await enterWorkout(el);
    await waitUntil(() => timerOf(el).hidden, 'the check-in in the timer’s place');
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused?.getAttribute('role'), 'focus on the ratings').to.equal('radio');
    const frame = part(el, 'frame')!;
    expect(frame.scrollHeight <= frame.clientHeight + 1, 'nothing to scroll').to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' }); // 1: carry on
    // Firefox clicks a key's button a moment after the key: wait for the answer's render.
    await waitUntil(() => !timerOf(el).hidden, 'the timer back');
    await waitUntil(() => el.shadowRoot!.activeElement === timerOf(el), 'focus on the timer');
    await sendKeys({ press: ' ' }); // Done, set 1 left; the session starts
    await timerOf(el).updateComplete;
    await sendKeys({ press: ' ' }); // Done, set 1 right
    await timerOf(el).updateComplete;
    expect(phaseOf(el)).to.equal('Rest');
  });

  it('stops speech on exit, however the view is left', async () => {
    let cancels = 0;
    const speech = { speak: () => undefined, cancel: () => void cancels++ };
    const el = await create();
    el.speech = speech;
    await el.updateComplete;
    await enterWorkout(el);
    const before = cancels;
    el.exitWorkout();
    await el.updateComplete;
    expect(el.workout).to.be.false;
    expect(cancels - before, 'exit').to.be.at.least(1);
    await enterWorkout(el);
    const again = cancels;
    el.remove();
    expect(cancels - again, 'removal').to.be.at.least(1);
  });

  it('keeps focus inside the view: focus that lands on the page comes back to Exit', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'page';
    document.body.append(outside);
    try {
      const el = await create();
      await enterWorkout(el);
      outside.focus();
      await el.updateComplete;
      // The keeper moves focus back within a frame; a loaded machine may take a few.
      const onExit = () => deepActiveElement()?.textContent?.trim() === 'Exit workout';
      await waitUntil(onExit, 'focus back on Exit', { timeout: 2000 }).catch(() => undefined);
      expect(deepActiveElement()!.textContent!.trim()).to.equal('Exit workout');
    } finally {
      outside.remove();
    }
  });

  it('opens the how-to as a sheet over the timer, and closes it', async () => {
    const el = await create();
    await enterWorkout(el);
    buttonByText(el, 'How to do it').click();
    const sheet = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.sheet')!;
    expect(sheet.open).to.be.true;
    expect(sheet.matches(':modal')).to.be.true;
    expect(sheet.querySelector('exercise-card')!.exercise!.id).to.equal(routine.exercises[0]!.id);
    [...sheet.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Close')!.click();
    expect(sheet.open).to.be.false;
    // Keys inside the sheet are the sheet's: Escape closes it, not the workout view.
    buttonByText(el, 'How to do it').click();
    sheet.querySelector('exercise-card')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(sheet.open, 'sheet closed').to.be.false;
    expect(el.workout, 'still in the view').to.be.true;
    sheet.showModal();
    sheet.querySelector('exercise-card')!.focus();
    await sendKeys({ press: ' ' });
    await timerOf(el).updateComplete;
    expect(phaseOf(el), 'Space in the sheet does not reach the timer').to.equal('Ready');
  });

  it('loads the next exercise by itself after the last set, saying so', async () => {
    const el = await create();
    await enterWorkout(el);
    const sides = 6;
    await completeSetSides(el, sides);
    await el.updateComplete;
    expect(part(el, 'frame')!.textContent).to.include('Exercise 2 of 5');
    const note = part(el, 'status')!.textContent!;
    expect(note).to.include(`${routine.exercises[0]!.name}: done.`);
    expect(note).to.include(`Up next: ${routine.exercises[1]!.name}`);
    expect(buttonByText(el, 'Exit workout')).to.exist;
    expect(timerButton(el, 'primary').textContent!.trim()).to.equal('Start hold');
  });

  it('is accessible in the view, resting and finished', async function () {
    this.timeout(30_000);
    const el = await create();
    await enterWorkout(el);
    await expect(el).to.be.accessible();
    timerButton(el, 'primary').click();
    await timerOf(el).updateComplete;
    timerButton(el, 'primary').click();
    await el.updateComplete;
    expect(phaseOf(el)).to.equal('Rest');
    await expect(el).to.be.accessible();
  });

  it('keeps the screen awake while the view shows, timer running or not', async () => {
    const lock = new FakeWakeLock();
    const undo = installFakeWakeLock(lock);
    setVisibility('visible');
    try {
      const el = await create();
      await enterWorkout(el);
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(lock.held.size, 'held before any set starts').to.equal(1);
      el.exitWorkout();
      await el.updateComplete;
      expect(lock.held.size).to.equal(0);
    } finally {
      undo();
      restoreVisibility();
    }
  });

  it('puts back the page’s own overflow-x and overflow-y exactly', async () => {
    const { style } = document.documentElement;
    style.setProperty('overflow-x', 'hidden');
    try {
      const el = await create();
      await enterWorkout(el);
      expect(getComputedStyle(document.documentElement).overflowY).to.equal('hidden');
      el.exitWorkout();
      expect([style.overflowX, style.overflowY]).to.deep.equal(['hidden', '']);
    } finally {
      style.removeProperty('overflow-x');
    }
  });

  it('counts a double tap on the primary button once', async () => {
    const el = await create();
    const sets: Event[] = [];
    el.addEventListener('routine-set-complete', (event) => sets.push(event));
    await enterWorkout(el);
    const primary = timerButton(el, 'primary');
    primary.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    primary.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await el.updateComplete;
    expect(sets).to.have.length(1);
  });

  it('shows one view at a time: a second one closes the first', async () => {
    const [a, b] = [await create(), await create()];
    a.startWorkout();
    await a.updateComplete;
    b.startWorkout();
    await b.updateComplete;
    expect([a.workout, b.workout]).to.deep.equal([false, true]);
    b.exitWorkout();
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('leaves the view when its routine is replaced by an invalid one or another routine', async () => {
    const el = await create();
    await enterWorkout(el);
    el.routine = { ...routine }; // the same routine as a new object (a framework re-render)
    await el.updateComplete;
    expect(el.workout, 'same routine').to.be.true;
    el.routine = { bogus: 1 };
    await el.updateComplete;
    expect(el.workout, 'invalid routine').to.be.false;
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('leaves the view when the element is removed, unlocking the page', async () => {
    const el = await create();
    await enterWorkout(el);
    el.remove();
    expect(document.documentElement.style.overflow).to.equal('');
  });
});

describe('<exercise-routine> on the page', () => {
  beforeEach(() => localStorage.clear());

  it('shows Undo right by the actions row where Reset was tapped', async () => {
    const el = await create();
    await completeSetSides(el, 1);
    buttonByText(el, 'Reset progress').click();
    await el.updateComplete;
    const undo = buttonByText(el, 'Undo');
    const note = undo.closest('[part~="status"]')!;
    expect(note.nextElementSibling!.classList.contains('actions--routine')).to.be.true;
  });

  it('puts Start workout first when the header is hidden', async () => {
    const el = await create();
    el.noHeader = true;
    await el.updateComplete;
    expect(part(el, 'header')).to.be.null;
    const start = part(el, 'start')!;
    expect(part(el, 'frame')!.firstElementChild === start, 'first in the widget').to.be.true;
    start.click();
    await el.updateComplete;
    expect(el.workout).to.be.true;
    el.exitWorkout();
  });
});

describe('<exercise-routine> inline, after Up next', () => {
  beforeEach(() => localStorage.clear());

  it('focuses the new exercise and scrolls it to the top, not the next Up next', async () => {
    const el = await create();
    const next = buttonByText(el, 'Up next');
    next.focus();
    next.click();
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('exercise-card')!;
    // Focus moves once the new card has rendered; a loaded machine may take a few frames.
    await waitUntil(() => deepActiveElement() === card, 'focus on the new card', {
      timeout: 2000,
    }).catch(() => undefined);
    expect(card.exercise!.id).to.equal(routine.exercises[1]!.id);
    expect(deepActiveElement() === card, 'focus on the new card').to.be.true;
  });
});

describe('<exercise-routine> welcome back', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('after a reload mid-hold, says where the reader was; one tap on the timer restarts the set', async () => {
    const first = await create();
    first
      .shadowRoot!.querySelector('routine-list')!
      .dispatchEvent(
        new CustomEvent('routine-select', { detail: { exerciseId: 'spanish-squat' } }),
      );
    await first.updateComplete;
    timerButton(first, 'primary').click(); // Start hold: get ready, then the hold
    await first.updateComplete;
    expect(JSON.parse(localStorage.getItem(progressKey(routine))!).timing).to.include({
      exerciseId: 'spanish-squat',
    });
    first.remove();

    const second = await create();
    const note = part(second, 'status')!;
    expect(note.textContent).to.include('Welcome back — Spanish Squat, set 1 of 4.');
    const underContinue = note.previousElementSibling === part(second, 'start');
    expect(underContinue, 'right under Continue').to.be.true;
    expect(phaseOf(second)).to.equal('Ready');
    expect(timerButton(second, 'primary').textContent!.trim()).to.equal('Start hold');
    timerButton(second, 'primary').click();
    await second.updateComplete;
    await timerOf(second).updateComplete;
    expect(phaseOf(second)).to.equal('Get ready');
    expect(part(second, 'status')).to.be.null;
  });

  it('says nothing after a reload between sets of nothing running', async () => {
    const first = await create();
    await completeSetSides(first, 6); // the whole first exercise: no timer left running
    first.remove();
    const second = await create();
    expect(second.shadowRoot!.textContent).to.not.include('Welcome back');
  });
});

describe('<exercise-routine> workout view, its code loaded on demand', () => {
  let code: Awaited<ReturnType<typeof workoutViewChunk.load>>;
  before(async () => (code = await workoutViewChunk.load()));
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  it('opens once the code is in, and startWorkout() resolves then', async () => {
    const chunk = codeNotYetLoaded(workoutViewChunk, code);
    const el = await create();
    const opened = el.startWorkout();
    await el.updateComplete;
    expect(el.workout, 'not before the code is in').to.be.false;
    chunk.arrive();
    await opened;
    expect(el.workout).to.be.true;
    await el.updateComplete;
    expect(part(el, 'frame')!.textContent).to.include('Exercise 1 of 5');
  });

  it('says so, with Retry, when the code cannot load; Retry opens the view', async () => {
    const chunk = codeNotYetLoaded(workoutViewChunk, code);
    chunk.failing = true;
    const el = await create();
    part(el, 'start')!.click();
    await chunk.settled();
    await el.updateComplete;
    expect(el.workout).to.be.false;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('Part of the widget could not load');
    await expect(el).to.be.accessible();
    chunk.failing = false;
    buttonByText(el, 'Try again').click();
    chunk.arrive();
    await chunk.settled();
    await el.updateComplete;
    expect(el.workout).to.be.true;
    expect(part(el, 'error'), 'the message is gone').to.be.null;
  });
});
