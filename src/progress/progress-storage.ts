import type { Routine } from '../data/types.js';
import { type RoutineProgress } from './routine-progress.js';
import { parseProgress } from './progress-changes.js';

/** Why saved progress is not being used. */
export type StorageTrouble = 'unavailable' | 'corrupt' | undefined;

export interface LoadedProgress {
  progress?: RoutineProgress;
  trouble: StorageTrouble;
}

/** One key per routine id and data version: a new version starts afresh. */
export function progressKey(routine: Routine): string {
  return `runner-knee-routine:progress:${routine.id}:v${routine.version}`;
}

/** The page's localStorage, or undefined where reading it throws (sandboxed iframes, blocked). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
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
    try {
      const raw = storage()?.getItem(progressKey(routine));
      if (raw === undefined) return { trouble: 'unavailable' };
      if (raw === null) return { trouble: undefined };
      const progress = parseProgress(JSON.parse(raw), routine);
      return progress ? { progress, trouble: undefined } : { trouble: 'corrupt' };
    } catch (error) {
      return { trouble: error instanceof SyntaxError ? 'corrupt' : 'unavailable' };
    }
  },

  /**
   * Saves progress and tells the page's other instances of the routine (other tabs hear it
   * through the `storage` event). Returns false when the progress could not be saved.
   */
  save(routine: Routine, progress: RoutineProgress, source: object): boolean {
    let saved = false;
    try {
      const store = storage();
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
