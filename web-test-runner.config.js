// Browser tests run headless in a locally installed Chrome or Chromium.
// CHROME_PATH overrides the auto-detected binary (see scripts/find-chrome.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.js';

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
          '--lang=en-GB',
        ],
      },
    }),
  ],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
  concurrency: 2,
  testFramework: {
    config: { timeout: 5000 },
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /></head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
