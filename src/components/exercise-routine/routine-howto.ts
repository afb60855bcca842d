import { html, nothing, type TemplateResult } from 'lit';
import type { Exercise, Routine } from '../../data/types.js';
import type { Strings } from '../../i18n/index.js';
import { describePrescription } from '../exercise-card/describe-prescription.js';
import { directionOf } from '../../internal/lang.js';
import { heading } from './routine-header.js';

/** Where the how-to is shown: `screen` also on screen (server-rendered), `print` only printed. */
export type HowToMedia = 'screen' | 'print';

/**
 * Every exercise's how-to, each in a native `<details>`: what a server-rendered routine adds
 * for readers without script (and search engines), who see one exercise's card otherwise.
 * It works with no script at all, and stays once the script takes over. Printed, it is the
 * handout: every exercise open, with a tick box per set, and the page's address (`url`).
 */
export function renderAllHowTo(
  routine: Routine,
  s: Strings,
  level: number,
  media: HowToMedia,
  url?: string,
): TemplateResult {
  const lang = routine.language ?? s.lang;
  return html`<section
    part="how-to"
    class="how-to how-to--${media}"
    lang=${lang}
    dir=${directionOf(lang)}
  >
    ${heading(level + 1, s.howToEach, 'subheading')}
    ${routine.exercises.map((exercise, index) => renderHowTo(exercise, index, s, level + 2))}
    ${url ? html`<p class="print-only">${url}</p>` : nothing}
  </section>`;
}

/**
 * A box (☐) to tick per set, for the printed handout; for a per-side exercise, a row per side
 * ("each leg" in its dose), the two apart by a slash.
 */
function renderTicks({ prescription }: Exercise) {
  const boxes = '☐ '.repeat(prescription.sets);
  return html`<p class="print-only">${prescription.perSide ? `${boxes}/ ${boxes}` : boxes}</p>`;
}

function renderHowTo(exercise: Exercise, index: number, s: Strings, level: number) {
  return html`<details class="how-to__exercise">
    <summary>
      ${index + 1}. ${exercise.name}
      <span class="how-to__dose">${describePrescription(exercise.prescription, s)}</span>
    </summary>
    <p>${exercise.purpose}</p>
    ${heading(level, s.setup, 'how-to__heading')}
    <p>${exercise.setup}</p>
    ${heading(level, s.steps, 'how-to__heading')}
    <ol>
      ${exercise.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${heading(level, s.cues, 'how-to__heading')}
    <ul>
      ${exercise.cues.map((cue) => html`<li>${cue}</li>`)}
    </ul>
    ${renderTicks(exercise)}
  </details>`;
}
