// Tells the embedding page how tall the content is, so it can size the iframe to fit: at once,
// on every change of the document's height, and again on load (a listener that started late
// still hears it). Two messages with the same height: AMP's `embed-size`, which
// <amp-iframe resizable> understands, and the library's own, which resize.js applies.

/** The library's own message; resize.js listens for this type. */
export const SIZE_MESSAGE = 'runner-knee-routine:size';

/** The document's content height, rounded up so the frame never scrolls by a fraction. */
function contentHeight(root: Element): number {
  return Math.ceil(root.getBoundingClientRect().height);
}

/**
 * Posts the height of `root` to `target` (the parent window) whenever it changes. The
 * target origin is `'*'`: the height is not private, and the embedding page's origin is not
 * known (nor knowable, in a sandboxed frame).
 */
export function reportSize(target: Window, root: Element = document.documentElement): void {
  let last = -1;
  const post = (force: boolean) => {
    const height = contentHeight(root);
    // Nothing drawn yet (a `src` routine before its element is defined). A frame sized to
    // nothing would stay so: browsers stop laying out a cross-origin frame of no area.
    if (height === 0 || (height === last && !force)) return;
    last = height;
    target.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    target.postMessage({ type: SIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => post(false)).observe(root);
  addEventListener('load', () => post(true));
}
