type Level = 'error' | 'warn';

/** Records console.error / console.warn calls while a test runs; restore() puts them back. */
export function spyOnConsole(level: Level) {
  const original = console[level];
  const calls: string[] = [];
  console[level] = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return {
    calls,
    restore: () => {
      console[level] = original;
    },
  };
}

/** Records events of `type` dispatched through `target`. */
export function recordEvents<T extends Event = Event>(target: EventTarget, type: string) {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}
