import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { useArgs, useEffect, useRef } from 'storybook/preview-api';
import {
  customProperties,
  PUBLISHER_THEMES,
  THEME_PROPERTIES,
  type ThemeValues,
} from './publisher-themes.js';
import { THEMES, LAYOUTS, type Theme } from '../src/data/display-options.js';

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
      ${Object.values(PUBLISHER_THEMES).map(
        (theme) =>
          html`<section class="sb-theme" style=${styleMap(customProperties(theme.values))}>
            <h2>${theme.name}</h2>
            <runner-knee-routine no-persist layout="compact"></runner-knee-routine>
          </section>`,
      )}
    </div>`,
};

export const DarkArticle: Story = {
  render: () =>
    html`<div class="sb-dark-article">
      <runner-knee-routine no-persist theme="dark"></runner-knee-routine>
    </div>`,
};

type Preset = 'none' | keyof typeof PUBLISHER_THEMES;
type PlaygroundArgs = Required<ThemeValues> & {
  preset: Preset;
  theme: Theme;
  layout: 'auto' | 'compact' | 'full';
};

/** Every property empty: the widget's own defaults (light or dark, as `theme` says). */
const UNSET = Object.fromEntries(
  Object.keys(THEME_PROPERTIES).map((key) => [key, '']),
) as Required<ThemeValues>;
const COLORS = ['accent', 'accentContrast', 'surface', 'text', 'muted', 'border', 'tint'];
const presetColors = [
  ...new Set(Object.values(PUBLISHER_THEMES).flatMap((theme) => Object.values(theme.values))),
].filter((value) => value.startsWith('#'));

/** The markup and CSS a page would write for these choices. */
function snippet(args: PlaygroundArgs): string {
  const attributes = (['theme', 'layout'] as const)
    .filter((name) => args[name] !== 'auto')
    .map((name) => ` ${name}="${args[name]}"`)
    .join('');
  const markup = `<runner-knee-routine${attributes}></runner-knee-routine>`;
  const lines = Object.entries(customProperties(args)).map(
    ([name, value]) => `  ${name}: ${value};`,
  );
  return lines.length ? `${markup}\n\nrunner-knee-routine {\n${lines.join('\n')}\n}` : markup;
}

/**
 * Try the main `--routine-*` properties and `theme`. A `preset` fills the values with one of
 * the sample publishers' themes (or clears them: the widget's defaults); change any value
 * after. The CSS to copy is shown under the widget. An empty value is the widget's default.
 */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { preset: 'none', theme: 'light', layout: 'auto', ...UNSET },
  argTypes: {
    preset: {
      control: {
        type: 'select',
        labels: {
          none: 'Widget defaults',
          ...Object.fromEntries(Object.entries(PUBLISHER_THEMES).map(([k, t]) => [k, t.name])),
        },
      },
      options: ['none', ...Object.keys(PUBLISHER_THEMES)],
      description: 'Fills the values below with a sample publisher theme.',
    },
    theme: { control: 'inline-radio', options: THEMES },
    layout: { control: 'inline-radio', options: LAYOUTS },
    ...Object.fromEntries(
      Object.entries(THEME_PROPERTIES).map(([key, property]) => [
        key,
        {
          name: property,
          control: COLORS.includes(key) ? { type: 'color', presetColors } : 'text',
          table: { category: 'theme values' },
        },
      ]),
    ),
  },
  render: (args) => {
    const [, updateArgs] = useArgs<PlaygroundArgs>();
    const applied = useRef(args.preset);
    useEffect(() => {
      if (applied.current === args.preset) return;
      applied.current = args.preset;
      updateArgs({
        ...UNSET,
        ...(args.preset === 'none' ? {} : PUBLISHER_THEMES[args.preset].values),
      });
    }, [args.preset]);
    const dark = args.theme === 'dark';
    return html`<div class=${dark ? 'sb-dark-article' : 'sb-playground'}>
      <runner-knee-routine
        no-persist
        theme=${args.theme}
        layout=${args.layout}
        style=${styleMap(customProperties(args))}
      ></runner-knee-routine>
      <pre class="sb-css">${snippet(args)}</pre>
    </div>`;
  },
};
