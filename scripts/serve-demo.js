// Serves the sample article (demo/index.html) with the CDN build on http://localhost:8000.
// The article loads dist/cdn/runner-knee-routine.js the way a publisher would.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);

await startDevServer({
  config: { rootDir: '.', port, appIndex: 'demo/index.html', open: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Sample article: http://localhost:${port}/demo/`);
console.log('Storybook: npm run storybook (http://localhost:6006)');
