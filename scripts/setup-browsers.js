// First step of `npm test`: makes sure the engines the browser tests run in (all three, or
// those BROWSERS names) are on this machine. When one is missing and this runs as root with
// apt-get, as on a fresh Debian machine or CI container, it says so in one line and installs
// the Debian packages, then the tests go on; otherwise it stops and names the packages.
//
// To see what a fresh machine would get without uninstalling anything:
// SETUP_BROWSERS_PRETEND_MISSING=firefox,webkit reports those engines as missing, and
// SETUP_BROWSERS_DRY_RUN=1 prints the apt-get commands instead of running them.
import { spawnSync } from 'node:child_process';
import { missingMessage, missingParts, packagesFor, selectedEngines } from './browsers.js';

const dryRun = Boolean(process.env.SETUP_BROWSERS_DRY_RUN);
const pretendList = process.env.SETUP_BROWSERS_PRETEND_MISSING;
const pretend = pretendList ? selectedEngines(pretendList) : [];

function run(command, args) {
  if (dryRun) return console.log(`(dry run) ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

let missing;
try {
  missing = missingParts(selectedEngines(), { pretend });
} catch (error) {
  console.error(error.message); // an unknown engine in BROWSERS, or a CHROME_PATH that is not there
  process.exit(1);
}
if (missing.length) {
  const packages = packagesFor(missing);
  const canInstall =
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(missingMessage(missing));
    process.exit(1);
  }
  console.log(
    `No ${missing.map((part) => part.what).join(', ')} found: installing Debian's ${packages.join(', ')}.`,
  );
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...packages]);
  const still = dryRun ? [] : missingParts(selectedEngines());
  if (still.length) {
    console.error(
      `Still missing after apt-get install: ${still.map((part) => part.what).join(', ')}.`,
    );
    process.exit(1);
  }
}
