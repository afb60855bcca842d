import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { THEMES, LAYOUTS } from '../src/data/display-options.js';

const mini = new URL('./fixtures/mini-routine.json', import.meta.url).href;

const meta: Meta = {
  title: 'Elements/exercise-routine',
  component: 'exercise-routine',
  args: { layout: 'auto', theme: 'light', headingLevel: '2', noHeader: false, noCredits: false },
  argTypes: {
    layout: { control: 'inline-radio', options: LAYOUTS },
    theme: { control: 'inline-radio', options: THEMES },
  },
  render: (args) =>
    html`<exercise-routine
      .routine=${routine}
      no-persist
      layout=${args.layout}
      theme=${args.theme}
      heading-level=${args.headingLevel}
      ?no-header=${args.noHeader}
      ?no-credits=${args.noCredits}
    ></exercise-routine>`,
};
export default meta;

type Story = StoryObj;

export const FromAProperty: Story = {};
export const FromAUrl: Story = {
  render: () => html`<exercise-routine src=${mini} no-persist></exercise-routine>`,
};
export const FromInlineJson: Story = {
  render: () => {
    const json = JSON.stringify({ ...routine, title: 'Read from an inline <script> child' });
    const host = document.createElement('exercise-routine');
    host.setAttribute('no-persist', '');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    host.append(script);
    return host;
  },
};
export const Loading: Story = {
  // A fetch that never settles keeps the loading state on screen.
  render: () =>
    html`<exercise-routine src="data:application/json,never" no-persist></exercise-routine>`,
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = () => new Promise(() => undefined);
    return () => {
      window.fetch = original;
    };
  },
};
export const InvalidJson: Story = {
  render: () =>
    html`<exercise-routine
      .routine=${{ ...routine, exercises: [{ ...routine.exercises[0], prescription: { sets: 'three' } }] }}
    ></exercise-routine>`,
};
export const FailedFetch: Story = {
  render: () => html`<exercise-routine src="/no-such-routine.json" no-persist></exercise-routine>`,
};
export const Compact: Story = { args: { layout: 'compact' } };
export const NoHeader: Story = { args: { noHeader: true } };
