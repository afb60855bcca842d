import { html, type LitElement, type TemplateResult } from 'lit';
import type { Routine } from '../../data/types.js';
import type { Strings } from '../../i18n/index.js';

/** The take-along controls, in order; each is also its part name. */
export const TAKE_ALONG = ['print', 'phone', 'reminders', 'share'] as const;
export type TakeAlongKind = (typeof TAKE_ALONG)[number];

/** What the take-along controls read from the element. */
export interface TakeAlongView {
  strings: Strings;
  /** Server-rendered and not yet taken over: shown, disabled, since each needs the script. */
  waiting: boolean;
  /** The last confirmation ("Link copied"), shown and announced under the controls. */
  note: string;
  /** Does what the control `kind` is for; `opener` gets focus back from a dialog. */
  run: (kind: TakeAlongKind, opener: HTMLElement) => void;
}

/**
 * Print, Continue on your phone (CSS shows it only where the primary pointer is fine),
 * calendar reminders and Share: ways to carry the routine from the article to the gym.
 */
export function renderTakeAlong(view: TakeAlongView): TemplateResult {
  const { strings: s } = view;
  const labels = {
    print: s.print,
    phone: s.continueOnPhone,
    reminders: s.addReminders,
    share: s.share,
  };
  return html`<div part="take-along" class="take-along">
    ${TAKE_ALONG.map(
      (kind) =>
        html`<button
          part="button ${kind}"
          class="button button--quiet"
          type="button"
          ?disabled=${view.waiting}
          @click=${(event: Event) => view.run(kind, event.currentTarget as HTMLElement)}
        >
          ${labels[kind]}
        </button>`,
    )}
    <p aria-live="polite">${view.note}</p>
  </div>`;
}

/** What the take-along code loaded on demand does for each control but Print. */
export type TakeAlongCode = Partial<Record<TakeAlongKind, (context: TakeAlongContext) => unknown>>;

/** What the take-along code loaded on demand gets from the element. */
export interface TakeAlongContext {
  host: LitElement;
  routine: Routine;
  strings: Strings;
  /** The control that opened a dialog: focus goes back to it. */
  opener: HTMLElement | null;
  /** Shows and announces a confirmation under the controls. */
  confirm: (note: string) => void;
}
