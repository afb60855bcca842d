import { css } from 'lit';

/** The error state every element shows for invalid input or a failed load. */
export const errorStyles = css`
  .error {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_routine-spacing);
    border: 2px solid var(--_routine-danger);
    border-radius: var(--_routine-radius);
    background: var(--_routine-surface);
  }
  .error p,
  .error ul {
    margin: 0;
  }
  .error code {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;
