import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab until `matches` accepts the focused element; fails after `limit` presses.
 *
 * Past the page's last control a reader's Tab goes through the browser's own controls and
 * then back to the top of the page. Headless Chromium wraps to the top at once; Firefox and
 * WebKit move focus out of the page, where it stays (later key presses reach nothing). A stop
 * at the end of the page stands in for the browser's controls: from there focus returns to
 * the top, as it would for the reader.
 */
export async function tabTo(matches: (el: Element) => boolean, limit = 80): Promise<Element> {
  const browserControls = document.createElement('span');
  browserControls.tabIndex = 0;
  const top = document.createElement('span');
  top.tabIndex = -1;
  document.body.prepend(top);
  document.body.append(browserControls);
  try {
    for (let i = 0; i < limit; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (active === browserControls) top.focus();
      else if (active && matches(active)) return active;
    }
  } finally {
    top.remove();
    browserControls.remove();
  }
  throw new Error(`no focusable element matched after ${limit} Tab presses`);
}

export const buttonLabelled = (text: string) => (el: Element) =>
  el.localName === 'button' && (el.textContent ?? '').trim().startsWith(text);

export const timerButton = (action: string) => (el: Element) =>
  el.localName === 'button' && el.getAttribute('data-action') === action;
