// Browser tests run in the three engines readers use, each installed on this machine:
// Chromium (headless, through puppeteer-core and the DevTools protocol, with coverage),
// Firefox (headless, through puppeteer-core and WebDriver BiDi) and WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver). BROWSERS=chromium (or firefox, webkit, or a comma list)
// runs fewer; scripts/browsers.js finds the binaries.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { findFirefox, missingMessage, missingParts, selectedEngines } from './scripts/browsers.js';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { snippetPagesPlugin } from './scripts/snippet-pages.js';
import { frameworkAppsPlugin } from './scripts/framework-apps-plugin.js';

// The shipped builds' templates, so a server-rendered page hydrates from the source too.
const minifyTemplatesPlugin = fromRollup(minifyTemplates);

/**
 * One launcher per engine. `dark`: the browser starts with the reader's colour scheme set to
 * dark, for the tests in test/prefers-dark/ (page-level emulation exists only in Chromium).
 */
const launchers = {
  chromium: ({ dark = false } = {}) =>
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: [...CHROME_ARGS, '--lang=en-GB', ...(dark ? ['--force-dark-mode'] : [])],
      },
      // A window per test page: of two tabs in one window, one is hidden, where the browser
      // runs no animation frames, throttles timers and refuses a wake lock. And a browser
      // context per page: test files running side by side must not share localStorage, or
      // the widget's cross-tab sync carries one file's progress into the other's elements.
      createPage: async ({ browser }) =>
        (await browser.createBrowserContext()).newPage({ type: 'window' }),
      concurrency: 2,
    }),
  firefox: ({ dark = false } = {}) =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: {
          'intl.accept_languages': 'en-GB',
          ...(dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
        },
      },
      // One page at a time: with two (tabs or windows), key presses reach neither reliably.
      concurrency: 1,
    }),
  webkit: ({ dark = false } = {}) => webkitLauncher({ dark }),
};

const engines = selectedEngines();
const missing = missingParts(engines);
if (missing.length) throw new Error(missingMessage(missing)); // `npm test` installs them first

// The embed tests' strict-CSP host pages (test/embed/pages/csp*.html) are served with a
// Content-Security-Policy header, as a publisher's server would send it; nothing else is.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const CSP_BY_PAGE = {
  '/test/embed/pages/csp.html': STRICT_CSP,
  '/test/embed/pages/csp-trusted-types.html': `${STRICT_CSP}; trusted-types lit-html 'allow-duplicates'`,
};

/**
 * `/cdn-mirror/<name>/<path>` serves `/<path>` as another CDN would serve the package: a second
 * copy of the CDN bundle under another URL loads its chunks from beside it, another set of
 * files. A mirror whose name starts with `flaky` fails each of the bundle's chunks (a file of
 * dist/cdn/ other than the entry) the first two times it is asked for, query aside, as a
 * dropped connection would; `flaky@<prefix>-<anything>` only the chunks named <prefix>-<hash>.
 */
function cdnMirror() {
  const asked = new Map();
  return function cdnMirrorMiddleware(context, next) {
    const match = /^\/cdn-mirror\/([^/]+)(\/.+)$/.exec(context.path);
    if (!match) return next();
    const [, name, path] = match;
    const chunk = /^\/dist\/cdn\/.+\.js$/.test(path) && !path.endsWith('/runner-knee-routine.js');
    const times = (asked.get(context.path) ?? 0) + 1;
    asked.set(context.path, times);
    // `flaky@<prefix>-…` fails only the chunks whose file name starts with <prefix>.
    const only = /^flaky@([a-z-]+?)-/.exec(name)?.[1];
    const fails = chunk && (only === undefined || path.startsWith(`/dist/cdn/${only}-`));
    if (name.startsWith('flaky') && fails && times <= 2) {
      context.status = 503;
      context.body = 'unavailable';
      return undefined;
    }
    context.path = path;
    return next();
  };
}

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

/**
 * The built-in routine is JSON imported as a module (src/data/runners-knee-routine.json), which
 * the builds and Storybook turn into JavaScript; this does the same for the tests. Only JSON
 * under src/ is served as a module: the tests fetch their fixtures (test/fixtures/*.json) and
 * custom-elements.json as JSON, which the esbuild plugin's `json` option would turn into
 * JavaScript too.
 */
function jsonModulesPlugin() {
  const isModule = ({ path }) => path.startsWith('/src/') && path.endsWith('.json');
  return {
    name: 'json-modules',
    resolveMimeType: (context) => (isModule(context) ? 'js' : undefined),
    transform: (context) => (isModule(context) ? `export default ${context.body};` : undefined),
  };
}

/**
 * `/dist/embed/index.html` (from the build) with test/embed/pages/probe.js put first in its
 * head, so a test can read what the page logged; the page is otherwise served as built.
 */
function embedProbePlugin() {
  return {
    name: 'embed-probe',
    transform({ path, body }) {
      if (path !== '/dist/embed/index.html' || typeof body !== 'string') return undefined;
      return body.replace(
        '<head>',
        '<head>\n    <script src="/test/embed/pages/probe.js"></script>',
      );
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/prefers-dark/**'],
  groups: [
    {
      name: 'prefers-dark',
      files: 'test/prefers-dark/**/*.test.ts',
      browsers: engines.map((engine) => launchers[engine]({ dark: true })),
    },
  ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyTemplatesPlugin(),
    jsonModulesPlugin(),
    emulateForcedColorsPlugin(),
    snippetPagesPlugin(),
    embedProbePlugin(),
    frameworkAppsPlugin(),
  ],
  middleware: [
    // What jsDelivr and unpkg send with every file. A sandboxed iframe (an opaque origin)
    // fetches module scripts and `src` JSON with `Origin: null`, which need it; the dev server
    // alone sends no CORS header.
    function corsLikeACdn(context, next) {
      context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
    cdnMirror(),
    function strictCspForEmbedTests(context, next) {
      const policy = CSP_BY_PAGE[context.path];
      if (policy) context.set('Content-Security-Policy', policy);
      return next();
    },
  ],
  browsers: engines.map((engine) => launchers[engine]()),
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
  // One engine at a time, on two cores: Chromium runs two test pages at once, Firefox and
  // WebKit one (their launchers say why). The default below is WebKit's: a WebDriver session
  // drives one page, and a concurrency above 1 would put the test pages in iframes.
  concurrentBrowsers: 1,
  concurrency: 1,
  testFramework: {
    // A hang detector, not a speed check: a file's first axe check loads axe-core, and with
    // both of Chromium's pages doing so, it takes up to 5 s here.
    config: { timeout: 10_000 },
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
