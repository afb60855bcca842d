import { css } from 'lit';

export const exerciseCardStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_routine-spacing) * 0.75);
    padding: var(--_routine-spacing);
    border: 1px solid var(--_routine-border);
    border-radius: var(--_routine-radius);
    background: var(--_routine-surface);
    overflow-wrap: anywhere;
  }
  :host([status='current']) .card {
    border-color: var(--_routine-accent);
    box-shadow: inset 4px 0 0 var(--_routine-accent);
  }
  .header {
    display: grid;
    gap: 0.25em;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
  }
  .status {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--_routine-tint);
  }
  .status--done {
    color: var(--_routine-success);
  }
  .status--current {
    color: var(--_routine-accent);
  }
  .prescription {
    margin: 0;
    /* Keeps "30 s" together on narrow screens instead of leaving the unit alone. */
    text-wrap: balance;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .suggestion,
  .tempo,
  .muted {
    margin: 0;
    color: var(--_routine-muted);
    font-size: 0.875em;
  }
  p {
    margin: 0;
  }
  .subheading {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }
  /* Danger-tinted, not accent-tinted, so a red accent does not make it look like the card. */
  .caution {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_routine-danger);
    background: var(--_routine-tint);
    background: color-mix(in srgb, var(--_routine-danger) 7%, var(--_routine-surface));
  }
  .details {
    display: grid;
    gap: calc(var(--_routine-spacing) * 0.75);
  }
  .details[hidden] {
    display: none;
  }
  .media {
    margin: 0;
  }
  .media video,
  .media img,
  ::slotted([slot='media']) {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_routine-radius) * 0.5);
    background: var(--_routine-tint);
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    :host([status='current']) .card {
      border-width: 3px;
      border-color: Highlight;
    }
  }
  /*
   * A pre-rendered card before (or without) its script: the how-to shows (and stays open once
   * the script runs); the buttons keep their room, hidden, so nothing moves when they appear.
   */
  :host(:not(:defined)) .details[hidden] {
    display: grid;
  }
  :host(:not(:defined)) [part~='toggle'],
  :host(:not(:defined)) .levels {
    visibility: hidden;
  }
`;
