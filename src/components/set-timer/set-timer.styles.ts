import { css } from 'lit';

export const setTimerStyles = css`
  .heading {
    justify-self: stretch;
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Figures of equal width throughout, so the time and the counts never jitter as they change. */
  .timer {
    --_routine-ring: var(--_routine-accent);
    font-variant-numeric: tabular-nums;
    display: grid;
    justify-items: center;
    gap: calc(var(--_routine-spacing) * 0.75);
    padding: var(--_routine-spacing);
    border: 1px solid var(--_routine-border);
    border-radius: var(--_routine-radius);
    background: var(--_routine-surface);
  }
  .timer:focus-visible {
    outline: 3px solid var(--_routine-accent);
    outline-offset: 2px;
  }
  .timer--rest {
    --_routine-ring: var(--_routine-success);
  }
  .timer--get-ready,
  .timer--idle {
    --_routine-ring: var(--_routine-muted);
  }
  .face {
    display: grid;
    place-items: center;
    width: min(100%, 16rem);
    aspect-ratio: 1;
  }
  .face > * {
    grid-area: 1 / 1;
  }
  .ring {
    width: 100%;
    height: 100%;
  }
  .ring circle {
    fill: none;
    stroke-width: 7;
  }
  .ring__track {
    stroke: var(--_routine-tint);
  }
  .ring__bar {
    stroke: var(--_routine-ring);
    stroke-linecap: round;
    transition: stroke-dashoffset 0.3s linear;
  }
  .readout {
    display: grid;
    justify-items: center;
    text-align: center;
  }
  .phase {
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_routine-ring);
  }
  .timer--get-ready .phase,
  .timer--idle .phase {
    color: var(--_routine-muted);
  }
  .display {
    font-size: clamp(2.5rem, 14vw, 4rem);
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: 0.02em;
  }
  .unit {
    color: var(--_routine-muted);
    font-weight: 600;
  }
  .status {
    margin: 0;
    text-align: center;
    font-weight: 600;
  }
  .primary-row {
    justify-self: stretch;
    display: grid;
  }
  .primary-row .button {
    min-height: max(52px, 3.25rem);
    font-size: 1.125em;
  }
  /* Columns by the row's width, not the labels: Pause turning into Resume moves nothing. */
  .controls {
    justify-self: stretch;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(5.5rem, 1fr));
    gap: 0.5em;
  }
  /*
   * A pre-rendered timer before (or without) its script: no buttons that would do nothing,
   * but their room is kept, with the note over it, so nothing moves when they appear.
   */
  .needs-script {
    display: none;
  }
  :host(:not(:defined)) .timer {
    position: relative;
  }
  :host(:not(:defined)) .controls,
  :host(:not(:defined)) .primary-row {
    visibility: hidden;
  }
  :host(:not(:defined)) .needs-script {
    display: block;
    position: absolute;
    inset-inline: var(--_routine-spacing);
    bottom: var(--_routine-spacing);
    margin: 0;
    color: var(--_routine-muted);
    text-align: center;
  }
  .hint {
    margin: 0;
    color: var(--_routine-muted);
    font-size: 0.875em;
    text-align: center;
  }
  /* The workout view: the timer fills its column, the primary button sits at the bottom. */
  :host([large]) {
    display: flex;
    flex-direction: column;
  }
  :host([large]) .timer {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: space-between;
    border: 0;
    padding: 0;
    background: none;
  }
  :host([large]) .primary-row {
    align-self: stretch;
  }
  /* The ring takes the height the rest leaves, so the primary button stays on screen even
     on a short phone; the digits follow the viewport's smaller side. */
  :host([large]) .face {
    flex: 1 1 0;
    min-height: 7rem;
    max-height: 22rem;
    width: auto;
    max-width: 100%;
    align-self: center;
  }
  :host([large]) .display {
    font-size: clamp(2.5rem, 11vmin, 6rem);
  }
  :host([large]) .controls {
    align-self: stretch;
  }
  :host([large]) .primary-row .button {
    min-height: max(64px, 4rem);
    font-size: 1.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    .ring__bar {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .timer {
      border-color: CanvasText;
    }
    .ring__track {
      stroke: GrayText;
    }
    .ring__bar {
      stroke: CanvasText;
    }
    .timer--rest .ring__bar {
      stroke: Highlight;
    }
    .phase,
    .timer--get-ready .phase,
    .timer--idle .phase {
      color: CanvasText;
    }
  }
`;
