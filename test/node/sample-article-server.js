// The sample article (demo/index.html, its snippet pre-rendered by the snippet-pages plugin)
// served on a free port, and a Chromium to open it in: for the Node tests that look at the
// page as a reader's browser gets it.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';
import { snippetPagesPlugin } from '../../scripts/snippet-pages.js';

async function freePort() {
  const server = createServer().listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Serves the repository and launches Chromium; `close()` stops both. */
export async function serveSampleArticle() {
  const port = await freePort();
  const server = await startDevServer({
    config: { rootDir: '.', port, plugins: [snippetPagesPlugin()] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  return {
    browser,
    url: `http://localhost:${port}/demo/index.html`,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
