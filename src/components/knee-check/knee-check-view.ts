import { html, nothing, type TemplateResult } from 'lit';
import type { Exercise, Routine } from '../../data/types.js';
import { MAX_PAIN, type MorningAnswer } from '../../knee-check/pain-rules.js';
import { button } from '../exercise-routine/routine-views.js';
import { renderHistory } from './history-view.js';
import type { KneeCheck } from './knee-check.js';

const RATINGS = Array.from({ length: MAX_PAIN + 1 }, (_, rating) => rating);

/** Arrow keys, Home and End move through the ratings (a tap, Enter or Space chooses). */
const STEPS: Readonly<Record<string, (rating: number) => number>> = {
  ArrowRight: (r) => r + 1,
  ArrowDown: (r) => r + 1,
  ArrowLeft: (r) => r - 1,
  ArrowUp: (r) => r - 1,
  Home: () => 0,
  End: () => MAX_PAIN,
};

/** Eleven buttons in a radio group, 0 to 10, the ends labelled; one tap chooses. */
function renderRatings(check: KneeCheck, question: string, choose: (rating: number) => void) {
  const s = check.strings;
  const picked = check.picked;
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter and Space choose on the key's press, as a radio group's do: the same in every
    // engine (Firefox would click on Space's release), and the buttons are gone by then.
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(picked ?? 0);
      return;
    }
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    check.pick(Math.min(MAX_PAIN, Math.max(0, step(picked ?? 0))));
  };
  return html`<p class="knee__question" id="knee-question">${question}</p>
    <div
      class="knee__ratings"
      role="radiogroup"
      aria-labelledby="knee-question"
      @keydown=${onKeyDown}
    >
      ${RATINGS.map(
        (rating) =>
          html`<button
            part="button"
            class="button knee__rating"
            type="button"
            role="radio"
            aria-checked=${picked === rating ? 'true' : 'false'}
            aria-label=${s.rating(rating)}
            tabindex=${(picked ?? 0) === rating ? '0' : '-1'}
            @click=${() => choose(rating)}
          >
            ${rating}
          </button>`,
      )}
    </div>
    <p class="knee__ends" aria-hidden="true">
      <span>${s.noPain}</span><span>${s.worstPain}</span>
    </p>`;
}

function renderMorning(check: KneeCheck): TemplateResult {
  const s = check.strings;
  const answers: [MorningAnswer, string][] = [
    ['yes', s.yes],
    ['no', s.no],
    ['not-sure', s.notSure],
  ];
  return html`<p class="knee__question" id="knee-question">${s.morningQuestion}</p>
    <div class="actions" role="group" aria-labelledby="knee-question">
      ${answers.map(([answer, label]) => button(label, () => check.morning(answer)))}
    </div>`;
}

function renderStop(check: KneeCheck, confirming: boolean): TemplateResult {
  const s = check.strings;
  return html`<p class="knee__title knee__title--stop">${s.stopTitle}</p>
    <p>${s.stopReason}</p>
    <p>${s.seeProfessional}</p>
    <p>${s.progressKept}</p>
    <div class="actions">
      ${button(s.finishToday, () => check.finishToday(), 'primary', { focusName: 'knee-stop' })}
      ${confirming ? nothing : button(s.continueAnyway, () => check.continueAnyway(), 'quiet')}
    </div>
    ${
      confirming
        ? html`<p>${s.continueWarning}</p>
            ${button(s.confirmContinue, () => check.continueAnyway(), 'secondary', { focusName: 'knee-confirm' })}`
        : nothing
    }`;
}

/** What the check asks or says now, if anything. */
function renderAsk(check: KneeCheck, routine: Routine | undefined): unknown {
  const s = check.strings;
  const panel = check.panel;
  const skip = (then: () => void) => button(s.skip, then, 'quiet');
  switch (panel?.kind) {
    case 'check-in':
      return html`${renderRatings(check, s.checkInQuestion, (r) => check.checkIn(r))}
      ${skip(() => check.checkIn(undefined))}`;
    case 'morning':
      return html`${renderMorning(check)} ${skip(() => check.morning(undefined))}`;
    case 'rate': {
      const { exerciseId } = panel;
      const name = routine?.exercises.find(({ id }) => id === exerciseId)?.name;
      return html`${name ? html`<p class="knee__title">${name}</p>` : nothing}
      ${renderRatings(check, s.rateQuestion, (r) => check.rate(exerciseId, r))}
      ${skip(() => check.rate(exerciseId, undefined))}`;
    }
    case 'said': {
      const texts = {
        'carry-on': [s.carryOn],
        'ease-off': panel.before ? [s.easeOffToday] : [s.easeOff, s.checkTomorrow],
        stop: [],
      }[panel.outcome];
      return html`<div role="status">${texts.map((text) => html`<p>${text}</p>`)}</div>`;
    }
    case 'stop':
      return html`<div role="alert">${renderStop(check, panel.confirming)}</div>`;
    default:
      return nothing;
  }
}

/** The easier version the reader is given, and the way back to the standard one. */
function renderEasier(check: KneeCheck, exercise: Exercise, short: boolean): unknown {
  if (check.stopped || check.levelOf(exercise) !== 'easier') return nothing;
  const s = check.strings;
  const back = () => check.useEasier(false);
  if (short) {
    return html`<p class="knee-line">
      ${s.easierShort(exercise.easier.name)} ${button(s.standardShort, back, 'quiet')}
    </p>`;
  }
  return html`<div class="knee__easier">
    <p>${s.easierOption(exercise.easier.name, exercise.easier.description)}</p>
    ${button(s.backToStandard, back, 'quiet')}
  </div>`;
}

/** The workout view's line after a rating: short, the full advice being on the page. */
function renderSaidShort(check: KneeCheck): unknown {
  const panel = check.panel;
  if (panel?.kind !== 'said') return nothing;
  const s = check.strings;
  const text = {
    'carry-on': s.carryOnShort,
    'ease-off': panel.before ? s.easeOffTodayShort : s.easeOffShort,
    stop: '',
  }[panel.outcome];
  return html`<p class="knee-line" role="status">${text}</p>`;
}

/**
 * The check under the current exercise: a question, a response, the easier version. In the
 * workout view (`compact`) a question or the stop message takes the timer's place; what is
 * said after an answer and the easier version given are a line each above the timer.
 */
export function renderKneePanel(
  check: KneeCheck,
  exercise: Exercise,
  routine: Routine | undefined,
  compact: boolean,
): unknown {
  if (compact && !check.asking) {
    // One line's room: what was said stands in for the easier version until the next set.
    const said = renderSaidShort(check);
    return said === nothing ? renderEasier(check, exercise, true) : said;
  }
  const ask = renderAsk(check, routine);
  const easier = compact ? nothing : renderEasier(check, exercise, false);
  if (ask === nothing && easier === nothing) return nothing;
  return renderBox(check, html`${ask} ${easier}`, ask !== nothing);
}

function renderBox(check: KneeCheck, content: unknown, guidance: boolean): TemplateResult {
  const s = check.strings;
  return html`<section part="knee-check" class="knee" aria-label=${s.title}>
    ${content} ${guidance ? html`<p class="note">${s.guidance}</p>` : nothing}
  </section>`;
}

/** In the summary: the last exercise's rating, if asked, and the history. */
export function renderKneeSummary(check: KneeCheck, routine?: Routine): TemplateResult {
  const ask = check.panel?.kind === 'rate' || check.panel?.kind === 'said';
  return html`${ask ? renderBox(check, renderAsk(check, routine), true) : nothing}
  ${renderHistory(check)}`;
}
