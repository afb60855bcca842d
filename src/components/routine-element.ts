import { LitElement, adoptStyles, isServer, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { stringsFor, type Strings } from '../i18n/index.js';
import { closestLang } from '../internal/lang.js';
import { warnUnlessOneOf } from '../internal/attribute-check.js';
import { AutoSchemeController, type ColorScheme } from '../internal/page-color-scheme.js';
import { VERSION } from '../internal/version.js';
import { needsValidator, validatorChunk } from './validator-chunk.js';
import { CHUNK_TIMEOUT_MS, type LazyChunk } from '../internal/lazy-chunk.js';
import { hydration } from '../internal/hydration.js';

import { THEMES, type Theme } from '../data/display-options.js';

export type { Theme };

/**
 * What every element of the library shares: its version (checked when a second copy of the
 * library registers), the `theme` attribute, the strings for its language, and taking over
 * server-rendered HTML.
 *
 * A server-rendered element arrives with a filled declarative shadow root, which Lit's
 * hydrate support adopts in place: its first render must be what the server rendered, since
 * hydration takes the values of that render as already in the page. So until that render is
 * done (`rendersAsServer`), an element shows no reader's state (storage, preferences, the
 * page's colour scheme); `hydrated()` then brings it in.
 */
export class RoutineElement extends LitElement {
  static readonly version = VERSION;

  readonly #autoScheme = new AutoSchemeController(this);
  #prerendered = false;
  #hydrating = false;

  constructor() {
    super();
    this.addController({
      hostUpdated: () => {
        if (!this.#hydrating) return;
        this.#hydrating = false;
        // After this update, not inside it (still before the next paint).
        void this.updateComplete.then(() => this.hydrated());
      },
    });
  }

  override connectedCallback(): void {
    // Read before Lit's own connectedCallback, which creates the render root (and, without the
    // hydrate support, empties a declarative one to draw afresh).
    if (!this.hasUpdated && !this.#prerendered) {
      this.#prerendered = this.shadowRoot?.hasChildNodes() ?? false;
      this.#hydrating = this.#prerendered;
    }
    super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.#prerendered || !(root instanceof ShadowRoot)) return root;
    // Lit's hydrate support, when it patched this LitElement (it adds `defer-hydration` to
    // every element's observed attributes), takes the server's copy over.
    const elementClass = this.constructor as typeof LitElement;
    if (elementClass.observedAttributes.includes('defer-hydration')) {
      // It keeps the declarative root and its <style> elements: the element's own styles are
      // adopted too, so they apply where a strict CSP blocks inline styles.
      adoptStyles(root, elementClass.elementStyles);
    } else {
      // Lit was loaded before the hydrate support (a bundle that imports it first): the
      // element is drawn afresh in the root rather than beside the server's copy.
      this.#emptyRoot(root);
    }
    return root;
  }

  /** Clears the server's copy out of `root`, for a render from scratch. */
  #emptyRoot(root: ShadowRoot): void {
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    // Lit renders before what was the root's first child: one of the nodes just removed.
    this.renderOptions.renderBefore = null;
  }

  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#hydrating) throw error;
      // Without code it needed (its console error says which), the first render cannot be
      // the server's: no other cause to report.
      if (!this.#missingChunk) this.#warnMismatch(error);
      this.#drawAfresh();
    }
  }

  /**
   * HTML from another version of the library (a snippet rendered with one version, the script
   * from another) does not match these templates: hydration fails, and the element is drawn
   * afresh in its shadow root instead of staying a lifeless copy.
   */
  #warnMismatch(error: unknown): void {
    console.warn(
      `<${this.localName}>: its server-rendered HTML does not match version ${VERSION} of the ` +
        `library, so it was drawn afresh. Render the snippet with the same version as the script. ` +
        `(${error instanceof Error ? error.message : String(error)})`,
    );
  }

  /** Replaces the server's copy with a render from scratch. */
  #drawAfresh(): void {
    if (this.renderRoot instanceof ShadowRoot) this.#emptyRoot(this.renderRoot);
    render(this.render(), this.renderRoot, this.renderOptions);
  }

  /**
   * The data the next update shows, as given (a routine, an exercise, media): what is not known
   * valid needs the validator, which loads on demand.
   */
  protected dataToCheck(): readonly unknown[] {
    return [];
  }

  /**
   * The code the next update needs in first: the validator when the data to show is not known
   * valid, hydration's when the build loads it on demand. Subclasses add theirs.
   */
  protected chunksToRender(): readonly LazyChunk<unknown>[] {
    const chunks: LazyChunk<unknown>[] = [];
    // The CDN build's hydration code, for the first update of a server-rendered element.
    if (this.#hydrating && hydration.chunk) chunks.push(hydration.chunk);
    if (this.dataToCheck().some(needsValidator)) chunks.push(validatorChunk);
    return chunks;
  }

  /**
   * `chunk`, needed for an update, could not load (or took longer than `CHUNK_TIMEOUT_MS`):
   * the update goes ahead, and shows why. Hydration's failure is not passed on: the element is
   * drawn afresh instead (lazy-hydrate-support.ts).
   */
  protected chunkFailed?(chunk: LazyChunk<unknown>): void;

  /**
   * An update that needs code not loaded yet waits for it, every part asked for at once (one
   * round trip): no half-checked state is ever drawn, and a server-rendered element's first
   * render still matches the server's. A part that cannot load lets the update go ahead.
   */
  // Lit's own signature: an update is scheduled at once (void) or once the promise settles.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#missingChunk = false;
    const waiting = this.#waitForChunks(new Set());
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Loads what `chunksToRender()` names, then asks again: what was set meanwhile (media while
   * the routine's code loaded) may need more. Each chunk is asked for once per update.
   */
  #waitForChunks(asked: Set<LazyChunk<unknown>>): Promise<void> | undefined {
    const waiting = this.chunksToRender().filter(
      (c) => c.module === undefined && !asked.has(c) && !this.#failedChunks.has(c),
    );
    if (waiting.length === 0) return undefined;
    waiting.forEach((chunk) => asked.add(chunk));
    const loads = waiting.map((chunk) =>
      chunk.loadWithin(CHUNK_TIMEOUT_MS).catch(() => {
        this.#missingChunk = true;
        this.#failedChunks.add(chunk);
        if (chunk !== hydration.chunk) this.chunkFailed?.(chunk);
      }),
    );
    return Promise.all(loads).then(() => this.#waitForChunks(asked));
  }

  /** Code needed for this update did not load: the update draws what it can. */
  #missingChunk = false;

  /**
   * Code that could not load for this element: later updates go ahead without asking for it
   * again (each would fail anew, or succeed behind the reader's back), until a Retry.
   */
  readonly #failedChunks = new Set<LazyChunk<unknown>>();

  /** A Retry: asks again for the code that could not load, with a new update. */
  protected retryFailedChunks(): void {
    this.#failedChunks.clear();
    this.requestUpdate();
  }

  /** The element arrived server-rendered: what it adds for readers without script stays. */
  protected get prerendered(): boolean {
    return isServer || this.#prerendered;
  }

  /** Rendering on the server, or the first render of a server-rendered element. */
  protected get rendersAsServer(): boolean {
    return isServer || this.#hydrating;
  }

  /**
   * The first render of a server-rendered element is done: bring in the reader's state.
   * Overrides call `super.hydrated()`, which renders again.
   */
  protected hydrated(): void {
    this.requestUpdate();
  }

  /**
   * Colour scheme: `light` or `dark` force one; `auto` follows the page and the reader. It is
   * dark only when the page declares it supports dark (`color-scheme` on its root element, or
   * a `<meta name="color-scheme">`, includes `dark`) and the reader prefers dark
   * (`prefers-color-scheme`); otherwise light, so a light-only article never gets a dark
   * widget. Any other value is light, with a console warning. The scheme in use is reflected
   * as the `applied-theme` attribute (`light` or `dark`), which the element sets itself.
   */
  @property({ reflect: true }) theme: Theme = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) warnUnlessOneOf(this.localName, 'theme', this.theme, THEMES);
    const applied = this.appliedTheme;
    if (this.getAttribute('applied-theme') !== applied) this.setAttribute('applied-theme', applied);
  }

  /** The scheme in use: `auto` resolved for this page and reader, an unknown value light. */
  protected get appliedTheme(): ColorScheme {
    // The server cannot know the page's scheme nor the reader's: `auto` renders light there.
    if (this.theme === 'auto') return this.rendersAsServer ? 'light' : this.#autoScheme.scheme;
    return this.theme === 'dark' ? 'dark' : 'light';
  }

  /** The language of the text, for the strings: the nearest `lang` attribute's. */
  protected get language(): string | undefined {
    return closestLang(this);
  }

  protected get strings(): Strings {
    return stringsFor(this.language);
  }
}
