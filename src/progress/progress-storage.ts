import type { Routine } from '../data/types.js';
import { type RoutineProgress } from './routine-progress.js';
import { parseProgress } from './progress-changes.js';
import {
  STORAGE_PREFIX,
  pageStorage,
  readStored,
  type StorageTrouble,
} from '../internal/local-storage.js';

export type { StorageTrouble };

export interface LoadedProgress {
  progress?: RoutineProgress;
  trouble: StorageTrouble;
}

/** One key per routine id and data version: a new version starts afresh. */
export function progressKey(routine: Routine): string {
  return `${STORAGE_PREFIX}progress:${routine.id}:v${routine.version}`;
}

/** Saves made on this page, so other instances of the same routine hear of them. */
interface SaveDetail {
  key: string;
  source: object;
}
let savesOnThisPage: EventTarget | undefined;
function pageSaves(): EventTarget {
  return (savesOnThisPage ??= new EventTarget());
}

/**
 * Saved progress in localStorage. Every access is guarded: when storage throws (blocked,
 * private mode, a sandboxed iframe, quota) or holds corrupt data, the widget carries on
 * without saving and reports the trouble instead of throwing.
 */
export const progressStorage = {
  load(routine: Routine): LoadedProgress {
    const { value, trouble } = readStored(progressKey(routine), (json) =>
      parseProgress(json, routine),
    );
    return value ? { progress: value, trouble } : { trouble };
  },

  /**
   * Saves progress and tells the page's other instances of the routine (other tabs hear it
   * through the `storage` event). Returns false when the progress could not be saved.
   */
  save(routine: Routine, progress: RoutineProgress, source: object): boolean {
    let saved = false;
    try {
      const store = pageStorage();
      store?.setItem(progressKey(routine), JSON.stringify(progress));
      saved = store !== undefined;
    } catch {
      return false;
    }
    const detail: SaveDetail = { key: progressKey(routine), source };
    pageSaves().dispatchEvent(new CustomEvent('save', { detail }));
    return saved;
  },

  /**
   * Calls `onChange` when another tab or another instance on this page (not `source`) saves
   * progress of `routine`. Returns the function that stops listening.
   */
  subscribe(routine: Routine, source: object, onChange: () => void): () => void {
    const key = progressKey(routine);
    const fromOtherTab = (event: StorageEvent) => {
      if (event.key === key) onChange();
    };
    const fromThisPage = (event: Event) => {
      const detail = (event as CustomEvent<SaveDetail>).detail;
      if (detail.key === key && detail.source !== source) onChange();
    };
    globalThis.addEventListener?.('storage', fromOtherTab);
    pageSaves().addEventListener('save', fromThisPage);
    return () => {
      globalThis.removeEventListener?.('storage', fromOtherTab);
      pageSaves().removeEventListener('save', fromThisPage);
    };
  },
};
