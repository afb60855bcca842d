// URLs are checked the way a browser reads them: these try to slip a script or document URL
// past the check with the trimming and stripping the URL parser does.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { expect } from '@open-wc/testing';
import { validateRoutine } from '../../src/data/validate.js';
import { formatProblem } from '../../src/data/checker.js';
import { runnersKneeRoutine } from '../../src/data/runners-knee-routine.js';

/**
 * Problems of the built-in routine with one URL changed: a credit link, the source article,
 * a video, an image, a poster.
 */
function problemsWithUrl(
  where: 'link' | 'source' | 'video' | 'image' | 'poster',
  url: string,
): string[] {
  const routine = structuredClone(runnersKneeRoutine) as Record<string, any>;
  if (where === 'link') routine.credits[0].url = url;
  if (where === 'source') routine.source = { url, title: 'The original article' };
  if (where === 'video') routine.exercises[0].media = { kind: 'video', url, alt: 'Demo' };
  if (where === 'image') routine.exercises[0].media = { kind: 'image', url, alt: 'Demo' };
  if (where === 'poster') {
    routine.exercises[0].media = { kind: 'video', url: '/v.mp4', poster: url, alt: 'Demo' };
  }
  return validateRoutine(routine).problems.map(formatProblem);
}

/** Script and document URLs in the disguises the URL parser sees through. */
const REFUSED: readonly (readonly [string, string])[] = [
  [' javascript:alert(1)', 'javascript:'],
  ['\tjavascript:alert(1)', 'javascript:'],
  ['\njavascript:alert(1)', 'javascript:'],
  ['\rjavascript:alert(1)', 'javascript:'],
  ['\u0000javascript:alert(1)', 'javascript:'],
  ['\u0001javascript:alert(1)', 'javascript:'],
  ['\u000bjavascript:alert(1)', 'javascript:'],
  ['\u000cjavascript:alert(1)', 'javascript:'],
  ['\u001fjavascript:alert(1)', 'javascript:'],
  ['  \t\n \u0008javascript:alert(1)', 'javascript:'],
  ['java\tscript:alert(1)', 'javascript:'],
  ['java\nscript:alert(1)', 'javascript:'],
  ['java\rscript:alert(1)', 'javascript:'],
  ['jav\r\nascript:alert(1)', 'javascript:'],
  ['j\ta\tv\ta\ts\tc\tr\ti\tp\tt:alert(1)', 'javascript:'],
  ['javascript\t:alert(1)', 'javascript:'],
  [' \tJaVa\nScRiPt:alert(1) ', 'javascript:'],
  ['JAVASCRIPT:alert(1)', 'javascript:'],
  ['javascript:alert(1)\u0000', 'javascript:'],
  ['javascript://%0aalert(1)', 'javascript:'],
  [' data:text/html,<script>alert(1)</script>', 'data:'],
  ['\u0002data:text/html,x', 'data:'],
  ['da\tta:text/html,x', 'data:'],
  ['vbscript:msgbox(1)', 'vbscript:'],
  [' vb\nscript:msgbox(1)', 'vbscript:'],
  ['file:///etc/passwd', 'file:'],
  ['blob:https://example.com/0b7f', 'blob:'],
  ['ftp://example.com/x', 'ftp:'],
  ['about:blank', 'about:'],
  ['filesystem:https://example.com/temporary/x', 'filesystem:'],
];

/** Links, videos and image URLs every check accepts. */
const ACCEPTED = [
  'https://example.com/tke.mp4',
  'http://example.com/tke.mp4',
  'HTTPS://EXAMPLE.COM/TKE.MP4',
  ' https://example.com/padded ',
  '/media/tke.mp4',
  'media/tke.mp4',
  './tke.mp4',
  '../tke.mp4',
  '?clip=tke',
  '#tke',
  '//cdn.example/tke.mp4',
  'folder/javascript:alert(1)',
  '\u007fjavascript:alert(1)',
];

describe('URL check', () => {
  for (const [url, scheme] of REFUSED) {
    it(`refuses ${JSON.stringify(url)} as a link, a video, an image and a poster`, () => {
      expect(problemsWithUrl('link', url)).to.deep.equal([
        `credits[0].url: expected an http(s) URL or a path, got a "${scheme}" URL`,
      ]);
      expect(problemsWithUrl('source', url)).to.deep.equal([
        `source.url: expected an http(s) URL or a path, got a "${scheme}" URL`,
      ]);
      expect(problemsWithUrl('video', url)).to.deep.equal([
        `exercises[0].media.url: expected an http(s) URL or a path, got a "${scheme}" URL`,
      ]);
      const image = `expected an http(s) URL, a path or a data: image, got a "${scheme}" URL`;
      expect(problemsWithUrl('image', url)).to.deep.equal([`exercises[0].media.url: ${image}`]);
      expect(problemsWithUrl('poster', url)).to.deep.equal([`exercises[0].media.poster: ${image}`]);
    });
  }

  for (const url of [
    'http://[::1',
    'https://',
    'http://exa<mple.com/',
    'http://999.999.999.999/',
  ]) {
    it(`refuses the malformed URL ${JSON.stringify(url)}`, () => {
      expect(problemsWithUrl('link', url)).to.deep.equal([
        `credits[0].url: expected an http(s) URL or a path, got a malformed URL ${JSON.stringify(url)}`,
      ]);
    });
  }

  for (const url of ACCEPTED) {
    it(`accepts ${JSON.stringify(url)} everywhere`, () => {
      for (const where of ['link', 'source', 'video', 'image', 'poster'] as const) {
        expect(problemsWithUrl(where, url), where).to.deep.equal([]);
      }
    });
  }

  for (const url of [
    'data:image/png;base64,iVBORw0KGgo=',
    ' data:image/png;base64,iVBORw0KGgo=',
    'DATA:IMAGE/GIF;base64,R0lGODlhAQABAAAAACw=',
    'da\tta:image/webp;base64,UklGRg==',
    'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E',
  ]) {
    it(`accepts the data: image ${JSON.stringify(url)} for images and posters only`, () => {
      expect(problemsWithUrl('image', url)).to.deep.equal([]);
      expect(problemsWithUrl('poster', url)).to.deep.equal([]);
      expect(problemsWithUrl('video', url)).to.deep.equal([
        'exercises[0].media.url: expected an http(s) URL or a path, got a "data:" URL',
      ]);
      expect(problemsWithUrl('link', url)).to.deep.equal([
        'credits[0].url: expected an http(s) URL or a path, got a "data:" URL',
      ]);
      expect(problemsWithUrl('source', url)).to.deep.equal([
        'source.url: expected an http(s) URL or a path, got a "data:" URL',
      ]);
    });
  }

  for (const url of [
    'data:text/html;image/png,<script>alert(1)</script>',
    ' data:text/html,image/png',
    'data:,image/png',
  ]) {
    it(`refuses ${JSON.stringify(url)} as an image: only data: images pass`, () => {
      expect(problemsWithUrl('image', url)).to.deep.equal([
        'exercises[0].media.url: expected an http(s) URL, a path or a data: image, got a "data:" URL',
      ]);
    });
  }
});
