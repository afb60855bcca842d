/** The language of the nearest `[lang]` ancestor, looking through shadow roots. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
