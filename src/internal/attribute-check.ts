const warned = new Set<string>();

/**
 * Warns once per element name, attribute and value when an enumerated attribute holds a
 * value it does not know; the element then styles itself as for the default.
 */
export function warnUnlessOneOf(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly string[],
): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  const key = `${tag}:${attribute}:${String(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  const expected = allowed.map((a) => `"${a}"`).join(', ');
  console.warn(`<${tag}>: ${attribute} must be one of ${expected}, got "${String(value)}".`);
}
