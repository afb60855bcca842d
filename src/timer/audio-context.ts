type AudioContextClass = new () => AudioContext;

/** The browser's AudioContext (prefixed in older Safari), or undefined where there is none. */
export function audioContextClass(): AudioContextClass | undefined {
  const scope = globalThis as { AudioContext?: AudioContextClass };
  const prefixed = globalThis as { webkitAudioContext?: AudioContextClass };
  return scope.AudioContext ?? prefixed.webkitAudioContext;
}
