import { css } from 'lit';
import { containerHostStyles, elementStyles } from '../../styles/tokens.styles.js';
import { takeAlongStyles } from './take-along.styles.js';

const ownStyles = css`
  .frame[dir='rtl'] {
    --_routine-direction: rtl;
  }
  .frame {
    container-type: inline-size;
    position: relative;
    display: grid;
    gap: var(--_routine-spacing);
    padding: var(--_routine-spacing);
    border: 1px solid var(--_routine-border);
    border-radius: var(--_routine-radius);
    background: var(--_routine-surface);
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .header {
    display: grid;
    gap: calc(var(--_routine-spacing) * 0.75);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
    font-weight: 700;
  }
  .subheading {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }
  .meta,
  .credits,
  .note {
    color: var(--_routine-muted);
    font-size: 0.875em;
  }
  /* The safety notice reads as a warning whatever the accent: the danger colour all round,
     a danger-tinted fill, and a warning sign and "Safety" in its heading. */
  .safety {
    padding: 0.75em 1em;
    border: 1px solid var(--_routine-danger);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_routine-radius) * 0.5);
    background: var(--_routine-surface);
    background: color-mix(in srgb, var(--_routine-danger) 7%, var(--_routine-surface));
  }
  /* A server-rendered routine's every how-to: native disclosure, readable without script. */
  .how-to {
    display: grid;
    gap: 0.5em;
    margin-block-start: var(--_routine-spacing);
  }
  .how-to__exercise {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_routine-border);
    border-radius: calc(var(--_routine-radius) * 0.5);
  }
  .how-to__exercise > summary {
    min-height: 44px;
    display: list-item;
    padding-block: 0.6em;
    font-weight: 700;
    cursor: pointer;
  }
  .how-to__exercise > summary:focus-visible {
    outline: 3px solid var(--_routine-accent);
    outline-offset: 2px;
  }
  .how-to__dose {
    display: block;
    font-weight: 400;
    color: var(--_routine-muted);
  }
  .how-to__heading {
    font-weight: 700;
  }
  .credits a {
    color: inherit;
    text-decoration: underline;
  }
  .credits a:focus-visible {
    outline: 3px solid var(--_routine-accent);
    outline-offset: 2px;
  }
  .safety-title {
    display: flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_routine-danger);
  }
  .safety-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .body {
    display: grid;
    gap: var(--_routine-spacing);
  }
  .current {
    display: grid;
    gap: var(--_routine-spacing);
    align-content: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .summary {
    font-variant-numeric: tabular-nums;
  }
  .summary,
  .status {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_routine-spacing);
    border-radius: var(--_routine-radius);
    background: var(--_routine-tint);
  }
  /* Reset and the like: set apart, lighter than the buttons used every workout. */
  .button--quiet {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }
  /* Room for Finish and Reset before any set is done (see CurrentView.prerendered). */
  .actions--kept {
    min-height: 44px;
  }
  .actions__gap {
    flex: 1;
  }
  .button--start {
    flex-direction: column;
    justify-self: stretch;
    min-height: max(56px, 3.5rem);
    font-size: 1.125em;
  }
  .button__detail {
    font-size: 0.8em;
    font-weight: 400;
  }
  .note-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_routine-success);
    border-radius: calc(var(--_routine-radius) * 0.5);
    background: var(--_routine-tint);
    font-weight: 600;
  }
`;

/**
 * Rules that win over the workout view's own (workout-view.styles.ts, adopted between these and
 * the ones above when the view first opens): the phone padding, two columns, forced colours.
 */
const lateStyles = css`
  exercise-card:focus {
    outline: none;
  }
  /* Phones: the article already has margins, so the frame gives up most of its own. */
  @media (max-width: 30rem) {
    .frame {
      padding: calc(var(--_routine-spacing) * 0.5);
    }
  }
  /* As wide as the frame and no height: the columns controller watches it. */
  .width-probe {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 0;
    visibility: hidden;
    pointer-events: none;
  }
  /* Two columns when the widget itself is wide: the list beside the current exercise, in
     full rows, staying in view while the reader scrolls through the exercise. */
  @container (min-width: 52rem) {
    .frame--auto .body,
    .frame--full .body {
      grid-template-columns: minmax(14rem, 1fr) 2fr;
      align-items: start;
    }
    .frame--auto .body > routine-list,
    .frame--full .body > routine-list {
      position: sticky;
      top: var(--_routine-sticky-top);
      /* A list longer than the screen scrolls on its own; the padding keeps focus rings in. */
      max-block-size: calc(100vh - 2 * var(--_routine-sticky-top));
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 6px;
      margin: -6px;
    }
  }
  @media (forced-colors: active) {
    .note-bar {
      border: 1px solid CanvasText;
    }
    .frame,
    .safety {
      border: 1px solid CanvasText;
    }
    .safety {
      border-inline-start-width: 4px;
    }
    .safety-title {
      color: CanvasText;
    }
  }
`;

/** The last sheet is `lateStyles`: the workout view puts its own before it. */
export const exerciseRoutineStyles = [
  ...elementStyles,
  containerHostStyles,
  ownStyles,
  takeAlongStyles,
  lateStyles,
];
