import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MediaByExercise, Routine } from '../../data/types.js';
import type { Problem } from '../../data/problem.js';
import { isChecked } from '../../data/checked.js';
import { validatorChunk } from '../validator-chunk.js';
import { attachMedia } from '../../data/attach-media.js';
import { reportProblems } from '../../internal/problems.js';

/**
 * Where a routine stands: waiting for a source, loading, waiting for the validator (or failing
 * to load it), shown, or failed.
 */
export type RoutineSourceState =
  | { kind: 'empty' }
  | { kind: 'loading'; url: string }
  | { kind: 'checking' }
  | { kind: 'validator-failed' }
  | { kind: 'ready'; routine: Routine }
  | { kind: 'invalid'; problems: readonly Problem[] }
  | { kind: 'failed'; url: string; detail: string };

type Host = ReactiveControllerHost & HTMLElement;

/** How long a routine URL may take to arrive in full before the load fails (with a retry). */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Turns a routine from one of three sources into a checked, typed routine: a value set from
 * code, a URL of JSON (fetched once per URL, aborted when replaced or disconnected or after
 * 15 s without a complete answer), or an inline `<script type="application/json">` child,
 * read once the page has parsed it. Media set by the host is checked and attached by
 * exercise id. Problems are logged once per load, naming the host's tag. Data not known valid
 * waits for the validator, loaded on demand (see `pending`).
 */
export class RoutineSource implements ReactiveController {
  state: RoutineSourceState = { kind: 'empty' };
  #abort?: AbortController;
  #loadedUrl?: string;
  #media: unknown;
  #withMedia?: { from: Routine; media: unknown; routine: Routine };
  #pending: unknown;

  /** `hasOwnSource` tells whether a property or `src` supplies the routine, not inline JSON. */
  constructor(
    private readonly host: Host,
    private readonly hasOwnSource: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page mid-load: the disconnect aborted the fetch, so start it again.
    if (this.state.kind === 'loading' && this.#abort?.signal.aborted) {
      this.useUrl(this.state.url, true);
    }
    if (this.state.kind !== 'empty' || this.hasOwnSource()) return;
    // While the page is still parsing, an inline JSON child may not exist yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#readInlineScript, { once: true });
    } else {
      this.#readInlineScript();
    }
  }

  /** A value that waits for the validator: `checkPending` checks it once the validator is in. */
  get pending(): unknown {
    return this.#pending;
  }

  /** Checks the value waiting for the validator, if the validator is in. The host's update calls it. */
  checkPending(): void {
    const value = this.#pending;
    if (value !== undefined && validatorChunk.module) this.#accept(value);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    document.removeEventListener('DOMContentLoaded', this.#readInlineScript);
  }

  /**
   * The routine once loaded and valid, with the host's media attached; worked out once per
   * routine and media value.
   */
  get routine(): Routine | undefined {
    if (this.state.kind !== 'ready') return undefined;
    const from = this.state.routine;
    const media = this.#media;
    const cached = this.#withMedia;
    if (cached?.from === from && cached.media === media) return cached.routine;
    const checked = media === undefined ? undefined : this.#checkMedia(media, from);
    if (checked === null) return from; // media to check, with no validator (yet)
    const routine = checked ? attachMedia(from, checked) : from;
    this.#withMedia = { from, media, routine };
    return routine;
  }

  /** Media to attach by exercise id, checked against the routine when it is shown. */
  useMedia(media: unknown): void {
    this.#media = media;
  }

  /**
   * Invalid media is logged and left out: the routine shows without it. `null` when the
   * validator is needed and not loaded (the host's update waits for it, so it failed to load).
   */
  #checkMedia(media: unknown, routine: Routine): MediaByExercise | undefined | null {
    if (isChecked(media)) return media as MediaByExercise;
    const validator = validatorChunk.module;
    if (!validator) return null;
    const result = validator.validateMediaByExercise(media, routine);
    if (result.ok) return result.value;
    reportProblems(this.host.localName, 'invalid media', result.problems);
    return undefined;
  }

  /** Fetches the failed URL again, or loads the validator again. */
  retry(): void {
    if (this.state.kind === 'failed') this.useUrl(this.state.url, true);
    if (this.state.kind === 'validator-failed') this.#accept(this.#pending);
  }

  /** Reads inline JSON once: a reconnected element (moved in the page) keeps what it has. */
  readonly #readInlineScript = (): void => {
    if (this.state.kind === 'empty' && !this.hasOwnSource()) this.useInlineScript();
  };

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
    // Server rendering shows the loading state: the reader's browser fetches it.
    if (!isServer) void this.#fetch(url, abort);
  }

  /** Reads an inline `<script type="application/json">` child, if there is one. */
  useInlineScript(): boolean {
    const script = this.host.querySelector(
      ':scope > script[type="application/json"]:not([data-media])',
    );
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
      if (signal.aborted) return; // replaced or left the page already: nothing to report
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
      console.error(`<${this.host.localName}>: could not load the routine from ${url}: ${detail}`);
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
    this.#pending = undefined;
    if (isChecked(value)) {
      this.#set({ kind: 'ready', routine: value as Routine });
      return;
    }
    const validator = validatorChunk.module;
    if (!validator) {
      this.#waitForValidator(value);
      return;
    }
    const result = validator.validateRoutine(value);
    if (result.ok) this.#set({ kind: 'ready', routine: result.value });
    else this.#reject(result.problems);
  }

  /**
   * Keeps `value` until the validator is in: the host's next update loads it (it waits for
   * the validator while `pending` needs it) and checks it.
   */
  #waitForValidator(value: unknown): void {
    this.#pending = value;
    this.#set({ kind: 'checking' });
  }

  /** The validator could not load for the host's update: the value waiting for it says so. */
  validatorFailed(): void {
    if (this.#pending !== undefined) this.#set({ kind: 'validator-failed' });
  }

  #reject(problems: readonly Problem[]): void {
    reportProblems(this.host.localName, 'invalid routine data', problems);
    this.#set({ kind: 'invalid', problems });
  }

  #set(state: RoutineSourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
