import { parseHistory, withRecord, type SessionRecord } from './session-history.js';

/** The one key the knee check's history is kept under, for every routine. */
export const HISTORY_KEY = 'runner-knee-routine:history';

/** Every key the widget writes starts with this. */
const WIDGET_PREFIX = 'runner-knee-routine:';

/** Why the history on the device is not in use, if it isn't. */
export type HistoryTrouble = 'unavailable' | 'corrupt' | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The knee check's history in localStorage. Like saved progress, every access is guarded:
 * blocked storage or a corrupt value is reported, never thrown, and the check carries on.
 */
export const historyStorage = {
  load(): { history: SessionRecord[]; trouble: HistoryTrouble } {
    try {
      const store = storage();
      if (!store) return { history: [], trouble: 'unavailable' };
      const raw = store.getItem(HISTORY_KEY);
      if (raw === null) return { history: [], trouble: undefined };
      const history = parseHistory(JSON.parse(raw));
      return history ? { history, trouble: undefined } : { history: [], trouble: 'corrupt' };
    } catch (error) {
      return { history: [], trouble: error instanceof SyntaxError ? 'corrupt' : 'unavailable' };
    }
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
      storage()?.setItem(HISTORY_KEY, JSON.stringify(next));
      return next;
    } catch {
      return undefined;
    }
  },

  /** Deletes everything the widget stored: progress, the timer's choices, the history. */
  deleteAll(): boolean {
    try {
      const store = storage();
      if (!store) return false;
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
      for (const key of keys) if (key?.startsWith(WIDGET_PREFIX)) store.removeItem(key);
      return true;
    } catch {
      return false;
    }
  },
};
