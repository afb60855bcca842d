// The built-in routine played through in the workout view, on a phone-sized page, with real
// clicks on the widget's own buttons; a fake clock stands in for the minutes of rests and holds.
import { expect } from '@open-wc/testing';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import { FakeClock } from '../timer/fake-clock.js';
import {
  PAGES,
  PHONE,
  closeHosts,
  openHost,
  problems,
  settle,
  shadowOf,
  whenCodeLoaded,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

/** The smallest phone the widget is laid out for. */
const SMALL_PHONE = { width: 320, height: 640 };

type Timer = HTMLElement & { clock: unknown; updateComplete: Promise<boolean> };

async function addWidget(host: Host, painCheck: boolean): Promise<HTMLElement> {
  await whenRendered(host);
  const el = host.doc.createElement('runner-knee-routine');
  el.toggleAttribute('no-persist', true);
  el.toggleAttribute('no-pain-check', !painCheck);
  host.doc.querySelector('#article')!.append(el);
  await settle(host);
  return el;
}

/** Seconds left on the timer's face (mm:ss), or undefined for a rep count. */
function secondsShown(timer: Timer): number | undefined {
  const text = shadowOf(timer).querySelector('[part~="display"]')!.textContent!.trim();
  const match = /^(\d+):(\d\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

describe('embedding: the workout view on a phone', () => {
  afterEach(() => closeHosts());

  for (const size of [PHONE, SMALL_PHONE]) {
    it(`plays the built-in routine in 23 taps at ${size.width} × ${size.height}, the primary button fixed, nothing to scroll`, async function () {
      await playThrough(this, size, []);
    });
  }

  // The check-in on entering, before the first set, then a rating or Skip after each exercise
  // (the last one in the summary): 4 eases off, so the easier versions' line shows from the
  // second exercise on. 23 taps without the check, one more per answer: 29.
  const ANSWERS = ['2', '4', 'Skip', '1', 'Skip', '2'];
  for (const size of [PHONE, SMALL_PHONE]) {
    it(`plays it with the knee check in 29 taps at ${size.width} × ${size.height}, the check in the timer's place, nothing to scroll`, async function () {
      const lines = await playThrough(this, size, [...ANSWERS]);
      expect(lines, 'what the check said').to.include('Good — keep going.');
      expect(lines, 'the easier version given').to.include('Easier option: ');
    });
  }
});

/**
 * Answers what the knee check asks, if it asks, with the next of `answers` (a rating or
 * Skip): the button tapped, or undefined when nothing is asked.
 */
function kneeAnswer(root: ShadowRoot, answers: string[]): HTMLButtonElement | undefined {
  const panel = root.querySelector('[part~="knee-check"]');
  const buttons = [...(panel?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  if (!buttons.some((button) => button.textContent!.trim() === 'Skip')) return undefined;
  const answer = answers.shift();
  const button = buttons.find((b) => b.textContent!.trim() === answer);
  if (!button) throw new Error(`the knee check asks, and ${answer} is not an answer`);
  return button;
}

async function playThrough(
  test: Mocha.Context,
  size: { width: number; height: number },
  answers: string[],
): Promise<string> {
  test.timeout(60_000);
  const host = await openHost(`${PAGES}/blank.html`, size);
  const painCheck = answers.length > 0;
  const expectedAnswers = answers.length;
  const widget = await addWidget(host, painCheck);
  const root = shadowOf(widget);
  const completes: Event[] = [];
  widget.addEventListener('routine-complete', (event) => completes.push(event));
  let taps = 0;
  const tap = (button: HTMLElement) => {
    button.click();
    taps++;
  };

  // As after the prefetch when the browser is idle: the taps below need no network.
  await whenCodeLoaded(host);
  // The way in is on the widget's first screen.
  const start = root.querySelector<HTMLButtonElement>('[part~="start"]')!;
  const fromTop = start.getBoundingClientRect().top - widget.getBoundingClientRect().top;
  expect(fromTop, 'Start workout near the top').to.be.below(size.height / 2);
  tap(start);
  await settle(host);
  const frame = root.querySelector<HTMLElement>('[part="frame"]')!;
  expect(frame.getBoundingClientRect()).to.deep.include({ top: 0, left: 0 });
  expect(frame.getBoundingClientRect().height).to.equal(host.win.innerHeight);

  const clock = new FakeClock();
  const placements = new Set<string>();
  const overflows: string[] = [];
  const lines = new Set<string>();
  for (let step = 0; step < 500 && !root.querySelector('[part~="summary"]'); step++) {
    const scrolls = () => frame.scrollHeight > frame.clientHeight + 1;
    // The knee check's lines above the timer (what it said, the easier version given).
    root.querySelectorAll('.knee-line').forEach((line) => lines.add(line.textContent!.trim()));
    const first = answers.length === expectedAnswers;
    const answer = kneeAnswer(root, answers);
    if (answer && first) {
      expect(taps, 'the check-in on entering, before any set').to.equal(1);
      const asked = root.querySelector('[part~="knee-check"]')!.textContent!;
      expect(asked).to.include('How does your knee feel right now?');
    }
    if (answer) {
      if (scrolls()) overflows.push('knee check: taller');
      if (frame.scrollWidth > frame.clientWidth + 1) overflows.push('knee check: wider');
      tap(answer);
      await settle(host);
      continue;
    }
    const timer = root.querySelector<Timer>('set-timer')!;
    if (timer.clock !== clock) {
      timer.clock = clock; // a fresh, idle timer: nothing lost
      await timer.updateComplete;
    }
    const primary = shadowOf(timer).querySelector<HTMLButtonElement>('[data-action="primary"]')!;
    const box = primary.getBoundingClientRect();
    placements.add(`${Math.round(box.top)}:${Math.round(box.height)}`);
    const label = primary.textContent!.trim();
    if (scrolls()) overflows.push(`${label}: taller`);
    if (frame.scrollWidth > frame.clientWidth + 1) overflows.push(`${label}: wider`);
    const phase = shadowOf(timer).querySelector('[part~="phase"]')!.textContent!.trim();
    // A rep set waits for Done, a hold for its start; rests, countdowns and holds run alone.
    if (/^(Ready|Work)\b/.test(phase)) tap(primary);
    else {
      clock.advance((secondsShown(timer) ?? 1) * 1000);
      host.doc.dispatchEvent(new Event('visibilitychange'));
    }
    await settle(host);
  }

  expect(root.querySelector('[part~="summary"]'), 'finished').to.not.be.null;
  // The last exercise's rating, in the summary.
  const last = kneeAnswer(root, answers);
  if (last) tap(last);
  expect(answers, 'every answer given').to.deep.equal([]);
  expect(completes).to.have.length(1);
  const sides = runnersKneeRoutine.exercises.map(
    (e) => e.prescription.sets * (e.prescription.perSide ? 2 : 1),
  );
  expect(sides.reduce((a, b) => a + b)).to.equal(25);
  expect(taps, 'Start, one per rep set-side, one per hold exercise, one per answer').to.equal(
    23 + expectedAnswers,
  );
  expect(overflows, 'states where the view had to scroll').to.deep.equal([]);
  expect([...placements], 'the primary button never moves').to.have.length(1);
  const [top, height] = [...placements][0]!.split(':').map(Number) as [number, number];
  expect(height).to.be.at.least(64);
  expect(top + height, 'in the thumb zone').to.be.above(host.win.innerHeight - 100);
  expect(problems(host)).to.deep.equal([]);
  return [...lines].join('\n');
}
