import { html, type TemplateResult } from 'lit';

/** What an element shows when code it loads on demand could not load: why, and Retry. */
export function renderLoadFailed(
  message: string,
  retryLabel: string,
  retry: () => void,
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${message}</p>
    <button part="button" class="button" type="button" @click=${retry}>${retryLabel}</button>
  </div>`;
}
