// A page whose Lit was loaded before the library's hydrate support (a bundle that imports
// Lit first): the hydrate support cannot patch it any more, so a server-rendered widget is
// drawn afresh in its shadow root, once, and works.
import { LitElement } from 'lit';
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { hydratedFixture } from './helpers/hydrated-fixture.js';

describe('a server-rendered widget where Lit came before the hydrate support', () => {
  it('is drawn afresh in place, not beside the server’s copy', async () => {
    // Lit came first, unpatched: its elements observe no defer-hydration attribute.
    const observed = (customElements.get('runner-knee-routine') as typeof LitElement)
      .observedAttributes;
    expect(observed).to.not.include('defer-hydration');
    const el = await hydratedFixture<LitElement>();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.frame'), 'one widget').to.have.length(1);
    expect(root.querySelectorAll('[part~="how-to"] details')).to.have.length(5);
    const timer = root.querySelector('set-timer')!;
    expect(timer.shadowRoot!.querySelectorAll('.timer'), 'one timer').to.have.length(1);
    expect(timer.shadowRoot!.querySelectorAll('[data-action="primary"]')).to.have.length(1);
  });
});
