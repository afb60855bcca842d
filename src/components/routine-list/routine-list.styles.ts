import { css } from 'lit';

export const routineListStyles = css`
  /* Figures of equal width, so the counts keep their place as they change. */
  .wrap {
    container-type: inline-size;
    font-variant-numeric: tabular-nums;
  }
  .overall {
    display: grid;
    gap: 0.25em;
    margin-bottom: calc(var(--_routine-spacing) * 0.5);
    color: var(--_routine-muted);
    font-size: 0.875em;
  }
  .bar {
    height: 8px;
    border-radius: 999px;
    background: var(--_routine-tint);
    overflow: hidden;
  }
  .bar-fill {
    height: 100%;
    width: calc(var(--_routine-fraction, 0) * 100%);
    background: var(--_routine-success);
    transition: width 250ms ease-out;
  }
  ol {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 48px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_routine-border);
    border-radius: calc(var(--_routine-radius) * 0.75);
    background: var(--_routine-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item[aria-current='step'] {
    border: 2px solid var(--_routine-accent);
  }
  /* Server-rendered, before (or without) the script: the list reads, but picks nothing yet. */
  .item:disabled {
    cursor: default;
  }
  .item:focus-visible {
    outline: 3px solid var(--_routine-accent);
    outline-offset: 2px;
  }
  .number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.1em;
    min-width: 2em;
    padding-inline: 0.35em;
    height: 2em;
    border-radius: 999px;
    background: var(--_routine-tint);
    font-weight: 700;
  }
  .item--done .number {
    background: var(--_routine-success);
    color: var(--_routine-surface);
  }
  .name {
    font-weight: 600;
  }
  .count {
    color: var(--_routine-muted);
    font-size: 0.875em;
    white-space: nowrap;
  }
  /*
   * The compact strip: numbered chips in a row, names kept for screen readers only; forced
   * (compact), or chosen by the container's width (auto). The same rules twice, as a
   * container query can only wrap rules.
   */
  .wrap--compact ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .wrap--compact .item {
    grid-template-columns: auto;
    justify-items: center;
    width: auto;
    min-width: 44px;
    padding: 0.25em;
  }
  .wrap--compact .name,
  .wrap--compact .count {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @container (max-width: 30rem) {
    .wrap--auto ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
    }
    .wrap--auto .item {
      grid-template-columns: auto;
      justify-items: center;
      width: auto;
      min-width: 44px;
      padding: 0.25em;
    }
    .wrap--auto .name,
    .wrap--auto .count {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar-fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .item {
      border-color: ButtonText;
    }
    .item[aria-current='step'] {
      border-color: Highlight;
    }
    .bar {
      border: 1px solid CanvasText;
    }
    .bar-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
