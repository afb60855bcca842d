import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/set-timer.js';
import type { SetTimer } from '../src/components/set-timer/set-timer.js';
import type { Exercise, Prescription } from '../src/data/types.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import type { Clock } from '../src/timer/clock.js';
import { THEMES, type Theme } from '../src/data/display-options.js';

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
  theme: Theme;
  headingLevel: string;
  large: boolean;
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
    theme: { control: 'inline-radio', options: THEMES },
    headingLevel: { name: 'heading-level (empty: no heading)' },
    large: { description: 'Big digits, the primary button at least 64 px tall at the bottom.' },
  },
  args: {
    exercise: tke.id,
    timeScale: 1,
    noSound: false,
    noVibrate: false,
    theme: 'light',
    headingLevel: '',
    large: false,
  },
  render: (args) =>
    html`<set-timer
      .exercise=${choices[args.exercise]}
      time-scale=${args.timeScale}
      ?no-sound=${args.noSound}
      ?no-vibrate=${args.noVibrate}
      theme=${args.theme}
      heading-level=${args.headingLevel || nothing}
      ?large=${args.large}
    ></set-timer>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A still clock with the exercise, then the reader's taps on the timer's buttons (`primary`:
 * Done, Start hold, Skip rest or Skip countdown; `toggle`: Pause or Resume): shows one phase,
 * held. Then the clock moves on `advanceMs`, so a hold or rest shows time gone, and the taps
 * in `after` follow (a pause, say).
 */
function phase(exercise: Exercise, actions: string[], advanceMs = 0, after: string[] = []): Story {
  const clock = new StillClock();
  return {
    render: (args) =>
      html`<set-timer
        .exercise=${exercise}
        .clock=${clock}
        theme=${args.theme}
        ?large=${args.large}
        no-sound
      ></set-timer>`,
    play: async ({ canvasElement }) => {
      clock.time = 0;
      await press(canvasElement, ...actions);
      clock.time = advanceMs;
      timerIn(canvasElement).requestUpdate(); // shows the moved clock now, not at the next tick
      await press(canvasElement, ...after);
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
  play: ({ canvasElement }) => press(canvasElement, 'primary'),
};
/** Per-side holds at 20×, with sound: press Start hold to hear the 3-2-1 beeps and phase tones. */
export const FastWithSound: Story = { args: { exercise: 'per side holds', timeScale: 20 } };

// One story per phase, on a still clock.
/** Before the first tap: a hold's primary button says Start hold. */
export const PhaseIdle = phase(spanishSquat, []);
/** A rep set before the first tap: Done at once, no Start needed. */
export const PhaseIdleReps = phase(tke, []);
export const PhaseGetReady = phase(spanishSquat, ['primary'], 2_000);
export const PhaseHold = phase(spanishSquat, ['primary', 'primary'], 12_000);
/** Set 1, left leg, done from idle with one tap: the right leg's set waits for Done. */
export const PhaseWork = phase(tke, ['primary']);
export const PhaseRest = phase(tke, ['primary', 'primary'], 10_000);
export const PhasePaused = phase(spanishSquat, ['primary', 'primary'], 12_000, ['toggle']);
export const PhaseDone = phase(shapes['one set (reps)']!, ['primary']);

/**
 * The `large` layout of the routine's workout view: big digits, Pause and the rest above, and
 * the primary button (at least 64 px tall) at the bottom, within the thumb's reach. It fills
 * the height it is given (here a 390 × 640 box).
 */
export const Large: Story = {
  ...phase(spanishSquat, ['primary', 'primary'], 12_000),
  args: { large: true },
  decorators: [
    (story) => html`<div style="display:grid;height:640px;max-width:390px">${story()}</div>`,
  ],
};
/** The large layout on a rep set, ready for its one-tap Done. */
export const LargeReps: Story = { ...Large, ...phase(tke, []), args: { large: true } };
export const LargeDark: Story = {
  ...Large,
  args: { large: true, theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="display:grid;height:640px;max-width:390px;background:#0d1117">
        ${story()}
      </div>`,
  ],
};

export const Dark: Story = {
  args: { theme: 'dark', exercise: spanishSquat.id, headingLevel: '3' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0d1117;padding:16px">${story()}</div>`],
};
export const WithHeading: Story = { args: { headingLevel: '3' } };
export const InvalidData: Story = {
  render: () => html`<set-timer .exercise=${withPrescription(tke, { sets: 0 })}></set-timer>`,
};
