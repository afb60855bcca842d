import { STORAGE_PREFIX, pageStorage } from '../internal/local-storage.js';

/** The reader's choices kept on the device, namespaced so they cannot clash with the page's. */
export const MUTED_KEY = `${STORAGE_PREFIX}set-timer:muted`;
export const VOICE_KEY = `${STORAGE_PREFIX}set-timer:voice`;

/**
 * Choices made on this page: the next timer (the next exercise) keeps them even where they
 * are not saved (`no-persist`, or storage blocked).
 */
const thisPage = new Map<string, boolean>();

/**
 * A choice made on this page or saved on the device, or `undefined` when there is none
 * (`persist: false` reads the page's only). Storage out of reach (blocked cookies, a sandboxed
 * iframe, private mode: `localStorage` may throw) reads as none.
 */
export function readPreference(key: string, { persist = true } = {}): boolean | undefined {
  if (thisPage.has(key)) return thisPage.get(key);
  if (!persist) return undefined;
  try {
    const value = pageStorage()?.getItem(key);
    return value === 'true' ? true : value === 'false' ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a choice for this page and, unless `persist` is false, saves it on the device. */
export function savePreference(key: string, on: boolean, { persist = true } = {}): void {
  thisPage.set(key, on);
  if (!persist) return;
  try {
    pageStorage()?.setItem(key, String(on));
  } catch {
    // Storage unavailable or full: the choice lasts as long as the page.
  }
}

/** Forgets the page's choices (tests start each case afresh). */
export function forgetPagePreferences(): void {
  thisPage.clear();
}
