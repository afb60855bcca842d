import { css } from 'lit';

/** The take-along dialogs' styles, adopted by the element when one first opens. */
export const takeAlongDialogStyles = css`
  .take-along-dialog {
    box-sizing: border-box;
    width: min(26rem, calc(100vw - 2rem));
    padding: var(--_routine-spacing);
    border: 1px solid var(--_routine-border);
    border-radius: var(--_routine-radius);
    background: var(--_routine-surface);
    color: var(--_routine-text);
    font-family: var(--_routine-font-family);
  }
  .take-along-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .take-along-dialog h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .take-along-dialog p {
    margin: 0 0 0.75em;
  }
  .qr {
    display: block;
    width: min(16rem, 100%);
    margin: 0 auto 0.75em;
  }
  .take-along-dialog__url {
    overflow-wrap: anywhere;
    color: var(--_routine-muted);
    font-size: 0.875em;
  }
  .reminders {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .reminders fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    border: 1px solid var(--_routine-border);
    border-radius: calc(var(--_routine-radius) * 0.5);
  }
  .reminders label {
    min-height: 44px;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .reminders input {
    font: inherit;
  }
  .reminders__problem {
    color: var(--_routine-danger);
  }
  .reminders__problem:empty {
    display: none;
  }
  .take-along-dialog__close {
    margin-block-start: 0.5em;
  }
`;
