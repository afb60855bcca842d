// Importing the builds where there is no DOM must not throw: no DOM access at import time.
// Its own file, so its process has no shim from Lit's node build (see import-npm.test.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Lit's node build installs a customElements shim, which would hide DOM access at import.
// The CDN file carries Lit's browser build; give it only the two things that build itself
// reads at import (a base class and document.createTreeWalker): any window, storage,
// matchMedia or customElements access of ours would throw here.
test('the CDN bundle imports with no DOM and no custom element registry', async () => {
  assert.equal(globalThis.customElements, undefined);
  globalThis.HTMLElement = function HTMLElement() {};
  globalThis.document = { createTreeWalker: () => ({}) };
  try {
    await import('../../dist/cdn/runner-knee-routine.js');
  } finally {
    delete globalThis.HTMLElement;
    delete globalThis.document;
  }
});
