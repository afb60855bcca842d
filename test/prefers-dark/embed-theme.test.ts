// The iframe embed page (dist/embed/, from the build) for a reader who prefers dark: its
// `theme=auto` follows the reader, and without a theme it stays light, as a light-only page.
import { expect } from '@open-wc/testing';
import { closeHosts, openHost, problems, whenRendered } from '../embed/helpers/host-frame.js';

async function appliedTheme(query: string): Promise<string | null> {
  // One page at a time: WebKit runs no animation frames in a frame out of view.
  closeHosts();
  const page = await openHost(`/dist/embed/index.html${query}`);
  await whenRendered(page);
  expect(problems(page)).to.deep.equal([]);
  return page.doc.querySelector('runner-knee-routine')!.getAttribute('applied-theme');
}

describe('the iframe embed page, when the reader prefers dark', function () {
  // Each test loads whole embed pages in frames, a few seconds each in WebKit's MiniBrowser.
  this.timeout(30_000);
  afterEach(() => closeHosts());

  it('theme=auto goes dark; no theme stays light; theme=light stays light', async () => {
    expect(await appliedTheme('?theme=auto')).to.equal('dark');
    expect(await appliedTheme('')).to.equal('light');
    expect(await appliedTheme('?theme=light')).to.equal('light');
  });
});
