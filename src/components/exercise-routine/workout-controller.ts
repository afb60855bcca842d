import type { ReactiveController } from 'lit';
import type { FocusKeeper, RenderHost } from '../../internal/focus-keeper.js';
import { WakeLockController } from '../../timer/wake-lock-controller.js';

/** What the view's keys drive on the timer. */
export interface WorkoutTimer {
  primaryAction(): void;
  togglePause(): void;
}

/**
 * The focused workout view's life: entering asks for fullscreen on the element where the
 * browser allows it (not on an iPhone, nor in a sandboxed iframe), and in every case the
 * element draws itself as a fixed layer over the page, with the page's scroll locked and the
 * screen kept awake. Leaving (Exit, Escape, leaving fullscreen, disconnect) puts back the
 * page's scroll position, its scrolling and the focus where they were.
 */
export class WorkoutController implements ReactiveController {
  readonly #host: RenderHost;
  readonly #wakeLock: WakeLockController;
  readonly #focus: FocusKeeper;
  #active = false;
  #fullscreen = false;
  #scroll = { x: 0, y: 0 };
  /** The page's own `overflow-x` and `overflow-y` on `<html>`, put back on leaving. */
  #rootOverflow: [string, string, string, string] = ['', '', '', ''];
  #returnFocus: HTMLElement | undefined;
  readonly #onFullscreenChange = () => this.#fullscreenChanged();
  /** Focus that lands on the page behind the layer is brought back into it. */
  readonly #onFocusIn = (event: FocusEvent) => {
    if (!event.composedPath().includes(this.#host)) this.#focus.focus('exit');
  };

  /** Called whenever the view closes, however it was closed. */
  readonly #onExit: () => void;

  /** `focus`: the host's focus keeper (the routine flow's). */
  constructor(host: RenderHost, focus: FocusKeeper, onExit: () => void = () => undefined) {
    this.#host = host;
    this.#onExit = onExit;
    this.#wakeLock = new WakeLockController(host);
    this.#focus = focus;
    host.addController(this);
  }

  /** Whether the workout view is showing. */
  get active(): boolean {
    return this.#active;
  }

  hostDisconnected(): void {
    this.exit({ restoreFocus: false });
  }

  /** Opens the workout view; call from the reader's tap (fullscreen needs one). */
  enter(): void {
    if (this.#active) return;
    // One view at a time: two would pull focus from each other for ever.
    shown.view?.exit({ restoreFocus: false });
    shown.view = this;
    this.#active = true;
    this.#scroll = { x: window.scrollX, y: window.scrollY };
    this.#returnFocus = deepActiveElement();
    const { style } = document.documentElement;
    this.#rootOverflow = [
      style.getPropertyValue('overflow-x'),
      style.getPropertyPriority('overflow-x'),
      style.getPropertyValue('overflow-y'),
      style.getPropertyPriority('overflow-y'),
    ];
    style.setProperty('overflow', 'hidden', 'important');
    this.#wakeLock.wanted = true;
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    document.addEventListener('focusin', this.#onFocusIn);
    this.#requestFullscreen();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#focus.focus('exercise'));
  }

  /** Closes the workout view and puts the page back as it was. */
  exit({ restoreFocus = true } = {}): void {
    if (!this.#active) return;
    this.#active = false;
    if (shown.view === this) shown.view = undefined;
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    document.removeEventListener('focusin', this.#onFocusIn);
    const inFullscreen = this.#fullscreen && document.fullscreenElement === this.#host;
    const leftFullscreen = inFullscreen ? document.exitFullscreen().catch(() => undefined) : null;
    this.#fullscreen = false;
    const { style } = document.documentElement;
    const [x1, xPriority, y1, yPriority] = this.#rootOverflow;
    style.removeProperty('overflow');
    if (x1) style.setProperty('overflow-x', x1, xPriority);
    if (y1) style.setProperty('overflow-y', y1, yPriority);
    this.#wakeLock.wanted = false;
    this.#onExit();
    this.#host.requestUpdate();
    const { x, y } = this.#scroll;
    const before = this.#returnFocus;
    this.#returnFocus = undefined;
    // Leaving fullscreen resizes the viewport a moment later: scroll back once it has.
    void Promise.all([this.#host.updateComplete, leftFullscreen]).then(() => {
      window.scrollTo(x, y);
      requestAnimationFrame(() => requestAnimationFrame(() => window.scrollTo(x, y)));
      if (!restoreFocus) return;
      // The control that opened the view is drawn afresh when the page view comes back.
      if (before?.isConnected) before.focus({ preventScroll: true });
      else this.#focus.focus('start', { preventScroll: true });
    });
  }

  /** In the view, Space or Enter is the timer's primary button, P pauses, Escape leaves. */
  onKeyDown(event: KeyboardEvent, timer: WorkoutTimer | null): void {
    if (!this.#active || event.defaultPrevented || event.repeat) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The how-to sheet is a dialog of its own: its keys (Escape closes it) stay there.
    if ((event.target as Element | null)?.closest?.('dialog')) return;
    const key = event.key.toLowerCase();
    const onControl = event.composedPath()[0] instanceof HTMLButtonElement;
    if (key === 'escape') this.exit();
    else if ((key === ' ' || key === 'enter') && !onControl) timer?.primaryAction();
    else if (key === 'p') timer?.togglePause();
    else return;
    event.preventDefault();
  }

  #requestFullscreen(): void {
    const host = this.#host;
    if (!document.fullscreenEnabled || typeof host.requestFullscreen !== 'function') return;
    host.requestFullscreen({ navigationUI: 'hide' }).then(
      () => (this.#fullscreen = true),
      // Refused (no user gesture, a permissions policy): the fixed layer is already showing.
      () => undefined,
    );
  }

  /** The reader left fullscreen (Escape, a system gesture): leave the workout view with it. */
  #fullscreenChanged(): void {
    if (this.#fullscreen && document.fullscreenElement !== this.#host) this.exit();
  }
}

/** The workout view showing on the page, if any. */
const shown: { view?: WorkoutController | undefined } = {};

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
