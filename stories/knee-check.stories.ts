import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/runner-knee-routine.js';
import { RunnerKneeRoutine } from '../src/components/runner-knee-routine/runner-knee-routine.js';
import { runnersKneeRoutine as builtIn } from '../src/data/runners-knee-routine.js';
import { HISTORY_KEY } from '../src/knee-check/history-storage.js';
import type { SessionRecord } from '../src/knee-check/session-history.js';
import { progressKey } from '../src/progress/progress-storage.js';
import { THEMES, type Theme } from '../src/data/display-options.js';

interface Args {
  theme: Theme;
}

const DAY = 86_400_000;

function routineIn(canvas: HTMLElement): RunnerKneeRoutine {
  return canvas.querySelector('runner-knee-routine')!;
}

/** The knee check's text as shown, or '' when it shows nothing. */
function kneeText(routine: RunnerKneeRoutine): string {
  return routine.shadowRoot!.querySelector('[part~="knee-check"]')?.textContent ?? '';
}

async function settled(routine: RunnerKneeRoutine): Promise<void> {
  await routine.updateComplete;
  await routine.shadowRoot!.querySelector('set-timer')?.updateComplete;
  await routine.updateComplete;
}

/** Clicks the widget's own button labelled `label` (in the routine, or its timer's). */
async function click(routine: RunnerKneeRoutine, label: string): Promise<void> {
  await settled(routine);
  const timer = routine.shadowRoot!.querySelector('set-timer');
  const buttons = [
    ...routine.shadowRoot!.querySelectorAll('button'),
    ...(timer?.shadowRoot?.querySelectorAll('button') ?? []),
  ];
  const button = buttons.find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`No button labelled ${label}`);
  button.click();
  await settled(routine);
}

/** Taps the timer's primary button until the check asks about the exercise just done. */
async function untilRating(routine: RunnerKneeRoutine): Promise<void> {
  for (let taps = 0; taps < 40; taps++) {
    if (kneeText(routine).includes('How much did your knee hurt')) return;
    const timer = routine.shadowRoot!.querySelector('set-timer')!;
    timer.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="primary"]')!.click();
    await settled(routine);
  }
  throw new Error('No rating asked within 40 taps');
}

/** The knee check's states on the page, each reached with the reader's own taps. */
const reach = {
  /** The first set done: the check-in (in the workout view it comes on Start workout). */
  checkIn: async (routine: RunnerKneeRoutine) => {
    await RunnerKneeRoutine.preload(); // the check's code, as after the idle prefetch
    await click(routine, 'Done');
  },
  /** The check-in skipped, the first exercise done: how much did it hurt? */
  rating: async (routine: RunnerKneeRoutine) => {
    await reach.checkIn(routine);
    await click(routine, 'Skip');
    await untilRating(routine);
  },
  /** A rating of 1: carry on. */
  carryOn: async (routine: RunnerKneeRoutine) => {
    await reach.rating(routine);
    await click(routine, '1');
  },
  /** A rating of 4: the easier versions from the next exercise on, reversible. */
  easier: async (routine: RunnerKneeRoutine) => {
    await reach.rating(routine);
    await click(routine, '4');
  },
  /** A rating of 7: stop here, progress kept. */
  stop: async (routine: RunnerKneeRoutine) => {
    await reach.rating(routine);
    await click(routine, '7');
  },
  /** Continue anyway, tapped once: it asks again before carrying on. */
  continueAnyway: async (routine: RunnerKneeRoutine) => {
    await reach.stop(routine);
    await click(routine, 'Continue anyway');
  },
  /** One set, the check-in skipped, then Finish: the summary with the history. */
  summary: async (routine: RunnerKneeRoutine) => {
    await reach.checkIn(routine);
    await click(routine, 'Skip');
    await click(routine, 'Finish workout');
  },
  /** The summary's Delete history, confirmed: nothing kept, the empty history. */
  emptyHistory: async (routine: RunnerKneeRoutine) => {
    await reach.summary(routine);
    await click(routine, 'Delete history');
    await click(routine, 'Yes, delete');
  },
} satisfies Record<string, (routine: RunnerKneeRoutine) => Promise<void>>;
type State = keyof typeof reach;

/** Sessions over the last seven weeks, with their highest pain, as a reader's device keeps them. */
function pastSessions(now: number): SessionRecord[] {
  const daysAgo = [47, 44, 40, 33, 30, 26, 19, 16, 12, 9, 5, 2];
  const highest = [5, 4, 6, 3, 4, 2, 3, 1, 2, 0, 1, 1];
  return daysAgo.map((days, i) => ({
    id: `${builtIn.id}:${now - days * DAY}`,
    routineId: builtIn.id,
    date: new Date(now - days * DAY).toISOString(),
    sets: { [builtIn.exercises[0]!.id]: 3 },
    variants: {},
    pain: { [builtIn.exercises[0]!.id]: highest[i]! },
  }));
}

/** Clears what the stories that keep data stored: progress and the knee history. */
function clearStored(): void {
  localStorage.removeItem(progressKey(builtIn));
  localStorage.removeItem(HISTORY_KEY);
}

const meta: Meta<Args> = {
  title: 'Elements/Knee check',
  component: 'runner-knee-routine',
  argTypes: { theme: { control: 'inline-radio', options: THEMES } },
  args: { theme: 'light' },
  parameters: {
    docs: {
      description: {
        component:
          'The knee check of `<runner-knee-routine>` and `<exercise-routine>` (part `knee-check`, ' +
          'and `history` in the summary): a check-in before the first set, a 0–10 rating after ' +
          'each exercise, and what the rules make of it. Each story reaches its state on the ' +
          "page with the reader's own taps; in the workout view a question takes the timer's " +
          'place. `no-pain-check` turns it off.',
      },
      story: { inline: false, height: '900px' },
    },
  },
  render: ({ theme }) =>
    html`<runner-knee-routine no-persist no-sound no-vibrate theme=${theme}></runner-knee-routine>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A story of the check in `state`, reached by taps; the check itself scrolled into view. */
function inState(state: State, theme: Args['theme'] = 'light'): Story {
  return {
    args: { theme },
    play: async ({ canvasElement }) => {
      const routine = routineIn(canvasElement);
      await settled(routine);
      await reach[state](routine);
      const shown = routine.shadowRoot!.querySelector('[part~="knee-check"], [part~="history"]');
      shown?.scrollIntoView({ block: 'center' });
    },
  };
}

/** The history stories keep data on the device, and clear it afterwards. */
function stored(story: Story, seed: () => void): Story {
  return {
    ...story,
    render: ({ theme }) =>
      html`<runner-knee-routine no-sound no-vibrate theme=${theme}></runner-knee-routine>`,
    beforeEach: () => {
      clearStored();
      seed();
      return clearStored;
    },
  };
}

/** "How does your knee feel right now?": eleven ratings, one tap to skip. */
export const CheckIn = inState('checkIn');
export const CheckInDark = inState('checkIn', 'dark');

/** After an exercise: how much did it hurt? 0 no pain to 10 worst imaginable. */
export const Rating = inState('rating');
export const RatingDark = inState('rating', 'dark');

/** 0–2: "Good — keep going." */
export const CarryOn = inState('carryOn');

/** 3–5: the easier versions for the remaining exercises, reversible, and a check tomorrow. */
export const Easier = inState('easier');
export const EasierDark = inState('easier', 'dark');

/** 6 or more (or 3 above the check-in): stop here, see a professional if it persists. */
export const Stop = inState('stop');
export const StopDark = inState('stop', 'dark');

/** Continue anyway, tapped once: a second, deliberate tap carries on. */
export const ContinueAnyway = inState('continueAnyway');

/** The summary's chart of the last 8 weeks: sessions per week and the highest pain of each. */
export const HistoryChart = stored(inState('summary'), () =>
  localStorage.setItem(HISTORY_KEY, JSON.stringify(pastSessions(Date.now()))),
);
export const HistoryChartDark = stored(inState('summary', 'dark'), () =>
  localStorage.setItem(HISTORY_KEY, JSON.stringify(pastSessions(Date.now()))),
);

/** The history deleted (asked once): nothing kept on the device. */
export const EmptyHistory = stored(inState('emptyHistory'), () => undefined);
