import type { ReactiveController, ReactiveElement } from 'lit';

/** An element a controller renders into and looks things up in. */
export type RenderHost = ReactiveElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/**
 * Keeps keyboard and screen-reader users in place when an action removes the control that had
 * focus (the timer after its last set, Reset, Finish): after the next render, focus moves to
 * the element marked `data-focus="<target>"`. Only focus already inside the host is moved; the
 * page's own focus is never taken.
 */
export class FocusKeeper implements ReactiveController {
  #target?: string;
  #focus = false;
  #scroll = false;

  constructor(private readonly host: RenderHost) {
    host.addController(this);
  }

  /**
   * Moves focus to `[data-focus="target"]` after the next render, if the host has focus now.
   * With `scroll`, the target is also scrolled to the top of the view even without focus (a
   * tap on a phone focuses no button in Safari).
   */
  moveTo(target: string, { scroll = false } = {}): void {
    this.#focus = this.host.matches(':focus-within');
    this.#scroll = scroll;
    if (this.#focus || scroll) this.#target = target;
  }

  /**
   * Focuses `[data-focus="target"]` now, whether or not the host had focus: the reader opened
   * or left a view, and focus goes with them.
   */
  focus(target: string, options?: FocusOptions): void {
    this.#find(target)?.focus(options);
  }

  #find(target: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`);
  }

  hostUpdated(): void {
    const target = this.#target;
    const scroll = this.#scroll;
    const focus = this.#focus;
    this.#target = undefined;
    const element = target && this.#find(target);
    if (!element) return;
    // A freshly created element (the timer after a reset) has no focusable content until it renders.
    const rendered = (element as Partial<ReactiveElement>).updateComplete ?? Promise.resolve();
    void rendered.then(() => {
      if (focus) element.focus({ preventScroll: scroll });
      if (scroll) element.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
    });
  }
}

/** Smooth, unless the reader asks for reduced motion. */
function scrollBehavior(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
