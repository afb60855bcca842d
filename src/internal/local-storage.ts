// The widget's access to localStorage, shared by saved progress, the timer's choices and the
// knee history: every access guarded, since storage may be out of reach or hold anything.

/** Every key the widget stores starts with this, so none clashes with the page's own. */
export const STORAGE_PREFIX = 'runner-knee-routine:';

/** Why stored data is not in use, if it isn't: storage out of reach, or a value unreadable. */
export type StorageTrouble = 'unavailable' | 'corrupt' | undefined;

/** The page's localStorage, or undefined where reading it throws (sandboxed iframes, blocked). */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JSON stored under `key`, read by `parse` (undefined: not valid), with why it is not in
 * use when it isn't. Nothing stored is no trouble; nothing is ever thrown.
 */
export function readStored<T>(
  key: string,
  parse: (json: unknown) => T | undefined,
): { value?: T; trouble: StorageTrouble } {
  try {
    const store = pageStorage();
    if (!store) return { trouble: 'unavailable' };
    const raw = store.getItem(key);
    if (raw === null) return { trouble: undefined };
    const value = parse(JSON.parse(raw));
    return value === undefined ? { trouble: 'corrupt' } : { value, trouble: undefined };
  } catch (error) {
    return { trouble: error instanceof SyntaxError ? 'corrupt' : 'unavailable' };
  }
}
