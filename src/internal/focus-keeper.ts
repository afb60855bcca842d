import type { ReactiveController, ReactiveElement } from 'lit';

type Host = ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps keyboard and screen-reader users in place when an action removes the control that had
 * focus (the timer after its last set, Reset, Finish): after the next render, focus moves to
 * the element marked `data-focus="<target>"`. Only focus already inside the host is moved; the
 * page's own focus is never taken.
 */
export class FocusKeeper implements ReactiveController {
  #target?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Moves focus to `[data-focus="target"]` after the next render, if the host has focus now. */
  moveTo(target: string): void {
    if (this.host.matches(':focus-within')) this.#target = target;
  }

  hostUpdated(): void {
    const target = this.#target;
    this.#target = undefined;
    const element =
      target && this.host.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`);
    if (!element) return;
    // A freshly created element (the timer after a reset) has no focusable content until it renders.
    const rendered = (element as Partial<ReactiveElement>).updateComplete ?? Promise.resolve();
    void rendered.then(() => element.focus());
  }
}
