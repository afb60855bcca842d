// Lit's hydrate support before any Lit code (the test helpers import Lit), as a page must.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import { spyOnConsole } from './helpers/console-spy.js';
import { hydratedFixture } from './helpers/hydrated-fixture.js';
import { deepQueryAll } from './embed/helpers/host-frame.js';

const shadow = (el: Element) => el.shadowRoot!;

describe('server-rendered options, taken over by the elements', () => {
  it('a routine of the publisher’s own hydrates from its inline JSON', async () => {
    const routine = await (await fetch('/test/fixtures/mini-routine.json')).json();
    const warn = spyOnConsole('warn');
    try {
      const el = await hydratedFixture<LitElement>({ routine });
      expect(el.localName).to.equal('exercise-routine');
      expect(warn.calls, 'hydrated, not drawn afresh').to.deep.equal([]);
      const title = shadow(el).querySelector('[part~="title"]')!;
      expect(title.textContent!.trim()).to.equal(routine.title);
      const howTo = shadow(el).querySelectorAll('[part~="how-to"] details');
      expect(howTo).to.have.length(routine.exercises.length);
      expect(deepQueryAll<Element>(el, '[data-action="primary"]')).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('media given to the server renderer stay once hydrated', async () => {
    const media = {
      'terminal-knee-extension': { kind: 'image', url: '/test/fixtures/pixel.svg', alt: 'A band' },
    };
    const warn = spyOnConsole('warn');
    try {
      const el = await hydratedFixture<LitElement>({ media });
      expect(warn.calls, 'hydrated, not drawn afresh').to.deep.equal([]);
      const images = deepQueryAll<Element>(el, 'img');
      expect(images.map((img) => img.getAttribute('alt'))).to.deep.equal(['A band']);
    } finally {
      warn.restore();
    }
  });
});
