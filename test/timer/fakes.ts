// Fakes for the browser features the set timer touches, each counting what is left open.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimerFunctions } from '../../src/timer/tick-scheduler.js';

/** Replaces `owner[key]` with `value` as an own property; returns a function that undoes it. */
function override(owner: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(owner, key);
  Object.defineProperty(owner, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(owner, key, own);
    else Reflect.deleteProperty(owner, key);
  };
}

class FakeParam {
  value = 0;
  readonly events: [string, number, number][] = [];
  setValueAtTime(value: number, time: number) {
    this.events.push(['set', value, time]);
    return this;
  }
  exponentialRampToValueAtTime(value: number, time: number) {
    this.events.push(['ramp', value, time]);
    return this;
  }
}

class FakeNode {
  connected = false;
  constructor(readonly context: FakeAudioContext) {}
  connect<T>(destination: T): T {
    this.connected = true;
    return destination;
  }
  disconnect() {
    this.connected = false;
  }
}

export class FakeOscillator extends FakeNode {
  type = 'sine';
  readonly frequency = new FakeParam();
  startAt: number | undefined;
  stopAt: number | undefined;
  /** stop() with no time: cut off or cancelled. */
  cancelled = false;
  onended: (() => void) | null = null;
  start(time = 0) {
    this.startAt = time;
  }
  stop(time?: number) {
    if (time === undefined) this.cancelled = true;
    else this.stopAt = time;
  }
  /** What the audio thread does when the tone has played. */
  end() {
    this.onended?.();
  }
}

export class FakeGain extends FakeNode {
  readonly gain = new FakeParam();
}

/** An AudioContext whose clock the test sets, counting the nodes it made. */
export class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state: 'suspended' | 'running' | 'closed' | 'interrupted' = 'running';
  currentTime = 0;
  readonly destination = {};
  readonly oscillators: FakeOscillator[] = [];
  readonly gains: FakeGain[] = [];
  resumes = 0;

  constructor() {
    FakeAudioContext.instances.push(this);
  }

  createOscillator() {
    const osc = new FakeOscillator(this);
    this.oscillators.push(osc);
    return osc;
  }

  createGain() {
    const gain = new FakeGain(this);
    this.gains.push(gain);
    return gain;
  }

  resume() {
    this.resumes++;
    this.state = 'running';
    return Promise.resolve();
  }

  close() {
    this.state = 'closed';
    return Promise.resolve();
  }

  /** Oscillators scheduled and neither cancelled nor disconnected. */
  get live(): FakeOscillator[] {
    return this.oscillators.filter((osc) => osc.connected && !osc.cancelled);
  }

  /** Nodes still connected to anything. */
  get connectedNodes(): number {
    return [...this.oscillators, ...this.gains].filter((node) => node.connected).length;
  }

  /** Start times (audio clock) of live tones of `hz`. */
  startsAt(hz: number): number[] {
    return this.live.filter((osc) => osc.frequency.value === hz).map((osc) => osc.startAt!);
  }
}

/** Installs `FakeAudioContext` as the page's AudioContext. */
export function installFakeAudio(): () => void {
  FakeAudioContext.instances = [];
  return override(globalThis, 'AudioContext', FakeAudioContext);
}

/** Removes Web Audio altogether, as in a browser without it. */
export function removeAudio(): () => void {
  const undo = [override(globalThis, 'AudioContext', undefined)];
  undo.push(override(globalThis, 'webkitAudioContext', undefined));
  return () => undo.forEach((fn) => fn());
}

export class FakeSentinel extends EventTarget {
  released = false;
  readonly type = 'screen';
  constructor(readonly lock: FakeWakeLock) {
    super();
  }
  async release() {
    if (this.released) return;
    this.released = true;
    this.lock.held.delete(this);
    this.dispatchEvent(new Event('release'));
  }
}

/** `navigator.wakeLock`, counting the locks held. */
export class FakeWakeLock {
  requests = 0;
  refuse = false;
  readonly held = new Set<FakeSentinel>();
  async request(type: string) {
    this.requests++;
    if (type !== 'screen') throw new TypeError(type);
    if (this.refuse) throw new DOMException('Refused', 'NotAllowedError');
    const sentinel = new FakeSentinel(this);
    this.held.add(sentinel);
    return sentinel;
  }
  /** What the browser does when the page is hidden. */
  async dropAll() {
    await Promise.all([...this.held].map((sentinel) => sentinel.release()));
  }
}

export function installFakeWakeLock(lock: FakeWakeLock | undefined): () => void {
  return override(navigator, 'wakeLock', lock);
}

/**
 * `navigator.vibrate`, recording each pattern, on a page the reader has (or, with
 * `activated: false`, has not yet) interacted with.
 */
export function installVibrate({ activated = true } = {}): {
  patterns: number[][];
  restore: () => void;
} {
  const patterns: number[][] = [];
  const restoreVibrate = override(navigator, 'vibrate', (pattern: number[]) => {
    patterns.push([...pattern]);
    return true;
  });
  const restoreActivation = override(navigator, 'userActivation', {
    hasBeenActive: activated,
    isActive: false,
  });
  return {
    patterns,
    restore: () => {
      restoreActivation();
      restoreVibrate();
    },
  };
}

/** Sets `document.visibilityState` and fires `visibilitychange`, as hiding a tab would. */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  Object.defineProperty(document, 'hidden', { value: state === 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Puts the real visibility back. */
export function restoreVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  delete (document as unknown as Record<string, unknown>).hidden;
}

/** setTimeout that runs only when the test moves time on; counts what is pending. */
export class ManualTimers implements TimerFunctions {
  time = 0;
  #next = 1;
  readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#next++;
    this.pending.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  now(): number {
    return this.time;
  }

  /** Delays of the pending timeouts from now. */
  delays(): number[] {
    return [...this.pending.values()].map(({ at }) => at - this.time);
  }

  /** Moves time on by `ms`, running each timeout when its time comes. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.pending]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at);
      const first = due[0];
      if (!first) break;
      this.pending.delete(first[0]);
      this.time = Math.max(this.time, first[1].at);
      first[1].callback();
    }
    this.time = end;
  }
}

/** A bare controller host: connect() and disconnect() call the controllers' hooks. */
export class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController) {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect() {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}
