// Browser tests run headless in a locally installed Chrome or Chromium.
// CHROME_PATH overrides the auto-detected binary (see scripts/find-chrome.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';

const executablePath = findChrome();

// The embed tests' strict-CSP host pages (test/embed/pages/csp*.html) are served with a
// Content-Security-Policy header, as a publisher's server would send it; nothing else is.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const CSP_BY_PAGE = {
  '/test/embed/pages/csp.html': STRICT_CSP,
  '/test/embed/pages/csp-trusted-types.html': `${STRICT_CSP}; trusted-types lit-html 'allow-duplicates'`,
};

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: forced colours (Windows High
 * Contrast) for the page, which the emulateMedia command does not offer under Puppeteer.
 * Chromium only; elsewhere the command fails and the tests check what they can.
 */
function emulateForcedColorsPlugin() {
  // One DevTools session per page, kept open: closing it would drop the emulation.
  const clients = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      const client = clients.get(page);
      const value = payload?.active ? 'active' : 'none';
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value }],
      });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    emulateForcedColorsPlugin(),
  ],
  middleware: [
    function strictCspForEmbedTests(context, next) {
      const policy = CSP_BY_PAGE[context.path];
      if (policy) context.set('Content-Security-Policy', policy);
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [...CHROME_ARGS, '--lang=en-GB'],
      },
      // Each page in a browser context of its own: test files running side by side must not
      // share localStorage, or the widget's cross-tab sync carries one file's progress into
      // the other's elements.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
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
  <head>
    <meta charset="utf-8" />
    <script src="/test/helpers/fail-on-lit-warnings.js"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
