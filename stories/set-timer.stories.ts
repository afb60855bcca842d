import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/set-timer.js';
import type { SetTimer } from '../src/components/set-timer/set-timer.js';
import type { Exercise, Prescription } from '../src/data/types.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import type { Clock } from '../src/timer/clock.js';

const exercises = runnersKneeRoutine.exercises;
const byId = Object.fromEntries(exercises.map((exercise) => [exercise.id, exercise]));
const tke = byId['terminal-knee-extension']!;
const spanishSquat = byId['spanish-squat']!;
const reverseNordic = byId['reverse-nordic-curl']!;

function withPrescription(base: Exercise, changes: Partial<Prescription>): Exercise {
  return { ...base, prescription: { ...base.prescription, ...changes } };
}

/** Extra shapes the built-in routine does not have. */
const shapes: Record<string, Exercise> = {
  'one set (reps)': withPrescription(reverseNordic, { sets: 1 }),
  'no rest (reps)': withPrescription(reverseNordic, { sets: 2, restSeconds: 0 }),
  'per side holds': withPrescription(spanishSquat, { sets: 2, perSide: true, restSeconds: 20 }),
};
const choices: Record<string, Exercise> = { ...byId, ...shapes };

/** A clock that stands still until a story moves it, so a phase stays on screen to look at. */
class StillClock implements Clock {
  time = 0;
  now(): number {
    return this.time;
  }
}

interface Args {
  exercise: string;
  timeScale: number;
  noSound: boolean;
  noVibrate: boolean;
  theme: 'auto' | 'light' | 'dark';
  headingLevel: string;
}

function timerIn(canvas: HTMLElement): SetTimer {
  return canvas.querySelector('set-timer')!;
}

/** Clicks the timer's buttons in order, as a reader would. */
async function press(canvas: HTMLElement, ...actions: string[]): Promise<void> {
  const timer = timerIn(canvas);
  await timer.updateComplete;
  for (const action of actions) {
    timer.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
    await timer.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Elements/set-timer',
  component: 'set-timer',
  argTypes: {
    exercise: { control: 'select', options: Object.keys(choices) },
    timeScale: { control: { type: 'number', min: 0.5, max: 60, step: 0.5 }, name: 'time-scale' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { name: 'heading-level (empty: no heading)' },
  },
  args: {
    exercise: tke.id,
    timeScale: 1,
    noSound: false,
    noVibrate: false,
    theme: 'light',
    headingLevel: '',
  },
  render: (args) =>
    html`<set-timer
      .exercise=${choices[args.exercise]}
      time-scale=${args.timeScale}
      ?no-sound=${args.noSound}
      ?no-vibrate=${args.noVibrate}
      theme=${args.theme}
      heading-level=${args.headingLevel || nothing}
    ></set-timer>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A still clock with the exercise, then the reader's taps: shows one phase, held. */
function phase(exercise: Exercise, actions: string[], advanceMs = 0): Story {
  const clock = new StillClock();
  return {
    render: (args) =>
      html`<set-timer
        .exercise=${exercise}
        .clock=${clock}
        theme=${args.theme}
        no-sound
      ></set-timer>`,
    play: async ({ canvasElement }) => {
      clock.time = 0;
      await press(canvasElement, ...actions);
      clock.time = advanceMs; // shown on the next tick, within a second
    },
  };
}

// Prescription shapes, ready to start with the real clock.
export const RepsPerSide: Story = {};
export const Holds: Story = { args: { exercise: spanishSquat.id } };
export const PerSideHolds: Story = { args: { exercise: 'per side holds' } };
export const OneSet: Story = { args: { exercise: 'one set (reps)' } };
export const NoRest: Story = { args: { exercise: 'no rest (reps)' } };

/** The whole Spanish squat (4 × 30 s holds, 60 s rests: 5 min 20 s) in 16 seconds. */
export const Fast: Story = {
  args: { exercise: spanishSquat.id, timeScale: 20, noSound: true },
  play: ({ canvasElement }) => press(canvasElement, 'toggle'),
};
/** Per-side holds at 20×, with sound: press Start to hear the 3-2-1 beeps and phase tones. */
export const FastWithSound: Story = { args: { exercise: 'per side holds', timeScale: 20 } };

// One story per phase, on a still clock.
export const PhaseIdle = phase(spanishSquat, []);
export const PhaseGetReady = phase(spanishSquat, ['toggle']);
export const PhaseHold = phase(spanishSquat, ['toggle', 'advance'], 12_000);
export const PhaseWork = phase(tke, ['toggle']);
export const PhaseRest = phase(tke, ['toggle', 'advance', 'advance'], 10_000);
export const PhasePaused = phase(spanishSquat, ['toggle', 'advance', 'toggle']);
export const PhaseDone = phase(shapes['one set (reps)']!, ['toggle', 'advance']);

export const Dark: Story = {
  args: { theme: 'dark', exercise: spanishSquat.id, headingLevel: '3' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0d1117;padding:16px">${story()}</div>`],
};
export const WithHeading: Story = { args: { headingLevel: '3' } };
export const InvalidData: Story = {
  render: () => html`<set-timer .exercise=${withPrescription(tke, { sets: 0 })}></set-timer>`,
};
