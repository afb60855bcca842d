// Serves the sample article (demo/index.html) with the CDN build on http://localhost:8000.
// The article holds the pre-rendered snippet (filled in from dist/ssr.js) and loads
// dist/cdn/runner-knee-routine.js the way a publisher would; demo/script-only.html embeds
// the element alone.
import { startDevServer } from '@web/dev-server';
import { snippetPagesPlugin } from './snippet-pages.js';

const port = Number(process.env.PORT ?? 8000);

await startDevServer({
  config: {
    rootDir: '.',
    port,
    appIndex: 'demo/index.html',
    open: false,
    plugins: [snippetPagesPlugin()],
    // What npm CDNs send with every file: the sandboxed iframe of demo/iframe.html (an opaque
    // origin) fetches the embed page's module scripts with `Origin: null`.
    middleware: [
      (context, next) => {
        context.set('Access-Control-Allow-Origin', '*');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(
  `Sample article: http://localhost:${port}/demo/ (pre-rendered; also /demo/script-only.html, /demo/iframe.html)`,
);
console.log('Storybook: npm run storybook (http://localhost:6006)');
