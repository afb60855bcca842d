const warned = new Set<string>();

/**
 * Reads a `heading-level` attribute: a whole number from 2 to 6. Anything else falls back
 * to `fallback`, with one console warning per distinct bad value and element.
 */
export function parseHeadingLevel(value: unknown, fallback: number, tag: string): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
  const key = `${tag}:${String(value)}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `<${tag}>: heading-level must be a whole number from 2 to 6, got "${String(value)}"; using ${fallback}.`,
    );
  }
  return fallback;
}
