import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise, ExerciseMedia } from '../../data/types.js';
import { checkExerciseNow } from '../validator-chunk.js';
import type { Problem } from '../../data/problem.js';
import { renderLoadFailed } from '../../internal/load-failed.js';
import { describePrescription } from './describe-prescription.js';
import { DetailsToggleEvent } from '../../events/details-toggle-event.js';
import { parseHeadingLevel } from '../../internal/attribute-check.js';
import { renderProblems, reportProblems } from '../../internal/problems.js';
import { RoutineElement } from '../routine-element.js';
import { elementStyles } from '../../styles/tokens.styles.js';
import { exerciseCardStyles } from './exercise-card.styles.js';

export type ExerciseStatus = 'todo' | 'current' | 'done';
export type ExerciseLevel = 'standard' | 'easier' | 'harder';

/** Every part the card renders (documented below), for elements that re-export them. */
export const EXERCISE_CARD_PARTS = [
  'card',
  'header',
  'name',
  'status',
  'prescription',
  'purpose',
  'caution',
  'toggle',
  'details',
  'media',
  'steps',
  'cues',
  'mistakes',
  'button',
  'error',
] as const;

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
 * @csspart mistakes - The common mistakes.
 * @csspart button - Every button.
 * @csspart error - The error state shown for invalid exercise data.
 */
export class ExerciseCard extends RoutineElement {
  static override styles = [...elementStyles, exerciseCardStyles];

  // Scoped to the shadow root: the same in every card, on the server and in the browser.
  readonly #detailsId = 'exercise-card-details';

  @state() private problems: readonly Problem[] = [];
  @state() private mediaFailed = false;
  /** The exercise needs the validator, which could not load. */
  @state() private validatorFailed = false;

  /** The exercise to show, usually one of a routine's `exercises`. Checked when set. */
  @property({ attribute: false }) exercise?: Exercise;

  /** Whether the how-to details are shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Where the exercise stands in the reader's session. */
  @property({ reflect: true }) status: ExerciseStatus = 'todo';

  /**
   * Which version of the exercise the how-to shows (`standard`, `easier`, `harder`); the
   * reader switches it with the card's own buttons.
   */
  @property() level: ExerciseLevel = 'standard';

  /** The level of the exercise's name as a heading (2 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel = '3';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exercise') || this.validatorFailed) this.#checkExercise();
  }

  protected override dataToCheck(): readonly unknown[] {
    return [this.exercise];
  }

  /** The checked copy of `exercise` that is shown: later changes to the caller's object don't reach it. */
  @state() private checked?: Exercise;

  #checkExercise(): void {
    this.mediaFailed = false;
    this.checked = undefined;
    this.problems = [];
    if (this.exercise === undefined) return;
    const result = checkExerciseNow(this.exercise);
    this.validatorFailed = result === undefined;
    if (!result) return;
    if (result.ok) this.checked = result.value;
    else {
      this.problems = result.problems;
      reportProblems(this.localName, 'invalid exercise data', result.problems);
    }
  }

  /** The heading level of the exercise's name. */
  get #nameLevel(): number {
    return parseHeadingLevel(this.headingLevel, 3, this.localName);
  }

  /** A section heading one level below the exercise's name (at most 6). */
  #subheading(text: string): TemplateResult {
    return html`<div
      class="subheading"
      role="heading"
      aria-level=${Math.min(this.#nameLevel + 1, 6)}
    >
      ${text}
    </div>`;
  }

  #toggleDetails(): void {
    this.expanded = !this.expanded;
    const exerciseId = this.checked?.id ?? '';
    this.dispatchEvent(new DetailsToggleEvent({ exerciseId, expanded: this.expanded }));
  }

  #onMediaError(media: ExerciseMedia): void {
    this.mediaFailed = true;
    console.warn(`<exercise-card>: could not load the ${media.kind} at ${media.url}`);
  }

  #renderStatus(): TemplateResult | typeof nothing {
    if (this.status === 'todo') return nothing;
    const label = this.status === 'done' ? this.strings.done : this.strings.now;
    return html`<span part="status" class="status status--${this.status}">${label}</span>`;
  }

  #renderHeader(exercise: Exercise): TemplateResult {
    const { tempo, suggested } = exercise.prescription;
    const level = this.#nameLevel;
    return html`
      <div part="header" class="header">
        <div class="title-row">
          <div part="name" class="name" role="heading" aria-level=${level}>${exercise.name}</div>
          ${this.#renderStatus()}
        </div>
        <p part="prescription" class="prescription">
          ${describePrescription(exercise.prescription, this.strings)}
        </p>
        ${tempo ? html`<p class="tempo">${this.strings.tempo}: ${tempo}</p>` : nothing}
        ${suggested ? html`<p class="suggestion">${this.strings.suggestion}</p>` : nothing}
      </div>
    `;
  }

  #renderList(title: string, items: readonly string[], part: string, ordered = false) {
    if (items.length === 0) return nothing;
    const rows = items.map((item) => html`<li>${item}</li>`);
    return html`
      <section>
        ${this.#subheading(title)}
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

  #renderMedia(exercise: Exercise): TemplateResult {
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
              @error=${() => this.#onMediaError(media)}
            ></video>`
          : html`<img
              src=${media.url}
              alt=${media.alt}
              loading="lazy"
              decoding="async"
              @error=${() => this.#onMediaError(media)}
            />`;
    return html`<figure part="media" class="media"><slot name="media">${fallback}</slot></figure>`;
  }

  #renderLevels(exercise: Exercise): TemplateResult {
    const s = this.strings;
    const levels: [ExerciseLevel, string][] = [
      ['standard', s.standard],
      ['easier', s.easier],
      ['harder', s.harder],
    ];
    const option = this.level === 'standard' ? undefined : exercise[this.level];
    return html`
      <section>
        ${this.#subheading(s.options)}
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

  #renderDetails(exercise: Exercise): TemplateResult {
    const s = this.strings;
    return html`
      <div part="details" class="details" id=${this.#detailsId} ?hidden=${!this.expanded}>
        ${this.#renderMedia(exercise)}
        <p><strong>${s.muscles}:</strong> ${exercise.muscles.join(', ')}</p>
        <section>
          ${this.#subheading(s.setup)}
          <p>${exercise.setup}</p>
        </section>
        ${this.#renderList(s.steps, exercise.steps, 'steps', true)}
        ${this.#renderList(s.cues, exercise.cues, 'cues')}
        ${this.#renderList(s.mistakes, exercise.mistakes, 'mistakes')}
        ${this.#renderLevels(exercise)}
      </div>
    `;
  }

  #renderCard(exercise: Exercise): TemplateResult {
    const s = this.strings;
    const equipment = exercise.equipment.length ? exercise.equipment.join(', ') : s.noEquipment;
    return html`
      <article part="card" class="card">
        ${this.#renderHeader(exercise)}
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
            @click=${this.#toggleDetails}
          >
            ${this.expanded ? s.hideDetails : s.showDetails}
          </button>
        </div>
        ${this.#renderDetails(exercise)}
      </article>
    `;
  }

  /** A pre-rendered card showed its how-to: it stays open for the reader who is reading it. */
  protected override hydrated(): void {
    this.expanded = true;
    super.hydrated();
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.validatorFailed)
      return renderLoadFailed(s.codeFailed, s.retry, () => this.retryFailedChunks());
    if (this.problems.length > 0)
      return renderProblems(this.strings.invalidExercise, this.problems);
    if (!this.checked) return html`<p part="error" class="error">${this.strings.noExercise}</p>`;
    return this.#renderCard(this.checked);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
