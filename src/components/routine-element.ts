import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { stringsFor, type Strings } from '../i18n/index.js';
import { closestLang } from '../internal/lang.js';
import { warnUnlessOneOf } from '../internal/attribute-check.js';
import { AutoSchemeController, type ColorScheme } from '../internal/page-color-scheme.js';
import { VERSION } from '../internal/version.js';

export type Theme = 'auto' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/**
 * What every element of the library shares: its version (checked when a second copy of the
 * library registers), the `theme` attribute, and the strings for its language.
 */
export class RoutineElement extends LitElement {
  static readonly version = VERSION;

  readonly #autoScheme = new AutoSchemeController(this);

  /**
   * Colour scheme: `light` or `dark` force one; `auto` follows the page and the reader. It is
   * dark only when the page declares it supports dark (`color-scheme` on its root element, or
   * a `<meta name="color-scheme">`, includes `dark`) and the reader prefers dark
   * (`prefers-color-scheme`); otherwise light, so a light-only article never gets a dark
   * widget. Any other value is light, with a console warning. The scheme in use is reflected
   * as the `applied-theme` attribute (`light` or `dark`), which the element sets itself.
   */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * A server-rendered element arrives with a declarative shadow root already filled: it is
   * drawn afresh in it (before the first paint) rather than beside the pre-rendered copy.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) warnUnlessOneOf(this.localName, 'theme', this.theme, THEMES);
    const applied = this.appliedTheme;
    if (this.getAttribute('applied-theme') !== applied) this.setAttribute('applied-theme', applied);
  }

  /** The scheme in use: `auto` resolved for this page and reader, an unknown value light. */
  protected get appliedTheme(): ColorScheme {
    if (this.theme === 'auto') return this.#autoScheme.scheme;
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
