// A dev-server plugin (for `npm start` and the browser tests) that fills pages with the
// server-rendered routine, from the build's dist/ssr.js, as a publisher's page would hold it:
//  - an HTML page holding `<!-- runner-knee-routine snippet {"headingLevel":3} -->` gets the
//    snippet in its place (the JSON, optional, is renderRoutineHtml's options);
//  - `/snippet.html?options=<JSON>` answers the bare snippet, for tests that insert it.
const MARKER = /<!--\s*runner-knee-routine snippet\s*(\{.*?\})?\s*-->/g;

// Imported on first use: dist/ssr.js exists once the build has run.
const renderer = async () => (await import('../dist/ssr.js')).renderRoutineHtml;

/** `html` with each snippet marker replaced by `renderRoutineHtml(options)`'s snippet. */
export function fillSnippets(html, renderRoutineHtml) {
  return html.replace(MARKER, (_marker, json) => renderRoutineHtml(json ? JSON.parse(json) : {}));
}

export function snippetPagesPlugin() {
  return {
    name: 'snippet-pages',
    async serve(context) {
      if (context.path !== '/snippet.html') return undefined;
      const options = JSON.parse(context.URL.searchParams.get('options') ?? '{}');
      return { body: (await renderer())(options), type: 'html' };
    },
    async transform(context) {
      if (!context.response.is('html') || typeof context.body !== 'string') return undefined;
      if (!context.body.includes('runner-knee-routine snippet')) return undefined;
      return { body: fillSnippets(context.body, await renderer()) };
    },
  };
}
