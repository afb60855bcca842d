import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { audioContextClass } from './audio-context.js';
import type { TimerChange } from './set-timer-engine.js';
import { isEffort, type TimerPhase } from './timer-plan.js';
import type { TimerSource } from './timer-controller.js';

/** The sounds: a short count beep, and a distinct tone for each kind of phase change. */
export type ToneKind = 'count' | 'effort' | 'easy' | 'finish';

const TONES: Readonly<Record<ToneKind, { hz: number; seconds: number }>> = {
  count: { hz: 880, seconds: 0.09 },
  effort: { hz: 1320, seconds: 0.4 },
  easy: { hz: 587, seconds: 0.4 },
  finish: { hz: 1047, seconds: 0.7 },
};

/** Vibration patterns (ms) for the same moments. */
const PATTERNS: Readonly<Record<Exclude<ToneKind, 'count'>, number[]>> = {
  effort: [300],
  easy: [100, 80, 100],
  finish: [200, 100, 200, 100, 400],
};

const VOLUME = 0.3;
/** How far ahead cues are put on the audio clock: longer than a throttled page sleeps. */
const HORIZON_MS = 10 * 60_000;
/** Beeps in the last seconds of every timed step. */
const COUNT_FROM = 3;

/** How far (real ms) the audio clock may trail the timer's: a tone due this recently still plays. */
const DUE_LAG_MS = 250;

interface Tone {
  osc: OscillatorNode;
  gain: GainNode;
  /** Audio-clock start time. */
  startsAt: number;
  /** Scheduled ahead, so re-planning may cancel it before it sounds. */
  planned: boolean;
  /** The timer time it marks, for a planned tone. */
  at?: number;
}

/** Where "now" is on both clocks, to turn engine times into audio-clock times. */
interface AudioPlan {
  ctx: AudioContext;
  /** Engine time now. */
  now: number;
  toAudio(at: number): number;
}

/** The tone for entering `phase`, or finishing when there is no next step. */
export function toneFor(phase: TimerPhase | undefined): Exclude<ToneKind, 'count'> {
  if (phase === undefined) return 'finish';
  return isEffort(phase) ? 'effort' : 'easy';
}

/**
 * Sound and vibration cues for a timer. Beeps and tones are put on the AudioContext's clock
 * ahead of time (`osc.start(ctx.currentTime + dt)`) so they sound on time in a throttled or
 * hidden page, and re-planned after every change of timeline. The context is created on the
 * first user gesture (autoplay policy), resumed on later gestures and on becoming visible
 * (iOS interrupts it when the screen locks), and closed on disconnect.
 */
export class CueController implements ReactiveController {
  readonly #source: TimerSource;
  readonly #tones = new Set<Tone>();
  /** Engine times of the phase changes that have a tone planned. */
  #planned: number[] = [];
  #ctx: AudioContext | undefined;
  #muted = false;
  readonly #onVisibilityChange = () => {
    if (document.visibilityState === 'visible') this.#resume();
  };

  /** Whether to vibrate at phase changes, where the browser can. */
  vibrate = true;

  constructor(host: ReactiveControllerHost, source: TimerSource) {
    this.#source = source;
    host.addController(this);
  }

  get muted(): boolean {
    return this.#muted;
  }

  /** Muting silences planned cues at once; unmuting plans them again. */
  set muted(muted: boolean) {
    if (muted === this.#muted) return;
    this.#muted = muted;
    this.replan();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  /**
   * Cancels what has not begun to sound and closes the audio context once the tones already
   * sounding end: the finish tone of an exercise whose timer leaves with it plays out.
   */
  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    const ctx = this.#ctx;
    this.#ctx = undefined;
    if (!ctx) return;
    // A context that is not playing (suspended, interrupted) would never end its tones.
    const playing = ctx.state === 'running';
    for (const tone of this.#tonesOf(ctx)) {
      if (!playing || tone.startsAt > ctx.currentTime) this.#stop(tone);
    }
    this.#closing.add(ctx);
    this.#closeIfQuiet(ctx);
    // Nor would one the browser suspends later, or a tone whose end is never reported.
    setTimeout(() => this.#tonesOf(ctx).forEach((tone) => this.#stop(tone)), 2000);
  }

  /**
   * Contexts left behind by a disconnect, each closed once its own last tone ends: a timer
   * moved in the page (disconnected, connected, unlocked again) keeps the tones of its new one.
   */
  readonly #closing = new Set<BaseAudioContext>();

  #tonesOf(ctx: BaseAudioContext): Tone[] {
    return [...this.#tones].filter((tone) => tone.osc.context === ctx);
  }

  #closeIfQuiet(ctx: BaseAudioContext): void {
    if (!this.#closing.has(ctx) || this.#tonesOf(ctx).length > 0) return;
    this.#closing.delete(ctx);
    void (ctx as AudioContext).close().catch(() => undefined);
  }

  #resume(): void {
    const ctx = this.#ctx;
    if (!ctx || ctx.state === 'running' || ctx.state === 'closed') return;
    // The audio clock stood still while suspended: plan again from where it is now.
    ctx.resume().then(
      () => ctx === this.#ctx && this.replan(),
      (error: unknown) => {
        if (ctx === this.#ctx) console.debug('<set-timer>: could not resume audio', error);
      },
    );
  }

  #stop(tone: Tone): void {
    tone.osc.onended = null;
    try {
      tone.osc.stop();
    } catch {
      // Already stopped.
    }
    tone.osc.disconnect();
    tone.gain.disconnect();
    this.#tones.delete(tone);
    this.#closeIfQuiet(tone.osc.context);
  }

  #play(ctx: AudioContext, kind: ToneKind, startsAt: number, at?: number): Tone {
    const planned = at !== undefined;
    const { hz } = TONES[kind];
    // A fast demo (time-scale) spaces beeps closer: keep them from overlapping.
    const seconds = Math.min(TONES[kind].seconds, 0.8 / this.#source.scale);
    const tone: Tone = {
      osc: ctx.createOscillator(),
      gain: ctx.createGain(),
      startsAt,
      planned,
      at,
    };
    const { osc, gain } = tone;
    osc.type = 'sine';
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.0001, startsAt);
    gain.gain.exponentialRampToValueAtTime(VOLUME, startsAt + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, startsAt + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start(startsAt);
    osc.stop(startsAt + seconds + 0.02);
    osc.onended = () => this.#stop(tone);
    this.#tones.add(tone);
    return tone;
  }

  /**
   * Cancels planned cues that have not started to sound, except those already due on the
   * timer's clock: the tick at a step's end runs a few ms before the audio clock reaches
   * the tone planned for it, and re-planning then must not silence it.
   */
  #cancelPlanned(): void {
    const ctx = this.#ctx;
    // Only this context's tones: one left behind by a disconnect keeps its own, on its clock.
    const tones = ctx ? this.#tonesOf(ctx) : [];
    const audioNow = ctx?.currentTime ?? 0;
    const timerNow = this.#source.now();
    const lag = DUE_LAG_MS * this.#source.scale;
    for (const tone of tones) {
      const due = tone.at !== undefined && tone.at <= timerNow && timerNow - tone.at < lag;
      if (tone.planned && tone.startsAt > audioNow && !due) this.#stop(tone);
    }
    // Keep what just fell due, for changed() to find; forget the rest.
    this.#planned = this.#planned.filter((at) => at <= timerNow && timerNow - at < lag);
  }

  /**
   * Plans the cues of one step ending at `change.at`: a beep for each of its last seconds (only
   * once it has begun and not in the past), then the tone of what begins.
   */
  #planStep(audio: AudioPlan, change: TimerChange, start: number): void {
    for (let s = COUNT_FROM; s >= 1; s--) {
      const at = change.at - s * 1000;
      if (at > audio.now && at >= start) this.#play(audio.ctx, 'count', audio.toAudio(at), at);
    }
    this.#play(audio.ctx, toneFor(change.step?.phase), audio.toAudio(change.at), change.at);
    this.#planned.push(change.at);
  }

  /**
   * Creates or resumes the audio context. Call from a user gesture (a click or key press):
   * browsers only let sound start from one. `madeInTap`: a context made in that gesture
   * before this code had loaded, to use rather than making one now.
   */
  unlock(madeInTap?: AudioContext): void {
    if (this.#muted) return;
    if (!this.#ctx) {
      const Context = audioContextClass();
      const ctx = madeInTap ?? (Context && new Context());
      if (!ctx) return;
      this.#ctx = ctx;
      this.replan();
    }
    this.#resume();
  }

  /** Plans every cue to come within the horizon from the timer's current state. */
  replan(): void {
    this.#cancelPlanned();
    const ctx = this.#ctx;
    const engine = this.#source.engine;
    if (this.#muted || !ctx || engine?.status !== 'running') return;
    const now = this.#source.now();
    const scale = this.#source.scale;
    const toAudio = (at: number) => ctx.currentTime + (at - now) / scale / 1000;
    let start = now - engine.snapshot().elapsedMs;
    for (const change of engine.upcomingChanges(HORIZON_MS * scale)) {
      this.#planStep({ ctx, now, toAudio }, change, start);
      start = change.at;
    }
  }

  /**
   * A phase change happened at engine time `at`, entering `phase` (undefined: finished).
   * Sounds a tone now unless one was planned for it, and vibrates; stale changes caught up
   * after the page was hidden stay silent.
   */
  changed(at: number, phase: TimerPhase | undefined, late: boolean): void {
    if (late) return;
    const kind = toneFor(phase);
    // A step entered and left at the same instant (a rep set done in the tap that starts the
    // timer) sounds only the cue of where it leads: a new vibration replaces the old one.
    if (this.#lastCue?.at === at && this.#lastCue.tone) this.#stop(this.#lastCue.tone);
    if (this.vibrate && canVibrate()) navigator.vibrate(PATTERNS[kind]);
    const ctx = this.#ctx;
    const toned = this.#planned.some((p) => Math.abs(p - at) < 1);
    const play = !this.#muted && ctx && !toned;
    this.#lastCue = { at, tone: play ? this.#play(ctx, kind, ctx.currentTime) : undefined };
  }

  /** The cue sounded at the latest change, and when. */
  #lastCue: { at: number; tone: Tone | undefined } | undefined;

  /** Tones playing or planned, for tests and leak checks. */
  get activeTones(): number {
    return this.#tones.size;
  }
}

/**
 * Vibration exists (not on iOS Safari) and the reader has interacted with the page: before
 * that, Chrome blocks the call and logs an error on the publisher's console.
 */
function canVibrate(): boolean {
  if (typeof navigator.vibrate !== 'function') return false;
  return navigator.userActivation?.hasBeenActive ?? true;
}
