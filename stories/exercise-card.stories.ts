import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Exercise } from '../src/data/types.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { THEMES, type Theme } from '../src/data/display-options.js';

const exercises = runnersKneeRoutine.exercises;
const byId = Object.fromEntries(exercises.map((exercise) => [exercise.id, exercise]));

interface Args {
  exerciseId: string;
  expanded: boolean;
  status: 'todo' | 'current' | 'done';
  theme: Theme;
  headingLevel: string;
}

const meta: Meta<Args> = {
  title: 'Elements/exercise-card',
  component: 'exercise-card',
  argTypes: {
    exerciseId: {
      control: 'select',
      options: Object.keys(byId),
      name: 'exercise (from the built-in routine)',
    },
    status: { control: 'inline-radio', options: ['todo', 'current', 'done'] },
    theme: { control: 'inline-radio', options: THEMES },
  },
  args: {
    exerciseId: exercises[0]!.id,
    expanded: false,
    status: 'todo',
    theme: 'light',
    headingLevel: '3',
  },
  render: (args) =>
    html`<exercise-card
      .exercise=${byId[args.exerciseId]}
      ?expanded=${args.expanded}
      status=${args.status}
      theme=${args.theme}
      heading-level=${args.headingLevel}
    ></exercise-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Expanded: Story = { args: { expanded: true } };
export const Current: Story = { args: { status: 'current', exerciseId: 'spanish-squat' } };
export const Done: Story = { args: { status: 'done' } };
export const WithCaution: Story = {
  args: { exerciseId: 'front-foot-elevated-lunge', expanded: true },
};
export const Dark: Story = {
  args: { theme: 'dark', expanded: true },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0d1117;padding:16px">${story()}</div>`],
};

const withImage: Exercise = {
  ...exercises[1]!,
  media: {
    kind: 'image',
    url:
      'data:image/svg+xml,' +
      encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="%23c9d1d9"/><text x="8" y="5" font-size="1.5" text-anchor="middle">Demo image</text></svg>',
      ),
    alt: 'A placeholder standing in for a photo of the Spanish squat',
  },
};
export const WithMedia: Story = {
  render: () => html`<exercise-card .exercise=${withImage} expanded></exercise-card>`,
};
export const MissingMedia: Story = {
  render: () =>
    html`<exercise-card
      .exercise=${{ ...withImage, media: { ...withImage.media!, url: '/no-such-image.png' } }}
      expanded
    ></exercise-card>`,
};
export const InvalidData: Story = {
  render: () =>
    html`<exercise-card
      .exercise=${{ ...exercises[0]!, prescription: { ...exercises[0]!.prescription, reps: 'ten' } }}
    ></exercise-card>`,
};
