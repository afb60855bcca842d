// The workout view's code, loaded on demand (src/internal/chunks.ts) when the reader first
// taps Start workout, or before, when the browser is idle after the first render.
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import type { LitElement } from 'lit';
import type { Exercise } from '../../data/types.js';
import { describePrescription } from '../exercise-card/describe-prescription.js';
import { renderCard, type CurrentView } from './current-exercise.js';
import { button } from './routine-views.js';
import { workoutViewStyles } from './workout-view.styles.js';

export { WorkoutController } from './workout-controller.js';

/** The shadow roots that have the view's styles already. */
const styled = new WeakSet<ShadowRoot>();

/**
 * Gives `host` the view's styles, once: before its last sheet, whose rules (the phone padding,
 * forced colours) win over the view's. Without constructable stylesheets (Lit's fallback of
 * `<style>` elements) they come last.
 */
export function adoptWorkoutStyles(host: LitElement): void {
  const root = host.renderRoot as ShadowRoot;
  if (styled.has(root)) return;
  styled.add(root);
  if (!supportsAdoptingStyleSheets) return adoptStyles(root, [workoutViewStyles]);
  const styles = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(root, [...styles.slice(0, -1), workoutViewStyles, ...styles.slice(-1)]);
}

/** What the view shows above the timer: where the reader is and what to do. */
export function renderWorkoutHead(view: CurrentView, exercise: Exercise): TemplateResult {
  const { flow, strings: s } = view;
  const next = flow.note?.kind === 'done' ? undefined : flow.progress.next;
  const showHowTo = (event: Event) => {
    const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
    root.querySelector<HTMLDialogElement>('dialog.sheet')?.showModal();
  };
  const count = s.exerciseOf(flow.progress.currentIndex + 1, view.routine.exercises.length);
  return html`<div class="workout-bar">
      <p class="workout-count">${count}</p>
      ${button(s.exitWorkout, view.exitWorkout, 'quiet', { focusName: 'exit' })}
    </div>
    <div class="workout-head">
      <div
        class="workout-name"
        role="heading"
        aria-level=${Math.min(view.level + 1, 6)}
        tabindex="-1"
        data-focus="exercise"
      >
        ${exercise.name}
      </div>
      <p class="meta">${describePrescription(exercise.prescription, s)}</p>
      <div class="workout-links">
        ${button(s.howTo, showHowTo as () => void, 'quiet')}
        <p class="workout-safety">${s.stopIfPain}</p>
      </div>
      ${next ? html`<p class="meta workout-next">${s.upNext(next.name)}</p>` : nothing}
    </div>`;
}

/** The how-to of the view: the full card in a sheet over the timer. */
export function renderSheet(view: CurrentView, exercise: Exercise): TemplateResult {
  const close = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
  return html`<dialog class="sheet" aria-label=${exercise.name}>
    ${renderCard(view, exercise, 'current')} ${button(view.strings.close, close as () => void)}
  </dialog>`;
}
