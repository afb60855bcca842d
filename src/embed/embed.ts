// The embed page's script (dist/embed/embed.js): applies the query parameters to the
// pre-rendered routine and reports the content height to the embedding page. It runs before
// the element's own script (module scripts run in document order).
import { readEmbedParams, type EmbedParams } from './params.js';
import { reportSize } from './size-reporter.js';

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/** `theme` and `layout` as attributes, in the order the element reads them. */
function attributesOf(params: EmbedParams): [string, string][] {
  const attributes: [string, string][] = [];
  if (params.theme) attributes.push(['theme', params.theme]);
  if (params.layout) attributes.push(['layout', params.layout]);
  return attributes;
}

/** A fresh `<exercise-routine src>` in place of the pre-rendered built-in routine. */
function replaceWithSourced(widget: Element, src: string, attributes: [string, string][]): void {
  const sourced = document.createElement('exercise-routine');
  for (const [name, value] of [...attributes, ['src', src]]) sourced.setAttribute(name, value);
  widget.replaceWith(sourced);
}

/**
 * Sets the attributes once the element has drawn itself: before that, the pre-rendered
 * inner elements keep their own (light, default) styles, and a change would show half-applied.
 */
async function setWhenRendered(widget: Widget, attributes: [string, string][]): Promise<void> {
  if (!attributes.length) return;
  await customElements.whenDefined(widget.localName);
  await widget.updateComplete;
  for (const [name, value] of attributes) widget.setAttribute(name, value);
}

function apply(params: EmbedParams): void {
  const root = document.documentElement;
  // The frame cannot see whether the article supports dark: `auto` says it does, so the
  // widget follows the reader's setting (the element's `auto` reads the page's color-scheme).
  if (params.theme === 'auto') root.style.colorScheme = 'light dark';
  // On the root, so it reaches the widget whichever element it is (CSSOM: no inline style).
  if (params.accent) root.style.setProperty('--routine-accent', params.accent);
  const widget = document.querySelector<Widget>('runner-knee-routine');
  if (!widget) return;
  const attributes = attributesOf(params);
  if (params.src) replaceWithSourced(widget, params.src, attributes);
  else void setWhenRendered(widget, attributes);
}

apply(readEmbedParams(new URLSearchParams(location.search)));
if (window.parent !== window) reportSize(window.parent);
