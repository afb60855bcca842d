// The three browser engines the tests run in, where each is found on this machine, and the
// Debian packages that provide it. BROWSERS (e.g. `BROWSERS=firefox,webkit`) picks engines;
// CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH override the lookups.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from './find-chrome.js';

/** The engines, in the order they run. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const firefoxCandidates = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** The engines BROWSERS names (all three when it is unset or empty). */
export function selectedEngines(value = process.env.BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`BROWSERS names ${unknown.join(', ')}; choose from ${ENGINES.join(', ')}.`);
  }
  return names.length ? ENGINES.filter((engine) => names.includes(engine)) : ENGINES;
}

/** An override from the environment, which must exist, or the first candidate that does. */
function lookup(variable, candidates) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`${variable} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return candidates.find((path) => existsSync(path));
}

/** @returns {string | undefined} the path of a Firefox binary */
export function findFirefox() {
  return lookup('FIREFOX_PATH', firefoxCandidates);
}

/** WebKitGTK's MiniBrowser ships in libwebkit2gtk-4.x, under the multiarch library folder. */
function miniBrowserCandidates() {
  const found = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.startsWith('webkit2gtk-4.')) found.push(join(lib, entry, 'MiniBrowser'));
      else if (entry.endsWith('-linux-gnu')) {
        for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
          found.push(join(lib, entry, version, 'MiniBrowser'));
        }
      }
    }
  }
  return found;
}

/**
 * WebKitGTK for the WebKit tests: the WebDriver server, the browser it drives and, with no
 * display, Xvfb to give MiniBrowser one (it has no headless mode).
 */
export function findWebKit() {
  return {
    driver: lookup('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']),
    browser: lookup('MINIBROWSER_PATH', miniBrowserCandidates()),
    xvfb: process.env.DISPLAY ? 'DISPLAY' : lookup('XVFB_PATH', ['/usr/bin/Xvfb']),
  };
}

/**
 * What each engine lacks on this machine, with the Debian packages that provide it.
 * `pretend`: engines to report as missing whatever is installed (to try the set-up step).
 * @returns {{ engine: string, what: string, packages: string[] }[]}
 */
export function missingParts(engines = selectedEngines(), { pretend = [] } = {}) {
  const missing = [];
  for (const engine of engines) {
    const gone = pretend.includes(engine);
    if (engine === 'chromium') {
      if (gone || !hasChrome()) {
        missing.push({ engine, what: 'Chrome or Chromium', packages: ['chromium'] });
      }
    } else if (engine === 'firefox') {
      if (gone || !findFirefox())
        missing.push({ engine, what: 'Firefox', packages: ['firefox-esr'] });
    } else {
      const { driver, browser, xvfb } = findWebKit();
      if (gone || !driver || !browser) {
        missing.push({ engine, what: 'WebKitWebDriver', packages: ['webkit2gtk-driver'] });
      }
      if (gone || !xvfb) missing.push({ engine, what: 'Xvfb', packages: ['xvfb'] });
    }
  }
  return missing;
}

/** The Debian packages that provide `missing`, without repeats. */
export function packagesFor(missing) {
  return [...new Set(missing.flatMap((part) => part.packages))];
}

/** What to tell someone whose machine lacks `missing`. */
export function missingMessage(missing) {
  return (
    `No ${missing.map((part) => part.what).join(', ')} found for the browser tests. Install ` +
    `${missing.length > 1 ? 'them' : 'it'} (Debian or Ubuntu: apt-get install ` +
    `${packagesFor(missing).join(' ')}), or run fewer engines, e.g. BROWSERS=chromium.`
  );
}

/** Whether findChrome() finds one; a CHROME_PATH that does not exist is an error, not missing. */
function hasChrome() {
  try {
    findChrome();
    return true;
  } catch (error) {
    if (process.env.CHROME_PATH) throw error;
    return false;
  }
}
