import type { ReactiveController } from 'lit';
import type { RenderHost } from '../../internal/focus-keeper.js';

/**
 * Tells whether the routine's body is laid out in two columns, list beside the exercise. The
 * stylesheet's container query decides; this reads its outcome (the body's grid tracks), so
 * the list can show full rows there instead of the narrow layout's chips.
 *
 * It watches `.width-probe`, an empty element as wide as the frame and never taller than
 * nothing: what changes with the answer (the list's height) cannot resize what is watched,
 * so the observer never loops.
 */
export class ColumnsController implements ReactiveController {
  twoColumns = false;
  #observer?: ResizeObserver;
  #watched?: Element;
  #body?: Element | null;
  #frame = 0;

  constructor(private readonly host: RenderHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // The answer is applied in the next frame, not inside the observer's callback: WebKit
    // reports a "ResizeObserver loop" error whenever a callback's re-render changes any
    // layout it is still delivering.
    this.#observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#check());
    });
    this.#watched = undefined;
    this.#body = undefined;
  }

  /**
   * Watches the probe once it is rendered, and again when the body appears (a routine that
   * has loaded): observing anew delivers a first answer after the next layout, without
   * forcing one now.
   */
  hostUpdated(): void {
    const root = this.host.renderRoot;
    const probe = root.querySelector('.width-probe');
    const body = root.querySelector('.body');
    if (!probe || !this.#observer) return;
    if (probe === this.#watched && body === this.#body) return;
    if (this.#watched) this.#observer.unobserve(this.#watched);
    this.#observer.observe(probe);
    this.#watched = probe;
    this.#body = body;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #check(): void {
    const body = this.host.renderRoot.querySelector('.body');
    const tracks = body ? getComputedStyle(body).gridTemplateColumns : 'none';
    const twoColumns = tracks !== 'none' && tracks.trim().split(/\s+/).length > 1;
    if (twoColumns === this.twoColumns) return;
    this.twoColumns = twoColumns;
    this.host.requestUpdate();
  }
}
