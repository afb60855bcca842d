import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise, ExerciseMedia } from '../../data/types.js';
import { validateExercise } from '../../data/validate.js';
import { formatProblem, type Problem } from '../../data/checker.js';
import { describePrescription } from '../../data/describe-prescription.js';
import { DetailsToggleEvent } from '../../events/details-toggle-event.js';
import { stringsFor, type Strings } from '../../i18n/strings.js';
import { closestLang } from '../../internal/lang.js';
import { parseHeadingLevel } from '../../internal/heading-level.js';
import { VERSION } from '../../internal/version.js';
import { buttonStyles, hostStyles, themeStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { exerciseCardStyles } from './exercise-card.styles.js';

export type ExerciseStatus = 'todo' | 'current' | 'done';
export type ExerciseLevel = 'standard' | 'easier' | 'harder';

let nextId = 0;

/**
 * One exercise of a routine: its name, dose, purpose and equipment, with the how-to
 * (set-up, steps, cues, mistakes, easier and harder options, media) behind a toggle.
 * All text comes from data and is rendered as text, never as HTML.
 *
 * @summary Shows one exercise from routine data.
 * @tag exercise-card
 *
 * @slot media - Media that replaces the exercise's own `media` (a video, an image or a facade).
 *
 * @fires routine-details-toggle - The reader opened or closed the how-to details. `detail`: `{ exerciseId, expanded }`.
 *
 * @csspart card - The card's frame.
 * @csspart header - Name, status and dose.
 * @csspart name - The exercise's name (a heading).
 * @csspart status - The "Now" or "Done" badge.
 * @csspart prescription - The dose in words, e.g. "3 sets × 12 reps · each leg · rest 60 s".
 * @csspart purpose - The one-line purpose.
 * @csspart caution - The exercise's safety caution.
 * @csspart toggle - The button that shows or hides the how-to details.
 * @csspart details - The how-to details.
 * @csspart media - The figure holding the exercise's media.
 * @csspart steps - The numbered steps.
 * @csspart cues - The coaching cues.
 * @csspart button - Every button.
 * @csspart error - The error state shown for invalid exercise data.
 *
 * @cssprop --routine-accent - Accent colour for buttons, links and the current exercise. Default `#0a5cad`.
 * @cssprop --routine-accent-contrast - Text colour on the accent. Default `#ffffff`.
 * @cssprop --routine-surface - Card background. Default `#ffffff`.
 * @cssprop --routine-text - Main text colour. Default `#1c2126`.
 * @cssprop --routine-muted - Secondary text colour. Default `#55606b`.
 * @cssprop --routine-border - Border colour. Default `#c9d1d9`.
 * @cssprop --routine-tint - Background of badges and notes. Default `#eef4fb`.
 * @cssprop --routine-success - Colour of "done" marks. Default `#1a7f37`.
 * @cssprop --routine-danger - Colour of cautions and errors. Default `#b42318`.
 * @cssprop --routine-radius - Corner radius. Default `12px`.
 * @cssprop --routine-spacing - Base spacing. Default `16px`.
 * @cssprop --routine-font-family - Font. Default: inherited from the page.
 * @cssprop --routine-font-size - Base text size. Default `max(1rem, 16px)`.
 */
export class ExerciseCard extends LitElement {
  static readonly version = VERSION;
  static override styles = [tokenStyles, themeStyles, hostStyles, buttonStyles, exerciseCardStyles];

  readonly #detailsId = `exercise-card-details-${++nextId}`;

  @state() private problems: readonly Problem[] = [];
  @state() private level: ExerciseLevel = 'standard';
  @state() private mediaFailed = false;

  /** The exercise to show, usually one of a routine's `exercises`. Checked when set. */
  @property({ attribute: false }) exercise?: Exercise;

  /** Whether the how-to details are shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Where the exercise stands in the reader's session. */
  @property({ reflect: true }) status: ExerciseStatus = 'todo';

  /** The level of the exercise's name as a heading (2 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel = '3';

  /** Colour scheme of a card used on its own: `auto` follows the reader's preference. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise')) this.checkExercise();
  }

  private checkExercise(): void {
    this.mediaFailed = false;
    if (this.exercise === undefined) {
      this.problems = [];
      return;
    }
    const result = validateExercise(this.exercise);
    this.problems = result.problems;
    if (!result.ok) {
      console.error(
        `<exercise-card>: invalid exercise data:\n${result.problems.map(formatProblem).join('\n')}`,
      );
    }
  }

  private get strings(): Strings {
    return stringsFor(closestLang(this));
  }

  /** The heading level of the exercise's name. */
  private get nameLevel(): number {
    return parseHeadingLevel(this.headingLevel, 3, 'exercise-card');
  }

  /** A section heading one level below the exercise's name (at most 6). */
  private subheading(text: string): TemplateResult {
    return html`<div
      class="subheading"
      role="heading"
      aria-level=${Math.min(this.nameLevel + 1, 6)}
    >
      ${text}
    </div>`;
  }

  private toggleDetails(): void {
    this.expanded = !this.expanded;
    const exerciseId = this.exercise?.id ?? '';
    this.dispatchEvent(new DetailsToggleEvent({ exerciseId, expanded: this.expanded }));
  }

  private onMediaError(media: ExerciseMedia): void {
    this.mediaFailed = true;
    console.warn(`<exercise-card>: could not load the ${media.kind} at ${media.url}`);
  }

  private renderStatus(): TemplateResult | typeof nothing {
    if (this.status === 'todo') return nothing;
    const label = this.status === 'done' ? this.strings.done : this.strings.now;
    return html`<span part="status" class="status status--${this.status}">${label}</span>`;
  }

  private renderHeader(exercise: Exercise): TemplateResult {
    const { tempo, suggested } = exercise.prescription;
    const level = this.nameLevel;
    return html`
      <div part="header" class="header">
        <div class="title-row">
          <div part="name" class="name" role="heading" aria-level=${level}>${exercise.name}</div>
          ${this.renderStatus()}
        </div>
        <p part="prescription" class="prescription">
          ${describePrescription(exercise.prescription, this.strings)}
        </p>
        ${tempo ? html`<p class="tempo">${this.strings.tempo}: ${tempo}</p>` : nothing}
        ${suggested ? html`<p class="suggestion">${this.strings.suggestion}</p>` : nothing}
      </div>
    `;
  }

  private renderList(title: string, items: readonly string[], part: string, ordered = false) {
    if (items.length === 0) return nothing;
    const rows = items.map((item) => html`<li>${item}</li>`);
    return html`
      <section>
        ${this.subheading(title)}
        ${
          ordered
            ? html`<ol part=${part}>
                ${rows}
              </ol>`
            : html`<ul part=${part}>
                ${rows}
              </ul>`
        }
      </section>
    `;
  }

  private renderMedia(exercise: Exercise): TemplateResult {
    const media = exercise.media;
    const fallback = !media
      ? nothing
      : this.mediaFailed
        ? html`<p class="muted">${this.strings.mediaFailed}</p>`
        : media.kind === 'video'
          ? html`<video
              controls
              playsinline
              preload="none"
              src=${media.url}
              poster=${ifDefined(media.poster)}
              aria-label=${media.alt}
              @error=${() => this.onMediaError(media)}
            ></video>`
          : html`<img
              src=${media.url}
              alt=${media.alt}
              loading="lazy"
              decoding="async"
              @error=${() => this.onMediaError(media)}
            />`;
    return html`<figure part="media" class="media"><slot name="media">${fallback}</slot></figure>`;
  }

  private renderLevels(exercise: Exercise): TemplateResult {
    const s = this.strings;
    const levels: [ExerciseLevel, string][] = [
      ['standard', s.standard],
      ['easier', s.easier],
      ['harder', s.harder],
    ];
    const option = this.level === 'standard' ? undefined : exercise[this.level];
    return html`
      <section>
        ${this.subheading(s.options)}
        <div class="levels" role="group" aria-label=${s.options}>
          ${levels.map(
            ([level, label]) =>
              html`<button
                part="button"
                class="button"
                type="button"
                aria-pressed=${this.level === level ? 'true' : 'false'}
                @click=${() => (this.level = level)}
              >
                ${label}
              </button>`,
          )}
        </div>
        <p aria-live="polite">
          ${option ? html`<strong>${option.name}:</strong> ${option.description}` : s.standardHint}
        </p>
      </section>
    `;
  }

  private renderDetails(exercise: Exercise): TemplateResult {
    const s = this.strings;
    return html`
      <div part="details" class="details" id=${this.#detailsId} ?hidden=${!this.expanded}>
        ${this.renderMedia(exercise)}
        <p><strong>${s.muscles}:</strong> ${exercise.muscles.join(', ')}</p>
        <section>
          ${this.subheading(s.setup)}
          <p>${exercise.setup}</p>
        </section>
        ${this.renderList(s.steps, exercise.steps, 'steps', true)}
        ${this.renderList(s.cues, exercise.cues, 'cues')}
        ${this.renderList(s.mistakes, exercise.mistakes, 'mistakes')} ${this.renderLevels(exercise)}
      </div>
    `;
  }

  private renderCard(exercise: Exercise): TemplateResult {
    const s = this.strings;
    const equipment = exercise.equipment.length ? exercise.equipment.join(', ') : s.noEquipment;
    return html`
      <article part="card" class="card">
        ${this.renderHeader(exercise)}
        <p part="purpose">${exercise.purpose}</p>
        <p><strong>${s.equipment}:</strong> ${equipment}</p>
        ${
          exercise.caution
            ? html`<p part="caution" class="caution">
                <strong>${s.caution}:</strong> ${exercise.caution}
              </p>`
            : nothing
        }
        <div>
          <button
            part="button toggle"
            class="button"
            type="button"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls=${this.#detailsId}
            @click=${this.toggleDetails}
          >
            ${this.expanded ? s.hideDetails : s.showDetails}
          </button>
        </div>
        ${this.renderDetails(exercise)}
      </article>
    `;
  }

  private renderError(): TemplateResult {
    return html`
      <div part="error" class="error" role="alert">
        <p>${this.strings.invalidExercise}</p>
        <ul>
          ${this.problems.map((problem) => html`<li><code>${formatProblem(problem)}</code></li>`)}
        </ul>
      </div>
    `;
  }

  protected override render(): TemplateResult {
    if (this.problems.length > 0) return this.renderError();
    if (!this.exercise) return html`<p part="error" class="error">${this.strings.noExercise}</p>`;
    return this.renderCard(this.exercise);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
