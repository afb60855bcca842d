import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Every Lit element in `root` and the shadow roots within, `root` first. */
function litElementsIn(root: Element): LitElement[] {
  const found: LitElement[] = [];
  const visit = (el: Element) => {
    if ('updateComplete' in el) found.push(el as LitElement);
    for (const child of el.shadowRoot?.children ?? []) visitTree(child);
  };
  const visitTree = (el: Element) => {
    visit(el);
    for (const descendant of el.querySelectorAll('*')) visit(descendant);
  };
  visitTree(root);
  return found;
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
