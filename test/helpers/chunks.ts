import sinon from 'sinon';
import type { LazyChunk } from '../../src/internal/lazy-chunk.js';

/**
 * Makes `chunk` act as code that has not arrived yet (restore with `sinon.restore()`): loads
 * wait until `arrive()`, or fail while `failing` is set; `settled()` waits for every load
 * asked for so far.
 */
export function codeNotYetLoaded<T>(chunk: LazyChunk<T>, code: T) {
  let arrived = false;
  const waiting: ((code: T) => void)[] = [];
  const control = {
    failing: false,
    load: sinon.stub(chunk, 'load').callsFake(() => {
      if (arrived) return Promise.resolve(code);
      if (control.failing) return Promise.reject(new TypeError('Failed to fetch chunk'));
      return new Promise<T>((resolve) => waiting.push(resolve));
    }),
    arrive() {
      arrived = true;
      waiting.splice(0).forEach((resolve) => resolve(code));
    },
    async settled() {
      await Promise.allSettled(control.load.returnValues);
    },
  };
  sinon.stub(chunk, 'module').get(() => (arrived ? code : undefined));
  return control;
}

/**
 * Appends a `<runner-knee-routine no-persist>` to the page without waiting for its render, as
 * `fixture()` would: it waits for code a test holds back. The test removes it.
 */
export function appendWidget(): HTMLElementTagNameMap['runner-knee-routine'] {
  const widget = document.createElement('runner-knee-routine');
  widget.toggleAttribute('no-persist', true);
  document.body.append(widget);
  return widget;
}
