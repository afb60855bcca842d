import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the coach needs of a speech engine: tests inject a fake. */
export interface SpeechEngine {
  /** Speaks `text` in the language `lang` (a BCP 47 tag), after anything queued. */
  speak(text: string, lang: string): void;
  /** Stops what is being said and drops what is queued. */
  cancel(): void;
}

/** The browser's `speechSynthesis` as a SpeechEngine, or undefined where there is none. */
export function browserSpeech(): SpeechEngine | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof globalThis.SpeechSynthesisUtterance !== 'function') return undefined;
  return {
    speak(text, lang) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      const primary = lang.toLowerCase().split('-')[0] ?? '';
      const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(primary));
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    },
    cancel: () => synth.cancel(),
  };
}

/**
 * Speaks the timer's coaching (the set, the side, rests, the last three seconds) for a reader
 * who turned voice on. Each new line replaces what was still queued, so a skipped phase is
 * never spoken late; pausing, resetting, muting and leaving the page stop it.
 */
export class SpeechCoach implements ReactiveController {
  /** The reader turned voice on. */
  enabled = false;
  /** Sound is muted: voice is silent too. */
  muted = false;
  /** BCP 47 tag of what is spoken. */
  lang = 'en';
  #last = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly engine: () => SpeechEngine | undefined = browserSpeech,
  ) {
    host.addController(this);
  }

  /** Whether there is an engine to speak with: without one there is no Voice control. */
  get available(): boolean {
    return this.engine() !== undefined;
  }

  /** Says `text` if it is new, instead of anything still queued. */
  say(text: string): void {
    if (text === this.#last) return;
    this.#last = text;
    const engine = this.engine();
    if (!engine || !this.enabled || this.muted || !text) return;
    engine.cancel();
    engine.speak(text, this.lang);
  }

  /** Stops speaking now. */
  cancel(): void {
    this.#last = '';
    this.engine()?.cancel();
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
