import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Exercise } from '../src/data/types.js';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { progressKey } from '../src/progress/progress-storage.js';
import { emptyProgress, type RoutineProgress } from '../src/progress/routine-progress.js';
import { recordThrough } from '../src/progress/progress-changes.js';
import { THEMES, LAYOUTS } from '../src/data/display-options.js';

/** Seeds saved progress for the story, and clears it afterwards. */
function withSavedProgress(progress: RoutineProgress) {
  return () => {
    localStorage.setItem(progressKey(routine), JSON.stringify(progress));
    return () => localStorage.removeItem(progressKey(routine));
  };
}

const [tke, squat, stepDown] = routine.exercises;
const midRoutine: RoutineProgress = {
  ...recordThrough(recordThrough(emptyProgress(routine), tke!, 99, 0), squat!, 2, 0),
  currentId: squat!.id,
  startedAt: Date.now() - 9 * 60_000,
};
const finished: RoutineProgress = {
  ...routine.exercises.reduce((p, e) => recordThrough(p, e, 99, 0), emptyProgress(routine)),
  startedAt: Date.now() - 31 * 60_000,
  finishedAt: Date.now(),
  elapsedMs: 31 * 60_000,
};

/**
 * Saved while a timer was running on `exercise` (the `timing` field), after `done` units of
 * it: what a reader who reloads mid-set comes back to.
 */
function reloadedMidSet(exercise: Exercise, done: number): RoutineProgress {
  const before = recordThrough(emptyProgress(routine), tke!, 99, 0);
  return {
    ...recordThrough(before, exercise, done, 0),
    currentId: exercise.id,
    startedAt: Date.now() - 6 * 60_000,
    timing: { exerciseId: exercise.id, since: Date.now() - 20_000 },
  };
}

/** Clicks the widget's own button labelled `label` (in the routine, or its timer's). */
async function click(canvas: HTMLElement, label: string): Promise<void> {
  const host = canvas.querySelector('runner-knee-routine')!;
  await host.updateComplete;
  const timer = host.shadowRoot!.querySelector('set-timer');
  await timer?.updateComplete;
  const buttons = [
    ...host.shadowRoot!.querySelectorAll('button'),
    ...(timer?.shadowRoot?.querySelectorAll('button') ?? []),
  ];
  const button = buttons.find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`No button labelled ${label}`);
  button.click();
  await host.updateComplete;
}

/** Scrolls the note over the current exercise (part `status`) into view, below the header. */
async function showNote({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const host = canvasElement.querySelector('runner-knee-routine')!;
  await host.updateComplete;
  host.shadowRoot!.querySelector('[part~="status"]')?.scrollIntoView({ block: 'center' });
}

const meta: Meta = {
  title: 'Elements/runner-knee-routine',
  component: 'runner-knee-routine',
  args: { theme: 'light', layout: 'auto' },
  argTypes: {
    layout: { control: 'inline-radio', options: LAYOUTS },
    theme: { control: 'inline-radio', options: THEMES },
  },
  render: (args) =>
    html`<runner-knee-routine theme=${args.theme} layout=${args.layout}></runner-knee-routine>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {
  beforeEach: () => () => localStorage.removeItem(progressKey(routine)),
};
export const MidRoutine: Story = { beforeEach: withSavedProgress(midRoutine) };
export const Finished: Story = { beforeEach: withSavedProgress(finished) };
export const Compact: Story = { args: { layout: 'compact' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div class="sb-dark-article">${story()}</div>`],
};
export const WithMedia: Story = {
  render: () =>
    html`<runner-knee-routine
      .media=${{
        [squat!.id]: {
          kind: 'image',
          url:
            'data:image/svg+xml,' +
            encodeURIComponent(
              '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#c9d1d9"/></svg>',
            ),
          alt: 'A grey placeholder standing in for a photo of the Spanish squat',
        },
      }}
    ></runner-knee-routine>`,
  beforeEach: withSavedProgress({ ...emptyProgress(routine), currentId: squat!.id }),
};

/** One set done, then Reset progress: a note offers Undo until the next set starts. */
export const UndoNote: Story = {
  render: () => html`<runner-knee-routine no-persist no-sound></runner-knee-routine>`,
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Done');
    await click(canvasElement, 'Reset progress');
    await showNote({ canvasElement });
  },
};
/**
 * Reloaded while a Spanish squat hold was running (saved progress with a `timing` field):
 * "Welcome back"; the timer's Start hold restarts that timed set on one tap.
 */
export const WelcomeBack: Story = {
  beforeEach: withSavedProgress(reloadedMidSet(squat!, 1)),
  play: showNote,
};
/** The same after a rep set (Poliquin step down): the note alone, Done is the next tap anyway. */
export const WelcomeBackRepSet: Story = {
  beforeEach: withSavedProgress(reloadedMidSet(stepDown!, 2)),
  play: showNote,
};
export const WelcomeBackDark: Story = {
  ...WelcomeBack,
  args: { theme: 'dark' },
  decorators: [(story) => html`<div class="sb-dark-article">${story()}</div>`],
};
