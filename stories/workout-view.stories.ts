import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/runner-knee-routine.js';
import type { RunnerKneeRoutine } from '../src/components/runner-knee-routine/runner-knee-routine.js';
import type { SetTimer } from '../src/components/set-timer/set-timer.js';
import type { Clock } from '../src/timer/clock.js';
import { runnersKneeRoutine as builtIn } from '../src/data/runners-knee-routine.js';
import { progressKey } from '../src/progress/progress-storage.js';
import { emptyProgress } from '../src/progress/routine-progress.js';
import { recordThrough } from '../src/progress/progress-changes.js';
import { THEMES, type Theme } from '../src/data/display-options.js';

/**
 * The screens the workout view is shown on. The view is a fixed layer over the viewport; the
 * story's screen box (`.sb-screen`, in .storybook/preview-head.html) has layout containment,
 * which makes it the layer's containing block, so the layer fills the box, not the preview,
 * and every story stays checkable side by side in Docs. The viewport toolbar is set to the
 * same size, so the timer's viewport-relative digits match a real phone's.
 */
const SCREENS = {
  phone: { name: 'Phone 390 × 844', width: 390, height: 844 },
  narrow: { name: 'Narrow phone 320 × 640', width: 320, height: 640 },
} as const;
type Screen = keyof typeof SCREENS;

interface Args {
  theme: Theme;
  screen: Screen;
}

/** A clock that stands still until a story moves it, so a phase stays on screen to look at. */
class StillClock implements Clock {
  time = 0;
  now(): number {
    return this.time;
  }
}

function routineIn(canvas: HTMLElement): RunnerKneeRoutine {
  return canvas.querySelector('runner-knee-routine')!;
}

/** The routine's own timer (a new one for each exercise). */
function timerOf(routine: RunnerKneeRoutine): SetTimer {
  return routine.shadowRoot!.querySelector('set-timer')!;
}

async function settled(routine: RunnerKneeRoutine): Promise<void> {
  await routine.updateComplete;
  await timerOf(routine)?.updateComplete;
}

/** Opens the workout view through the element's public method, as the Start workout button does. */
async function startWorkout(canvas: HTMLElement): Promise<RunnerKneeRoutine> {
  const routine = routineIn(canvas);
  await routine.updateComplete;
  routine.startWorkout();
  await settled(routine);
  return routine;
}

/** Clicks the current timer's buttons in order, as a reader would (`primary`, `toggle`). */
async function press(routine: RunnerKneeRoutine, ...actions: string[]): Promise<void> {
  for (const action of actions) {
    await settled(routine);
    const timer = timerOf(routine);
    timer.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
    await settled(routine);
  }
}

/** Gives the current timer a still clock (a new clock resets it, so do it before any tap). */
async function stillClock(routine: RunnerKneeRoutine): Promise<StillClock> {
  const clock = new StillClock();
  timerOf(routine).clock = clock;
  await settled(routine);
  return clock;
}

/** Moves the still clock on and shows it at once (the timer would, at its next tick). */
async function advance(routine: RunnerKneeRoutine, clock: StillClock, ms: number): Promise<void> {
  clock.time += ms;
  timerOf(routine).requestUpdate();
  await settled(routine);
}

/**
 * Taps the primary button until the exercise on screen changes (or the routine is done):
 * the first exercise, Banded Terminal Knee Extension, is 3 × 2 sides of Done with two Skip
 * rests between.
 */
async function finishExercise(routine: RunnerKneeRoutine): Promise<void> {
  const first = timerOf(routine).exercise?.id;
  for (let taps = 0; taps < 40; taps++) {
    const timer = timerOf(routine);
    if (!timer || timer.exercise?.id !== first) return;
    await press(routine, 'primary');
  }
  throw new Error('The exercise did not finish within 40 taps');
}

/** Taps through every exercise until the summary shows. */
async function finishRoutine(routine: RunnerKneeRoutine): Promise<void> {
  for (let exercises = 0; timerOf(routine); exercises++) {
    if (exercises > 5) throw new Error('The routine did not finish');
    await finishExercise(routine);
  }
}

/** The phases the stories reach, each from the view's first exercise. */
const reach = {
  /** Exercise 1 of 5, a rep set: Done is the one tap. */
  ready: async () => undefined,
  /** Both sides of set 1 done; 10 s into the 30 s rest. */
  rest: async (routine: RunnerKneeRoutine) => {
    const clock = await stillClock(routine);
    await press(routine, 'primary', 'primary');
    await advance(routine, clock, 10_000);
  },
  /** The first exercise done: its note, and the Spanish squat loaded and waiting. */
  doneNote: async (routine: RunnerKneeRoutine) => {
    await stillClock(routine);
    await finishExercise(routine);
  },
  /** Spanish squat: Start hold tapped, 2 s into the 5 s get-ready. */
  getReady: async (routine: RunnerKneeRoutine) => {
    await finishExercise(routine);
    const clock = await stillClock(routine);
    await press(routine, 'primary');
    await advance(routine, clock, 2_000);
  },
  /** Spanish squat: 12 s into the first 30 s hold. */
  hold: async (routine: RunnerKneeRoutine) => {
    await finishExercise(routine);
    const clock = await stillClock(routine);
    await press(routine, 'primary', 'primary');
    await advance(routine, clock, 12_000);
  },
  /** Spanish squat: the hold paused at 18 s left. */
  paused: async (routine: RunnerKneeRoutine) => {
    await finishExercise(routine);
    const clock = await stillClock(routine);
    await press(routine, 'primary', 'primary');
    await advance(routine, clock, 12_000);
    await press(routine, 'toggle');
  },
  /** Every exercise done in the view: the summary, with Exit workout first. */
  complete: finishRoutine,
} satisfies Record<string, (routine: RunnerKneeRoutine) => Promise<void>>;
type Phase = keyof typeof reach;

const meta: Meta<Args> = {
  title: 'Elements/Workout view',
  component: 'runner-knee-routine',
  argTypes: {
    theme: { control: 'inline-radio', options: THEMES },
    screen: {
      control: 'inline-radio',
      options: Object.keys(SCREENS),
      description: 'The box the view fills (set the viewport toolbar to match).',
    },
  },
  args: { theme: 'light', screen: 'phone' },
  parameters: {
    layout: 'fullscreen',
    viewport: {
      options: Object.fromEntries(
        Object.entries(SCREENS).map(([key, { name, width, height }]) => [
          key,
          { name, type: 'mobile', styles: { width: `${width}px`, height: `${height}px` } },
        ]),
      ),
    },
    docs: {
      description: {
        component:
          'The workout view of `<runner-knee-routine>` and `<exercise-routine>`: Start workout in ' +
          'the header, or `startWorkout()`, shows the current exercise and its `<set-timer large>` ' +
          'alone over the whole screen (fullscreen where allowed), with one primary button at the ' +
          'bottom; the host carries a `workout` attribute meanwhile. Each story opens it with ' +
          "`startWorkout()` and reaches its phase by clicking the timer's own buttons, on a still " +
          'clock. Here each story is framed in a phone-sized box; the digits are sized from the ' +
          'viewport, so they are true to a phone only with the viewport toolbar set to the box. ' +
          'The knee check is off here (`no-pain-check`): its states are under Elements/Knee check.',
      },
      // Each story in its own frame: a view's fixed layer and scroll lock stay in it.
      story: { inline: false, height: `${SCREENS.phone.height}px` },
    },
  },
  globals: { viewport: { value: 'phone', isRotated: false } },
  render: ({ theme, screen }) =>
    html`<div
      class="sb-screen ${theme === 'dark' ? 'sb-screen--dark' : ''}"
      style="width:${SCREENS[screen].width}px;height:${SCREENS[screen].height}px"
    >
      <runner-knee-routine
        no-persist
        no-sound
        no-vibrate
        no-pain-check
        theme=${theme}
      ></runner-knee-routine>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A story of the view in `phase`: opened with `startWorkout()`, then the timer's buttons. */
function inPhase(phase: Phase, theme: Args['theme'] = 'light', screen: Screen = 'phone'): Story {
  const story: Story = {
    args: { theme, screen },
    play: async ({ canvasElement }) => {
      const routine = await startWorkout(canvasElement);
      await reach[phase](routine);
    },
  };
  if (screen === 'phone') return story;
  return {
    ...story,
    globals: { viewport: { value: screen, isRotated: false } },
    parameters: { docs: { story: { inline: false, height: `${SCREENS[screen].height}px` } } },
  };
}

/** Just opened on the first exercise, a rep set: Done is the one tap, even before any timer. */
export const Ready = inPhase('ready');
export const ReadyDark = inPhase('ready', 'dark');
export const ReadyNarrow = inPhase('ready', 'light', 'narrow');

/** Both sides of set 1 done: the rest runs by itself; the primary button skips it. */
export const Rest = inPhase('rest');
export const RestDark = inPhase('rest', 'dark');
export const RestNarrow = inPhase('rest', 'light', 'narrow');

/** Start hold tapped on the Spanish squat: the 5 s get-ready; the primary button skips it. */
export const GetReady = inPhase('getReady');
export const GetReadyDark = inPhase('getReady', 'dark');
export const GetReadyNarrow = inPhase('getReady', 'light', 'narrow');

/** A 30 s hold running; the primary button ends it early (Done). */
export const Hold = inPhase('hold');
export const HoldDark = inPhase('hold', 'dark');
export const HoldNarrow = inPhase('hold', 'light', 'narrow');

/** The hold paused (P, or the Pause button): Resume takes its place; Done still ends the set. */
export const Paused = inPhase('paused');
export const PausedDark = inPhase('paused', 'dark');
export const PausedNarrow = inPhase('paused', 'light', 'narrow');

/** The first exercise done: its note, and the next exercise loaded by itself, no tap needed. */
export const DoneNote = inPhase('doneNote');
export const DoneNoteDark = inPhase('doneNote', 'dark');
export const DoneNoteNarrow = inPhase('doneNote', 'light', 'narrow');

/** Every exercise done in the view: the summary, with Exit workout as the primary action. */
export const Complete = inPhase('complete');
export const CompleteDark = inPhase('complete', 'dark');
export const CompleteNarrow = inPhase('complete', 'light', 'narrow');

/**
 * Reloaded during the Spanish squat's second hold (saved progress with a `timing` field),
 * then Continue: the view opens on "Welcome back", and the timer's Start hold restarts that hold.
 * Saves progress, unlike the stories above, and clears it afterwards.
 */
export const WelcomeBack: Story = {
  render: ({ theme, screen }) =>
    html`<div
      class="sb-screen"
      style="width:${SCREENS[screen].width}px;height:${SCREENS[screen].height}px"
    >
      <runner-knee-routine no-sound no-vibrate no-pain-check theme=${theme}></runner-knee-routine>
    </div>`,
  beforeEach: () => {
    const [tke, squat] = builtIn.exercises;
    const done = recordThrough(recordThrough(emptyProgress(builtIn), tke!, 99, 0), squat!, 1, 0);
    const saved = {
      ...done,
      currentId: squat!.id,
      startedAt: Date.now() - 6 * 60_000,
      timing: { exerciseId: squat!.id, since: Date.now() - 20_000 },
    };
    localStorage.setItem(progressKey(builtIn), JSON.stringify(saved));
    return () => localStorage.removeItem(progressKey(builtIn));
  },
  play: async ({ canvasElement }) => {
    await startWorkout(canvasElement);
  },
};
