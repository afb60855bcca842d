import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { stringsFor, type Strings } from '../i18n/index.js';
import { closestLang } from '../internal/lang.js';
import { warnUnlessOneOf } from '../internal/attribute-check.js';
import { VERSION } from '../internal/version.js';

export type Theme = 'auto' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/**
 * What every element of the library shares: its version (checked when a second copy of the
 * library registers), the `theme` attribute, and the strings for its language.
 */
export class RoutineElement extends LitElement {
  static readonly version = VERSION;

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the reader's `prefers-color-scheme`.
   * Any other value is light, with a console warning.
   */
  @property({ reflect: true }) theme: Theme = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) warnUnlessOneOf(this.localName, 'theme', this.theme, THEMES);
  }

  /** The theme as applied: an unknown value is light (no theme rule matches it). */
  protected get appliedTheme(): Theme {
    return THEMES.includes(this.theme) ? this.theme : 'light';
  }

  /** The language of the text, for the strings: the nearest `lang` attribute's. */
  protected get language(): string | undefined {
    return closestLang(this);
  }

  protected get strings(): Strings {
    return stringsFor(this.language);
  }
}
