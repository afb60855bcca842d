/** A colour as the browser computes it (`rgb(…)`): `#fff` and `#ffffff`, minified or not, alike. */
export function resolvedColour(colour: string): string {
  const probe = document.createElement('i');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The surface token's colour on `el`, as computed. */
export function surfaceColour(el: Element): string {
  return resolvedColour(getComputedStyle(el).getPropertyValue('--_routine-surface'));
}
