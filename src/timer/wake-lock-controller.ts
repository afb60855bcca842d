import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen awake while `wanted` (a timer runs). The browser drops the lock whenever
 * the page is hidden, so it is requested again on becoming visible. Unsupported (older iOS,
 * a cross-origin iframe without `allow="screen-wake-lock"`) or refused: the timer carries on
 * and only `console.debug` says why.
 */
export class WakeLockController implements ReactiveController {
  #sentinel: WakeLockSentinel | undefined;
  #requesting = false;
  #wanted = false;
  #connected = false;
  readonly #onVisibilityChange = () => this.#update();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the screen should stay awake. */
  get wanted(): boolean {
    return this.#wanted;
  }

  set wanted(wanted: boolean) {
    this.#wanted = wanted;
    this.#update();
  }

  /** Whether a lock is held right now. */
  get held(): boolean {
    return this.#sentinel !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#update();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#release();
  }

  #shouldHold(): boolean {
    return this.#wanted && this.#connected && document.visibilityState === 'visible';
  }

  #update(): void {
    if (this.#shouldHold()) void this.#request();
    else if (!this.#wanted || !this.#connected) this.#release();
    // Hidden while wanted: the browser has released the lock; visible again requests anew.
  }

  async #request(): Promise<void> {
    if (this.#sentinel || this.#requesting) return;
    const wakeLock = navigator.wakeLock as WakeLock | undefined;
    if (!wakeLock) return console.debug('<set-timer>: no screen wake lock in this browser');
    this.#requesting = true;
    let sentinel: WakeLockSentinel;
    try {
      sentinel = await wakeLock.request('screen');
    } catch (error) {
      return console.debug('<set-timer>: screen wake lock refused', error);
    } finally {
      this.#requesting = false;
    }
    if (!this.#shouldHold()) return void sentinel.release().catch(() => undefined);
    if (sentinel.released) return this.#request(); // the page was hidden while it was granted
    this.#sentinel = sentinel;
    sentinel.addEventListener('release', () => {
      if (this.#sentinel === sentinel) this.#sentinel = undefined;
    });
  }

  #release(): void {
    const sentinel = this.#sentinel;
    this.#sentinel = undefined;
    void sentinel?.release().catch(() => undefined);
  }
}
