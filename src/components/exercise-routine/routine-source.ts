import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Routine } from '../../data/types.js';
import { validateRoutine } from '../../data/validate.js';
import { formatProblem, type Problem } from '../../data/checker.js';

/** Where a routine stands: waiting for a source, loading, shown, or failed. */
export type RoutineSourceState =
  | { kind: 'empty' }
  | { kind: 'loading'; url: string }
  | { kind: 'ready'; routine: Routine }
  | { kind: 'invalid'; problems: readonly Problem[] }
  | { kind: 'failed'; url: string; detail: string };

type Host = ReactiveControllerHost & HTMLElement;

/** How long a routine URL may take to arrive in full before the load fails (with a retry). */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Turns a routine from one of three sources into a checked, typed routine: a value set from
 * code, a URL of JSON (fetched once per URL, aborted when replaced or disconnected or after
 * 15 s without a complete answer), or an
 * inline `<script type="application/json">` child. Problems are logged once per load.
 */
export class RoutineSource implements ReactiveController {
  state: RoutineSourceState = { kind: 'empty' };
  #abort?: AbortController;
  #loadedUrl?: string;

  constructor(
    private readonly host: Host,
    private readonly tag: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page mid-load: the disconnect aborted the fetch, so start it again.
    if (this.state.kind === 'loading' && this.#abort?.signal.aborted) {
      this.useUrl(this.state.url, true);
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Uses a value set from code. */
  useValue(value: unknown): void {
    this.#abort?.abort();
    this.#loadedUrl = undefined;
    this.#accept(value);
  }

  /** Fetches `url` unless it is already loaded or loading; `force` fetches again (retry). */
  useUrl(url: string, force = false): void {
    if (!force && this.#loadedUrl === url) return;
    this.#loadedUrl = url;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#set({ kind: 'loading', url });
    void this.#fetch(url, abort);
  }

  /** Reads an inline `<script type="application/json">` child, if there is one. */
  useInlineScript(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) return false;
    this.#abort?.abort();
    this.#loadedUrl = undefined;
    this.#acceptText(script.textContent ?? '', 'the inline <script type="application/json">');
    return true;
  }

  /**
   * Fetches and reads the routine; a server that stops answering (headers sent, body stalled)
   * is given up on after `FETCH_TIMEOUT_MS`, so the reader sees an error with a retry.
   */
  async #fetch(url: string, abort: AbortController): Promise<void> {
    const { signal } = abort;
    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, FETCH_TIMEOUT_MS);
    let text: string;
    try {
      const response = await fetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (signal.aborted && !timedOut) return; // replaced, or the element left the page
      const detail = timedOut
        ? `no complete answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : error instanceof Error
          ? error.message
          : String(error);
      console.error(`<${this.tag}>: could not load the routine from ${url}: ${detail}`);
      this.#set({ kind: 'failed', url, detail });
      return;
    } finally {
      clearTimeout(timeout);
    }
    if (!signal.aborted) this.#acceptText(text, url);
  }

  #acceptText(text: string, from: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.#reject([{ path: '', message: `${from} is not valid JSON: ${detail}` }]);
      return;
    }
    this.#accept(value);
  }

  #accept(value: unknown): void {
    const result = validateRoutine(value);
    if (result.ok) this.#set({ kind: 'ready', routine: result.value });
    else this.#reject(result.problems);
  }

  #reject(problems: readonly Problem[]): void {
    console.error(
      `<${this.tag}>: invalid routine data:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.#set({ kind: 'invalid', problems });
  }

  #set(state: RoutineSourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
