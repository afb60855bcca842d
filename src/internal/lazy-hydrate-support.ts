// The CDN build's stand-in for Lit's hydrate support (rollup.config.js swaps it in for
// `@lit-labs/ssr-client/lit-element-hydrate-support.js`). It patches LitElement as that module
// does (v1.1.8; keep the two in step), but leaves `hydrate()` itself, 1.5 KB gzip that only a
// server-rendered page uses, to a chunk loaded on demand: such a page shows its HTML before any
// script runs, and each of its elements waits for the chunk before its first update
// (RoutineElement). Should the chunk fail to load, the element draws itself afresh.
//
// Like Lit's module, it must run before Lit's LitElement is defined, which calls the hook: so
// it imports nothing that loads LitElement ('lit' itself would, before this module's body runs).
import { render, type RenderOptions } from 'lit-html';
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import type { LitElement, PropertyValues } from 'lit';
import { LazyChunk } from './lazy-chunk.js';
import { hydration } from './hydration.js';

const HYDRATE_INTERNALS_ATTR_PREFIX = 'hydrate-internals-';

hydration.chunk = new LazyChunk('hydration', () => import('./hydrate.js'));

/** What the patches reach in a LitElement: its render, and whether it needs hydrating. */
type Patched = LitElement & {
  render(): unknown;
  renderOptions: RenderOptions;
  _$needsHydration?: boolean;
};

const patch = ({ LitElement: Element }: { LitElement: typeof LitElement }): void => {
  const base = Object.getPrototypeOf(Element) as typeof LitElement;
  const observed = Object.getOwnPropertyDescriptor(base, 'observedAttributes')?.get;
  Object.defineProperty(Element, 'observedAttributes', {
    get(this: typeof LitElement) {
      return [...((observed?.call(this) as string[] | undefined) ?? []), 'defer-hydration'];
    },
  });
  const proto = Element.prototype as Patched;
  const { attributeChangedCallback, connectedCallback } = proto;
  proto.attributeChangedCallback = function (name, old, value) {
    if (name === 'defer-hydration' && value === null) connectedCallback.call(this);
    attributeChangedCallback.call(this, name, old, value);
  };
  proto.connectedCallback = function () {
    if (!this.hasAttribute('defer-hydration')) connectedCallback.call(this);
  };
  const createRenderRoot = (proto as unknown as { createRenderRoot(): Element | ShadowRoot })
    .createRenderRoot;
  (proto as unknown as { createRenderRoot(): Element | ShadowRoot }).createRenderRoot = function (
    this: Patched,
  ) {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    this._$needsHydration = true;
    return this.shadowRoot;
  };
  const update = (Object.getPrototypeOf(proto) as { update(changed: PropertyValues): void }).update;
  (proto as unknown as { update(changed: PropertyValues): void }).update = function (
    this: Patched,
    changed: PropertyValues,
  ) {
    const value = this.render();
    update.call(this, changed);
    const root = this.renderRoot;
    if (!this._$needsHydration) return void render(value, root, this.renderOptions);
    this._$needsHydration = false;
    for (const name of this.getAttributeNames()) {
      if (!name.startsWith(HYDRATE_INTERNALS_ATTR_PREFIX)) continue;
      this.removeAttribute(name.slice(HYDRATE_INTERNALS_ATTR_PREFIX.length));
      this.removeAttribute(name);
    }
    const hydrate = hydration.chunk?.module?.hydrate;
    if (hydrate) return hydrate(value, root, this.renderOptions);
    // The chunk could not load (its console error says so): the server's copy gives way, and
    // the element's styles go back in where they were <style> elements.
    root.replaceChildren();
    adoptStyles(root as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    render(value, root, this.renderOptions);
  };
};

(globalThis as { litElementHydrateSupport?: typeof patch }).litElementHydrateSupport = patch;
