// The embed page's query parameters: what is kept, and the warning for what is not.
import { expect } from '@open-wc/testing';
import { readEmbedParams } from '../../src/embed/params.js';
import { spyOnConsole } from '../helpers/console-spy.js';

const read = (query: string) => readEmbedParams(new URLSearchParams(query));

describe('embed page parameters', () => {
  let warn: ReturnType<typeof spyOnConsole>;
  beforeEach(() => (warn = spyOnConsole('warn')));
  afterEach(() => warn.restore());

  it('keeps valid values, as given', () => {
    const src = 'https://example.com/routine.json?v=2';
    const query = `theme=dark&layout=full&accent=rgb(10 20 30 / 50%)&src=${encodeURIComponent(src)}`;
    expect(read(query)).to.deep.equal({
      theme: 'dark',
      layout: 'full',
      accent: 'rgb(10 20 30 / 50%)',
      src,
    });
    expect(read('accent=%23c2185b&layout=auto')).to.deep.equal({
      accent: '#c2185b',
      layout: 'auto',
    });
    expect(warn.calls).to.deep.equal([]);
  });

  it('leaves out what is absent, silently, and unknown parameters', () => {
    expect(read('')).to.deep.equal({});
    expect(read('colour=red&Theme=dark')).to.deep.equal({});
    expect(warn.calls).to.deep.equal([]);
  });

  it('drops each invalid value with a warning naming the parameter and the value', () => {
    expect(read('theme=Dark&layout=&accent=url(x)&src=%20')).to.deep.equal({});
    expect(warn.calls).to.deep.equal([
      'runner-knee-routine embed: theme must be one of "auto", "light", "dark", got "Dark"; ignored.',
      'runner-knee-routine embed: layout must be one of "auto", "compact", "full", got ""; ignored.',
      'runner-knee-routine embed: accent must be a CSS colour, got "url(x)"; ignored.',
      'runner-knee-routine embed: src is empty; ignored.',
    ]);
  });
});
