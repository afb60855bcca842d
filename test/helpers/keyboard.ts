import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `matches` accepts the focused element; fails after `limit` presses. */
export async function tabTo(matches: (el: Element) => boolean, limit = 80): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`no focusable element matched after ${limit} Tab presses`);
}

export const buttonLabelled = (text: string) => (el: Element) =>
  el.localName === 'button' && (el.textContent ?? '').trim().startsWith(text);

export const timerButton = (action: string) => (el: Element) =>
  el.localName === 'button' && el.getAttribute('data-action') === action;
