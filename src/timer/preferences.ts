/** The reader's choices kept on the device, namespaced so they cannot clash with the page's. */
export const MUTED_KEY = 'runner-knee-routine:set-timer:muted';
export const VOICE_KEY = 'runner-knee-routine:set-timer:voice';

/**
 * A saved on/off choice, or `undefined` when none was saved or storage is out of reach
 * (blocked cookies, a sandboxed iframe, private mode: `localStorage` may throw).
 */
export function readPreference(key: string): boolean | undefined {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return value === 'true' ? true : value === 'false' ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Saves an on/off choice; without storage it lasts only as long as the page. */
export function savePreference(key: string, on: boolean): void {
  try {
    globalThis.localStorage?.setItem(key, String(on));
  } catch {
    // Storage unavailable or full: nothing to do.
  }
}
