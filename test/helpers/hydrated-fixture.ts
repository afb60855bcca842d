import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deepQueryAll } from '../embed/helpers/host-frame.js';

/** `root` and every Lit element under it, through open shadow roots. */
function litElementsIn(root: Element): LitElement[] {
  return [root, ...deepQueryAll<Element>(root, '*')].filter(
    (el): el is LitElement => 'updateComplete' in el,
  );
}

/**
 * The server-rendered snippet (`renderRoutineHtml(options)` from the build's dist/ssr.js,
 * served by scripts/snippet-pages.js) put in the page with its declarative shadow roots,
 * where the elements, already defined, take it over: a hydrated widget, as a publisher's
 * pre-rendered page gets once the script has loaded. Resolves once every element inside has
 * hydrated and brought in the reader's state.
 */
export async function hydratedFixture<T extends Element>(options: object = {}): Promise<T> {
  const query = encodeURIComponent(JSON.stringify(options));
  const snippet = await (await fetch(`/snippet.html?options=${query}`)).text();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.setHTMLUnsafe(snippet);
  const el = container.firstElementChild as T;
  // Hydration, then the render that brings in the reader's state, at every level.
  for (let round = 0; round < 4; round++) {
    await Promise.all(litElementsIn(el).map((element) => element.updateComplete));
    await new Promise((resolve) => setTimeout(resolve));
  }
  return el;
}
