/** Where the reader's mute choice is kept, namespaced so it cannot clash with the page's. */
export const MUTED_KEY = 'runner-knee-routine:set-timer:muted';

/**
 * The reader's saved mute choice, or `undefined` when none was saved or storage is out of
 * reach (blocked cookies, a sandboxed iframe, private mode: `localStorage` may throw).
 */
export function readMutedPreference(): boolean | undefined {
  try {
    const value = globalThis.localStorage?.getItem(MUTED_KEY);
    return value === 'true' ? true : value === 'false' ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the reader's mute choice; without storage it lasts only as long as the page. */
export function saveMutedPreference(muted: boolean): void {
  try {
    globalThis.localStorage?.setItem(MUTED_KEY, String(muted));
  } catch {
    // Storage unavailable or full: nothing to do.
  }
}
