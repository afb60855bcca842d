const warned = new Set<string>();

/**
 * Logs `message` as a console warning the first time it is given: a bad attribute value is
 * reported once, not on every render.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
