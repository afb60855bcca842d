// A second copy of the library on the page: the same CDN URL twice, the CDN bundle under a
// second URL (a real second copy that runs), two copies from two places each loading its own
// chunks, and the CDN bundle beside the npm build in either order. Registration skips tags
// already defined, so none of it may throw.
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/internal/version.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';
import {
  CDN_BUNDLE,
  PAGES,
  TAGS,
  closeHosts,
  completeSet,
  deepQueryAll,
  openHost,
  problems,
  resources,
  resourcesButChunks,
  bundleChunks,
  prefetchedChunks,
  buttonByText,
  until,
  settle,
  shadowOf,
  stateOf,
  whenRendered,
  type Host,
} from './helpers/host-frame.js';

/**
 * The test server resolves the npm build's bare `lit` imports to Lit's development build
 * (exportConditions: development), which announces itself, and notes the CDN bundle's
 * production copy of Lit beside it. A publisher's bundler picks Lit's production build, which
 * says neither. Any other message fails the test.
 */
const LIT_DEV_BUILD_NOTICES = [
  /^console\.warn: Lit is in dev mode\. Not recommended for production!/,
  /^console\.warn: Multiple versions of Lit loaded\./,
];

/** What test/embed/pages/second-copy.js leaves on the page. */
interface SecondCopy {
  ExerciseRoutine: CustomElementConstructor;
  loaded: Promise<void>;
}

function unexpectedProblems(host: Host, allowLitDevNotices: boolean): string[] {
  return problems(host).filter(
    (p) => !(allowLitDevNotices && LIT_DEV_BUILD_NOTICES.some((notice) => notice.test(p))),
  );
}

async function expectWorking(host: Host): Promise<void> {
  for (const tag of TAGS) {
    const ctor = host.win.customElements.get(tag) as
      (CustomElementConstructor & { version?: string }) | undefined;
    expect(ctor, `<${tag}> defined`).to.exist;
    expect(ctor!.version, `<${tag}> version`).to.equal(VERSION);
  }
  const widget = host.doc.querySelector('runner-knee-routine')!;
  expect(shadowOf(widget).querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
    runnersKneeRoutine.title,
  );
  await completeSet(host, widget);
  expect(stateOf(widget)).to.match(/^1 of 3 sets/);
  deepQueryAll<HTMLButtonElement>(shadowOf(widget), '.item')[3]!.click();
  await settle(host);
  expect(stateOf(widget)).to.include(`current: ${runnersKneeRoutine.exercises[3]!.name}`);
}

describe('embedding: the library loaded twice', function () {
  // Each test loads a whole host page; the npm build arrives as dozens of unbundled modules,
  // which takes Firefox up to 4 s here.
  this.timeout(15_000);
  afterEach(() => closeHosts());

  it('the CDN bundle twice, under one URL and under another: no error, one definition', async () => {
    const host = await openHost(`${PAGES}/twice.html`);
    await whenRendered(host);
    await expectWorking(host);
    expect(unexpectedProblems(host, false)).to.deep.equal([]);
    // The same URL is fetched and run once; the second URL is a second copy that really ran.
    // (WebKit lists the two fetches in either order.)
    expect(resourcesButChunks(host).filter((r) => r.startsWith('/dist/cdn/'))).to.have.members([
      CDN_BUNDLE,
      `${CDN_BUNDLE}?copy=2`,
    ]);
    const versions = (host.win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions;
    expect(versions, 'copies of Lit that ran').to.have.length(2);
  });

  it('two copies from two URLs, each loading its chunks: one definition, no error', async () => {
    const host = await openHost(`${PAGES}/two-copies.html`);
    await whenRendered(host);
    const second = (host.win as unknown as { secondCopy: SecondCopy }).secondCopy;
    await second.loaded;
    const first = host.win.customElements.get('exercise-routine')!;
    expect(first !== second.ExerciseRoutine, 'the first copy’s element').to.be.true;
    // A real lazy path of the first copy: the workout view, then the timer's cues.
    const widget = host.doc.querySelector<HTMLElement & { workout: boolean }>('#first')!;
    buttonByText(widget, 'Start workout').click();
    await until(() => widget.workout, 'the workout view');
    buttonByText(widget, 'Exit workout').click();
    await settle(host);
    await expectWorking(host);
    const chunks = await prefetchedChunks();
    await until(
      () => chunks.every((chunk) => resources(host).includes(`/dist/cdn/${chunk}`)),
      'the first copy’s chunks',
    );
    // The second copy's ExerciseRoutine.preload(): the chunks fetched when idle, and progress.
    const mirror = '/cdn-mirror/second-copy/dist/cdn';
    const flow = (await bundleChunks()).filter((chunk) => chunk.startsWith('routine-flow-'));
    expect(resources(host).filter((r) => r.startsWith(mirror))).to.have.members([
      `${mirror}/runner-knee-routine.js`,
      ...[...chunks, ...flow].map((chunk) => `${mirror}/${chunk}`),
    ]);
    expect(unexpectedProblems(host, false)).to.deep.equal([]);
  });

  it('the CDN bundle, then the npm build: no error, the first definitions stand', async () => {
    const host = await openHost(`${PAGES}/cdn-then-npm.html`);
    await whenRendered(host);
    await expectWorking(host);
    expect(unexpectedProblems(host, true)).to.deep.equal([]);
    expect(resources(host)).to.include('/dist/define.js');
  });

  it('the npm build, then the CDN bundle: no error, the first definitions stand', async () => {
    const host = await openHost(`${PAGES}/npm-then-cdn.html`);
    await whenRendered(host);
    await expectWorking(host);
    expect(unexpectedProblems(host, true)).to.deep.equal([]);
    expect(resources(host)).to.include(CDN_BUNDLE);
  });
});
