import type { ReactiveControllerHost } from 'lit';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { audioContextClass } from './audio-context.js';
import type { CueController } from './cue-controller.js';
import type { TimerPhase } from './timer-plan.js';
import type { TimerSource } from './timer-controller.js';

/** The cues' code: a chunk of its own in the CDN build, loaded once a timer starts. */
export const cuesChunk = new LazyChunk('sound cues', () => import('./cue-controller.js'));

/**
 * A timer's `CueController` (sound and vibration) whose code loads on demand, with the same
 * settings and methods. The timer never waits for it: the first tap asks for the code, and
 * cues join in once it is in (prefetched after the first render, it usually is by then).
 * Audio may only start from a tap (Safari counts nothing else): a tap that comes before the
 * code makes the audio context itself, and hands it over once the code is in.
 */
export class OnDemandCues {
  readonly #host: ReactiveControllerHost;
  readonly #source: TimerSource;
  readonly #failed: (retry: () => void) => void;
  #cues: CueController | undefined;
  #muted = false;
  #vibrate = true;
  #unlockWanted = false;
  #madeInTap: AudioContext | undefined;

  /** `failed`: the code could not load; `retry` loads it again. */
  constructor(
    host: ReactiveControllerHost,
    source: TimerSource,
    failed: (retry: () => void) => void,
  ) {
    this.#host = host;
    this.#source = source;
    this.#failed = failed;
  }

  /** Muting silences planned cues at once; unmuting plans them again. */
  set muted(muted: boolean) {
    this.#muted = muted;
    if (this.#cues) this.#cues.muted = muted;
  }

  /** Whether to vibrate at phase changes, where the browser can. */
  set vibrate(vibrate: boolean) {
    this.#vibrate = vibrate;
    if (this.#cues) this.#cues.vibrate = vibrate;
  }

  /** Call from a tap: creates or resumes the audio context, loading the code first if needed. */
  unlock(): void {
    const cues = this.#ready();
    if (cues) return cues.unlock();
    const Context = audioContextClass();
    if (!this.#muted && !this.#madeInTap && Context) {
      this.#madeInTap = new Context();
      this.#madeInTap.resume().catch(() => undefined);
    }
    this.#unlockWanted = true;
    this.#load();
  }

  /** Plans every cue to come from the timer's current state. */
  replan(): void {
    this.#ready()?.replan();
  }

  /** A phase change at engine time `at` (see `CueController.changed`). */
  changed(at: number, phase: TimerPhase | undefined, late: boolean): void {
    this.#ready()?.changed(at, phase, late);
  }

  /** The cue controller, with these settings, once its code is loaded. */
  #ready(): CueController | undefined {
    const code = cuesChunk.module;
    if (!code || this.#cues) return this.#cues;
    this.#cues = new code.CueController(this.#host, this.#source);
    this.#cues.muted = this.#muted;
    this.#cues.vibrate = this.#vibrate;
    return this.#cues;
  }

  #load(): void {
    void cuesChunk.use(
      () => {
        const cues = this.#ready();
        if (this.#unlockWanted) cues?.unlock(this.#madeInTap);
        this.#madeInTap = undefined;
        cues?.replan();
      },
      () => this.#failed(() => this.#load()),
    );
  }
}
