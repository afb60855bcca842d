import {
  STORAGE_PREFIX,
  pageStorage,
  readStored,
  type StorageTrouble,
} from '../internal/local-storage.js';
import { parseHistory, withRecord, type SessionRecord } from './session-history.js';

/** The one key the knee check's history is kept under, for every routine. */
export const HISTORY_KEY = `${STORAGE_PREFIX}history`;

/**
 * The knee check's history in localStorage. Like saved progress, every access is guarded:
 * blocked storage or a corrupt value is reported, never thrown, and the check carries on.
 */
export const historyStorage = {
  load(): { history: SessionRecord[]; trouble: StorageTrouble } {
    const { value, trouble } = readStored(HISTORY_KEY, (json) => parseHistory(json) ?? undefined);
    return { history: value ?? [], trouble };
  },

  /**
   * Saves `record` in place of its session's (another tab's sessions kept). A corrupt value
   * is replaced. Returns the history now stored, or undefined when it could not be saved.
   */
  save(record: SessionRecord): SessionRecord[] | undefined {
    const { history, trouble } = this.load();
    if (trouble === 'unavailable') return undefined;
    const next = withRecord(history, record);
    try {
      pageStorage()?.setItem(HISTORY_KEY, JSON.stringify(next));
      return next;
    } catch {
      return undefined;
    }
  },

  /** Deletes everything the widget stored: progress, the timer's choices, the history. */
  deleteAll(): boolean {
    try {
      const store = pageStorage();
      if (!store) return false;
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
      for (const key of keys) if (key?.startsWith(STORAGE_PREFIX)) store.removeItem(key);
      return true;
    } catch {
      return false;
    }
  },
};
