// A dev-server plugin (for `npm start` and the browser tests) that fills pages with the
// server-rendered routine, from the build's dist/ssr.js, as a publisher's page would hold it:
//  - an HTML page holding `<!-- runner-knee-routine snippet {"headingLevel":3} -->` gets the
//    snippet in its place (the JSON, optional, is renderRoutineHtml's options);
//  - `/snippet.html?options=<JSON>` answers the bare snippet, for tests that insert it.
const MARKER = /<!--\s*runner-knee-routine snippet\s*(\{.*?\})?\s*-->/g;

async function render(options) {
  const { renderRoutineHtml } = await import('../dist/ssr.js');
  return renderRoutineHtml(options);
}

export function snippetPagesPlugin() {
  return {
    name: 'snippet-pages',
    async serve(context) {
      if (context.path !== '/snippet.html') return undefined;
      const options = JSON.parse(context.URL.searchParams.get('options') ?? '{}');
      return { body: await render(options), type: 'html' };
    },
    async transform(context) {
      if (!context.response.is('html') || typeof context.body !== 'string') return undefined;
      const markers = [...context.body.matchAll(MARKER)];
      if (markers.length === 0) return undefined;
      let body = context.body;
      for (const [marker, json] of markers) {
        body = body.replace(marker, await render(json ? JSON.parse(json) : {}));
      }
      return { body };
    },
  };
}
