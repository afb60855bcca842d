// A @web/test-runner launcher for WebKit (WebKitGTK, Safari's engine): the WebDriver launcher,
// talking to a WebKitWebDriver this launcher starts on a free local port, which drives
// MiniBrowser. MiniBrowser has no headless mode, so with no DISPLAY an Xvfb is started for it.
// Both processes end when the test run stops.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findWebKit } from './browsers.js';

/** A port nothing listens on right now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts Xvfb on the first free display number and resolves with it (e.g. ":99"). */
function startXvfb(path, children) {
  const xvfb = spawn(
    path,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  children.push(xvfb);
  let log = '';
  xvfb.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${log.slice(-500)}`)));
  });
}

/** Resolves when the WebDriver server at `url` answers, rejects after 10 s. */
async function whenListening(url, driver) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 10 s`);
}

/**
 * Starts Xvfb (with no DISPLAY) and a WebKitWebDriver on a free local port. Resolves with
 * the webdriverio options that open MiniBrowser through it, and `stop()` to end both.
 * `dark`: MiniBrowser starts in dark mode (the reader prefers a dark colour scheme).
 */
export async function startWebKit({ dark = false } = {}) {
  const { driver, browser, xvfb } = findWebKit();
  if (!driver || !browser || !xvfb) {
    throw new Error(
      'WebKit needs WebKitWebDriver, MiniBrowser and, with no DISPLAY, Xvfb ' +
        '(Debian: apt-get install webkit2gtk-driver xvfb).',
    );
  }
  const children = [];
  const stop = () =>
    children
      .splice(0)
      .reverse()
      .forEach((child) => child.kill());
  process.once('exit', stop);
  let port;
  try {
    const display = xvfb === 'DISPLAY' ? process.env.DISPLAY : await startXvfb(xvfb, children);
    port = await freePort();
    const server = spawn(driver, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    children.push(server);
    await whenListening(`http://127.0.0.1:${port}`, server);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    options: {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Plain WebDriver: WebKitWebDriver's BiDi is incomplete.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: browser,
          args: [
            '--automation',
            // The embed tests open a window of their own for the host pages.
            '--javascript-can-open-windows-automatically=true',
            ...(dark ? ['--dark-mode'] : []),
          ],
        },
      },
    },
    stop,
  };
}

class WebKitLauncher extends WebdriverLauncher {
  #dark;
  #started;

  constructor({ dark }) {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.#dark = dark;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    // The driver and display start once, when the first test file runs.
    this.#started ??= startWebKit({ dark: this.#dark }).then((webkit) => {
      Object.assign(this.options, webkit.options);
      return webkit;
    });
    await this.#started;
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    (await this.#started?.catch(() => undefined))?.stop();
    this.#started = undefined;
  }
}

/**
 * The WebKit launcher; `concurrency` 1 runs each test file in the top-level page.
 * `dark`: MiniBrowser starts in dark mode.
 */
export function webkitLauncher({ dark = false } = {}) {
  const launcher = new WebKitLauncher({ dark });
  launcher.concurrency = 1;
  return launcher;
}
