import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { progressKey } from '../src/progress/progress-storage.js';
import {
  emptyProgress,
  recordThrough,
  type RoutineProgress,
} from '../src/progress/routine-progress.js';

/** Seeds saved progress for the story, and clears it afterwards. */
function withSavedProgress(progress: RoutineProgress) {
  return () => {
    localStorage.setItem(progressKey(routine), JSON.stringify(progress));
    return () => localStorage.removeItem(progressKey(routine));
  };
}

const [tke, squat] = routine.exercises;
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

const meta: Meta = {
  title: 'Elements/runner-knee-routine',
  component: 'runner-knee-routine',
  args: { theme: 'light', layout: 'auto' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'compact', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
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
