import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { emptyProgress } from '../src/progress/routine-progress.js';
import { recordThrough } from '../src/progress/progress-changes.js';
import { THEMES, LAYOUTS, type Theme } from '../src/data/display-options.js';

const [tke, squat, stepDown] = routine.exercises;
const midRoutine = {
  ...recordThrough(recordThrough(emptyProgress(routine), tke!, 99, 0), squat!, 2, 0),
  currentId: stepDown!.id,
};

interface Args {
  layout: 'auto' | 'compact' | 'full';
  theme: Theme;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/routine-list',
  component: 'routine-list',
  argTypes: {
    layout: { control: 'inline-radio', options: LAYOUTS },
    theme: { control: 'inline-radio', options: THEMES },
    width: { control: { type: 'range', min: 280, max: 900, step: 10 } },
  },
  args: { layout: 'auto', theme: 'light', width: 480 },
  render: ({ layout, theme, width }) =>
    html`<div style="max-width:${width}px">
      <routine-list
        .routine=${routine}
        .progress=${midRoutine}
        layout=${layout}
        theme=${theme}
      ></routine-list>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const MidRoutine: Story = {};
export const NotStarted: Story = {
  render: () => html`<routine-list .routine=${routine} layout="full"></routine-list>`,
};
export const Compact: Story = { args: { layout: 'compact' } };
export const AutoNarrow: Story = { args: { layout: 'auto', width: 300 } };
