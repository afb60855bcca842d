import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import customElements from '../custom-elements.json';
import '../src/define.js';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from here.
setCustomElementsManifest(customElements);

/**
 * Every event an element documents (`@fires`): each one that fires in a story (or in a story
 * shown in Docs) is logged in the Actions panel with its `detail`.
 */
const EVENTS = [
  ...new Set(
    customElements.modules
      .flatMap((mod) => mod.declarations ?? [])
      .flatMap((declaration) => ('events' in declaration ? (declaration.events ?? []) : []))
      .map((event) => event.name),
  ),
].sort();

/**
 * What the docs tables list but a control cannot set: CSS custom properties and parts are
 * set from the page's CSS (see Guides/Theming), events are heard and slots filled in markup.
 * Without this they would show as "Set object" controls.
 */
const DOCUMENTED_ONLY = ['css custom properties', 'css shadow parts', 'events', 'slots'];

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    actions: { handles: EVENTS },
    options: {
      storySort: { order: ['Introduction', 'Elements', 'Guides'] },
    },
  },
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOCUMENTED_ONLY.includes(String(argType.table?.category))
            ? { ...argType, control: false }
            : argType,
        ]),
      ),
  ],
  // Listens on the story's own root (the canvas, or its box in Docs), which the events reach
  // as they bubble and cross shadow roots.
  beforeEach: ({ canvasElement, parameters }) => {
    const handles: string[] = parameters.actions?.handles ?? [];
    const listeners = handles.map((name) => {
      const log = action(name);
      const listener = (event: Event) => log((event as Event & { detail?: unknown }).detail);
      canvasElement.addEventListener(name, listener);
      return () => canvasElement.removeEventListener(name, listener);
    });
    return () => listeners.forEach((remove) => remove());
  },
};

export default preview;
