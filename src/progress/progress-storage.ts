import type { Routine } from '../data/types.js';
import { parseProgress, type RoutineProgress } from './routine-progress.js';

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

  /** Returns false when the progress could not be saved. */
  save(routine: Routine, progress: RoutineProgress): boolean {
    try {
      const store = storage();
      store?.setItem(progressKey(routine), JSON.stringify(progress));
      return store !== undefined;
    } catch {
      return false;
    }
  },

  clear(routine: Routine): void {
    try {
      storage()?.removeItem(progressKey(routine));
    } catch {
      // Nothing was saved that could be cleared.
    }
  },
};
