import { css } from 'lit';

/**
 * The workout view's own styles, adopted by the element when the view first opens: the
 * current exercise alone over the whole screen (or fullscreen), its head and the how-to sheet.
 */
export const workoutViewStyles = css`
  /* The workout view: the current exercise alone over the whole screen (or fullscreen). */
  :host(:fullscreen) {
    background: var(--_routine-surface);
  }
  .frame--workout {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    display: flex;
    flex-direction: column;
    border: 0;
    border-radius: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: max(var(--_routine-spacing), env(safe-area-inset-top))
      max(var(--_routine-spacing), env(safe-area-inset-right))
      max(var(--_routine-spacing), env(safe-area-inset-bottom))
      max(var(--_routine-spacing), env(safe-area-inset-left));
  }
  .frame--workout .body {
    flex: 1;
    display: flex;
    flex-direction: column;
  }
  .frame--workout .current {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_routine-spacing) * 0.5);
  }
  .frame--workout set-timer {
    flex: 1;
  }
  .workout-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .workout-count {
    color: var(--_routine-muted);
    font-weight: 600;
  }
  .workout-head {
    display: grid;
    gap: 0.25em;
  }
  .workout-name {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  .workout-name:focus {
    outline: none;
  }
  .workout-name:focus-visible {
    outline: 3px solid var(--_routine-accent);
    outline-offset: 2px;
  }
  .workout-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
  }
  .workout-links .button {
    padding-inline: 0;
  }
  .workout-safety {
    color: var(--_routine-danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .sheet {
    width: min(100% - 1rem, 40rem);
    max-height: calc(100% - 2rem);
    padding: var(--_routine-spacing);
    border: 1px solid var(--_routine-border);
    border-radius: var(--_routine-radius);
    background: var(--_routine-surface);
    color: var(--_routine-text);
  }
  .sheet[open] {
    display: grid;
    gap: var(--_routine-spacing);
  }
  .sheet::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  @media (forced-colors: active) {
    .sheet {
      border: 1px solid CanvasText;
    }
    .workout-safety {
      color: CanvasText;
    }
  }
`;
