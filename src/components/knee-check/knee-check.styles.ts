import { css, type CSSResult } from 'lit';
import type { RenderHost } from '../../internal/focus-keeper.js';

/** The knee check's styles, added to its element's shadow root with its code. */
export const kneeCheckStyles: CSSResult = css`
  .knee,
  .knee-history {
    display: grid;
    gap: 0.5em;
    margin-block: calc(var(--_routine-spacing) * 0.75);
    padding: 0.75em;
    border: 1px solid var(--_routine-border);
    border-inline-start: 4px solid var(--_routine-accent);
    border-radius: calc(var(--_routine-radius) * 0.5);
    background: var(--_routine-tint);
  }
  .knee p,
  .knee-history p {
    margin: 0;
  }
  .knee [role='alert'],
  .knee [role='status'] {
    display: grid;
    gap: 0.5em;
  }
  .knee__title {
    font-weight: 700;
  }
  .knee__title--stop {
    color: var(--_routine-danger);
    font-size: 1.125em;
  }
  .knee__question {
    font-weight: 600;
  }
  .knee__ratings {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(2.75rem, 1fr));
    gap: 0.25em;
  }
  .knee__rating {
    min-width: 0;
    min-height: 44px;
    padding-inline: 0;
    font-variant-numeric: tabular-nums;
  }
  .knee__rating[aria-checked='true'] {
    outline: 2px solid var(--_routine-accent);
    outline-offset: 1px;
  }
  .knee__ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    color: var(--_routine-muted);
    font-size: 0.875em;
  }
  .knee__easier {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  /* The workout view: a question fills the timer's place, its answers at the bottom. */
  .frame--workout .body,
  .frame--workout .current {
    min-height: 0;
  }
  set-timer[hidden] {
    display: none;
  }
  .frame--workout .knee {
    flex: 1;
    min-height: 0;
    margin: 0;
    align-content: end;
    overflow: auto;
  }
  .knee-line {
    margin: 0;
    font-size: 0.8125em;
    line-height: 1.2;
  }
  .knee-line .button {
    min-height: 24px;
    padding-block: 0;
    padding-inline: 0.25em;
  }
  /*
   * On a short screen a line of the check's takes the room of "Up next" and of the note that
   * the last exercise is done (announced when it came; the head names the new one).
   */
  @media (max-height: 44rem) {
    .frame--workout .current:has(.knee-line) .workout-next,
    .frame--workout .current:has(.knee-line) > .note-bar {
      display: none;
    }
  }
  .chart {
    margin: 0;
  }
  .chart__svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .chart__grid {
    stroke: var(--_routine-border);
    stroke-width: 1;
  }
  .chart__axis,
  .chart__count {
    fill: var(--_routine-muted);
    /* In the 320-unit picture: about 10 px where a 320 px screen scales it down. */
    font-size: 12px;
  }
  .chart__count {
    fill: var(--_routine-text);
    font-weight: 700;
  }
  .chart__dot {
    fill: var(--_routine-accent);
    stroke: var(--_routine-surface);
  }
  .chart__dot--unrated {
    fill: var(--_routine-surface);
    stroke: var(--_routine-accent);
  }
  @media (forced-colors: active) {
    .knee,
    .knee-history {
      border-color: CanvasText;
    }
    .chart__grid {
      stroke: GrayText;
    }
    .chart__axis,
    .chart__count {
      fill: CanvasText;
    }
    .chart__dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .chart__dot--unrated {
      fill: Canvas;
      stroke: CanvasText;
    }
    .knee__rating[aria-checked='true'] {
      outline-color: Highlight;
    }
  }
`;

/**
 * Adds the styles to `host`'s shadow root, after its own: checked at every update, since the
 * workout view's styles, adopted later, replace the root's list.
 */
export function adoptKneeCheckStyles(host: RenderHost): void {
  const root = host.renderRoot;
  const sheet = kneeCheckStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
