/**
 * The language of the nearest `[lang]` ancestor, looking through shadow roots. Where the
 * element is in no document tree (server rendering's DOM shim has no `closest`), its own
 * `lang` attribute alone.
 */
export function closestLang(element: Element): string | undefined {
  if (typeof element.closest !== 'function') return element.getAttribute('lang') ?? undefined;
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The writing direction of a BCP 47 language tag; left to right when unknown. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr';
}
