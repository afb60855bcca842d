import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Guides/Publisher themes',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** Three publishers' looks, set with a handful of `--routine-*` properties each. */
export const SideBySide: Story = {
  render: () =>
    html`<div class="sb-themes">
      <section class="sb-theme sb-theme--news">
        <h2>News site</h2>
        <runner-knee-routine no-persist layout="compact"></runner-knee-routine>
      </section>
      <section class="sb-theme sb-theme--magazine">
        <h2>Glossy magazine</h2>
        <runner-knee-routine no-persist layout="compact"></runner-knee-routine>
      </section>
      <section class="sb-theme sb-theme--sport">
        <h2>Sports brand</h2>
        <runner-knee-routine no-persist layout="compact"></runner-knee-routine>
      </section>
    </div>`,
};

export const DarkArticle: Story = {
  render: () =>
    html`<div class="sb-dark-article">
      <runner-knee-routine no-persist theme="dark"></runner-knee-routine>
    </div>`,
};
