// Routines that routine.schema.json and validateRoutine() must judge alike: the built-in
// routine, valid variations, invalid ones (one rule broken each, with where it is broken), and
// the few only the validator can refuse.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

export const builtIn = readJson('../../src/data/runners-knee-routine.json');
const mini = readJson('../fixtures/mini-routine.json');

/** Marks a field to delete in {@link edited}. */
export const REMOVE = Symbol('remove');

/** The keys of a path in the validator's notation: `exercises[2].reps` → exercises, 2, reps. */
export const keysOf = (path) => (path === '' ? [] : path.replace(/\[(\d+)\]/g, '.$1').split('.'));

/** A deep copy of `routine` with each `path: value` of `edits` set (or deleted, for REMOVE). */
export function edited(routine, edits) {
  const copy = globalThis.structuredClone(routine);
  for (const [path, value] of Object.entries(edits)) {
    const keys = keysOf(path);
    const last = keys.pop();
    const parent = keys.reduce((node, key) => node[key], copy);
    if (value === REMOVE) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
  }
  return copy;
}

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** The built-in routine with every optional field given, so each can be tested. */
export const complete = edited(builtIn, {
  $schema: '../node_modules/runner-knee-routine/routine.schema.json',
  language: 'en-GB',
  source: { url: 'https://example.com/runners-knee', title: "Five moves for runner's knee" },
  painCheck: true,
  'credits[0].url': 'https://example.com/jimmy-pipe',
  'exercises[0].caution': 'Stop if the knee aches afterwards.',
  'exercises[0].prescription.sideOrder': ['right', 'left'],
  'exercises[0].media': {
    kind: 'video',
    url: '/media/tke.mp4',
    poster: PNG,
    alt: 'A runner straightens the knee against a band.',
  },
  'exercises[1].prescription.tempo': 'steady',
  'exercises[1].media': { kind: 'image', url: PNG, alt: 'A Spanish squat, side view.' },
});

/** `count` items for a list at `path`, made from its first item, or text. */
function itemsFor(path, count) {
  const make = {
    exercises: (i) => ({ ...builtIn.exercises[0], id: `exercise-${i + 1}` }),
    credits: (i) => ({ role: 'Writer', name: `Writer ${i + 1}` }),
    'exercises[0].prescription.sideOrder': (i) => ['left', 'right'][i % 2],
  }[path];
  return Array.from({ length: count }, (_, i) => (make ? make(i) : `Item ${i + 1}`));
}

/** A URL of exactly `length` characters. */
const urlOf = (length) => `https://example.com/${'a'.repeat(length - 20)}`;

/** Every text field's longest accepted length, in `complete`. */
const TEXT_MAX = {
  title: 120,
  intro: 1500,
  anchorAdvice: 600,
  'equipment[0]': 400,
  'safety[0]': 400,
  'tips[0]': 400,
  'credits[0].role': 60,
  'credits[0].name': 120,
  'source.title': 200,
  'exercises[0].name': 80,
  'exercises[0].purpose': 300,
  'exercises[0].muscles[0]': 400,
  'exercises[0].equipment[0]': 400,
  'exercises[0].setup': 600,
  'exercises[0].steps[0]': 400,
  'exercises[0].cues[0]': 400,
  'exercises[0].mistakes[0]': 400,
  'exercises[0].easier.name': 80,
  'exercises[0].easier.description': 400,
  'exercises[0].harder.name': 80,
  'exercises[0].harder.description': 400,
  'exercises[0].caution': 400,
  'exercises[0].prescription.tempo': 80,
  'exercises[0].media.alt': 300,
};

/** Every URL field's longest accepted length, in `complete`. */
const URL_MAX = {
  'credits[0].url': 2000,
  'source.url': 2000,
  'exercises[0].media.url': 2000,
  'exercises[0].media.poster': 200_000,
  'exercises[1].media.url': 200_000,
};

/** Every list's allowed sizes, in `complete`. */
const LIST_SIZES = {
  equipment: [0, 20],
  safety: [1, 10],
  tips: [0, 10],
  credits: [0, 10],
  exercises: [1, 30],
  'exercises[0].muscles': [1, 8],
  'exercises[0].equipment': [0, 10],
  'exercises[0].steps': [1, 12],
  'exercises[0].cues': [2, 4],
  'exercises[0].mistakes': [0, 8],
  'exercises[0].prescription.sideOrder': [2, 2],
};

/** Every whole number's range, in `complete`. */
const INTEGER_RANGES = {
  version: [1, 1_000_000],
  'exercises[0].prescription.sets': [1, 20],
  'exercises[0].prescription.reps': [1, 100],
  'exercises[1].prescription.holdSeconds': [1, 600],
  'exercises[0].prescription.restSeconds': [0, 600],
  'exercises[1].prescription.getReadySeconds': [0, 60],
};

/**
 * Each limit tried at its edge (accepted) and just past it (refused), as
 * `{ name, routine, valid, at }`: `at` is where the problem is.
 */
export function limitFixtures() {
  const fixtures = [];
  const probe = (name, path, value, valid) =>
    fixtures.push({ name, routine: edited(complete, { [path]: value }), valid, at: path });
  for (const [path, max] of Object.entries(TEXT_MAX)) {
    probe(`${path}: ${max} characters`, path, 'x'.repeat(max), true);
    probe(`${path}: ${max + 1} characters`, path, 'x'.repeat(max + 1), false);
  }
  for (const [path, max] of Object.entries(URL_MAX)) {
    probe(`${path}: a URL of ${max} characters`, path, urlOf(max), true);
    probe(`${path}: a URL of ${max + 1} characters`, path, urlOf(max + 1), false);
  }
  for (const [path, [min, max]] of Object.entries(LIST_SIZES)) {
    probe(`${path}: ${min} items`, path, itemsFor(path, min), true);
    if (min > 0) probe(`${path}: ${min - 1} items`, path, itemsFor(path, min - 1), false);
    probe(`${path}: ${max} items`, path, itemsFor(path, max), true);
    probe(`${path}: ${max + 1} items`, path, itemsFor(path, max + 1), false);
  }
  for (const [path, [min, max]] of Object.entries(INTEGER_RANGES)) {
    probe(`${path}: ${min}`, path, min, true);
    probe(`${path}: ${max}`, path, max, true);
    probe(`${path}: ${min - 1}`, path, min - 1, false);
    probe(`${path}: ${max + 1}`, path, max + 1, false);
    probe(`${path}: ${min + 0.5}`, path, min + 0.5, false);
    probe(`${path}: "${min}"`, path, String(min), false);
  }
  return fixtures;
}

/** Valid routines that are more than a limit at its edge, as `[name, routine]`. */
export const VALID = [
  ['the built-in routine', builtIn],
  ['the two-exercise test routine', mini],
  ['every optional field given', complete],
  ['a $schema key', { $schema: 'https://example.com/routine.schema.json', ...builtIn }],
  [
    'unknown keys at every level (dropped by the validator)',
    edited(complete, {
      notes: 'x',
      'credits[0].notes': 1,
      'source.notes': null,
      'exercises[0].notes': [],
      'exercises[0].easier.notes': {},
      'exercises[0].prescription.notes': 'x',
      'exercises[0].media.notes': 'x',
    }),
  ],
  ['an id of 64 characters', edited(builtIn, { id: `a${'-b'.repeat(31)}c` })],
  [
    'a language tag of 64 characters',
    edited(builtIn, { language: `abc${'-abcdefgh'.repeat(6)}-abcdef` }),
  ],
  ['a language tag with a script and region', edited(builtIn, { language: 'zh-Hant-TW' })],
  ['text that looks like markup', edited(builtIn, { title: '<img src=x onerror=alert(1)>' })],
  [
    'the other side order',
    edited(builtIn, { 'exercises[0].prescription.sideOrder': ['left', 'right'] }),
  ],
  [
    'a side order without perSide',
    edited(builtIn, { 'exercises[4].prescription.sideOrder': ['right', 'left'] }),
  ],
  [
    'a hold in place of reps',
    edited(builtIn, {
      'exercises[0].prescription.reps': REMOVE,
      'exercises[0].prescription.holdSeconds': 45,
    }),
  ],
  ['-0 rest', edited(builtIn, { 'exercises[0].prescription.restSeconds': -0 })],
  [
    'a video with no poster',
    edited(builtIn, {
      'exercises[0].media': { kind: 'video', url: 'https://example.com/v.mp4', alt: 'Demo' },
    }),
  ],
  [
    'an image with an http URL',
    edited(builtIn, {
      'exercises[0].media': { kind: 'image', url: 'https://example.com/a.png', alt: 'Demo' },
    }),
  ],
  ['a source with no title', edited(builtIn, { source: { url: '/articles/runners-knee' } })],
  ['the knee check off', edited(builtIn, { painCheck: false })],
];

/** An invalid variation of `complete`: one rule broken, so one problem, at `at`. */
function broken(name, edits, at = Object.keys(edits)[0]) {
  return { name, routine: edited(complete, edits), at };
}

/** One fixture per rule that is not a limit, each refused by both. */
export const INVALID = [
  { name: 'a list at the root', routine: [], at: '' },
  { name: 'text at the root', routine: 'routine', at: '' },
  { name: 'null at the root', routine: null, at: '' },
  broken('an id with spaces and capitals', { id: 'Bad Id' }),
  broken('an id with a double hyphen', { id: 'runners--knee' }),
  broken('an id with a leading hyphen', { id: '-runners-knee' }),
  broken('an id with a trailing hyphen', { id: 'runners-knee-' }),
  broken('an id with an underscore', { id: 'runners_knee' }),
  broken('an empty id', { id: '' }),
  broken('an id of 65 characters', { id: `a${'-b'.repeat(31)}cd` }),
  broken('an exercise id with punctuation', { 'exercises[4].id': 'Reverse Nordic!' }),
  broken('a number as an id', { 'exercises[4].id': 7 }),
  broken('a language in words', { language: 'english please' }),
  broken('a one-letter language', { language: 'e' }),
  broken('a language with an underscore', { language: 'en_GB' }),
  broken('a language subtag of 9 characters', { language: 'en-abcdefghi' }),
  broken('a language tag of 65 characters', { language: `abc${'-abcdefgh'.repeat(6)}-abcdefg` }),
  broken('empty text', { title: '' }),
  broken('blank text', { 'exercises[0].setup': '  \t\n ' }),
  broken('a number for text', { intro: 12 }),
  broken('a list for text', { 'credits[0].name': ['Jimmy'] }),
  broken('a number in a list of text', { 'exercises[0].steps[1]': 2 }),
  broken('an object in a list of text', { 'safety[0]': { text: 'Careful' } }),
  broken('text for a list', { equipment: 'Barbell' }),
  broken('an object for a list', { exercises: {} }),
  broken('text for a credit', { 'credits[1]': 'Tom' }),
  broken('null for an exercise', { 'exercises[3]': null }),
  broken('text for an option', { 'exercises[0].easier': 'Lighter band' }),
  broken('a list for the prescription', { 'exercises[0].prescription': [] }),
  broken('text for the source', { source: 'https://example.com/article' }),
  broken('text for a boolean', { 'exercises[0].prescription.perSide': 'yes' }),
  broken('a number for a boolean', { 'exercises[0].prescription.suggested': 1 }),
  broken('text for the knee check switch', { painCheck: 'false' }),
  broken('null for the knee check switch', { painCheck: null }),
  broken(
    'both reps and a hold',
    { 'exercises[0].prescription.holdSeconds': 10 },
    'exercises[0].prescription',
  ),
  broken(
    'neither reps nor a hold',
    { 'exercises[1].prescription.holdSeconds': REMOVE },
    'exercises[1].prescription',
  ),
  broken('one side twice', { 'exercises[0].prescription.sideOrder': ['right', 'right'] }),
  broken(
    'an unknown side',
    {
      'exercises[0].prescription.sideOrder': ['left', 'middle'],
    },
    'exercises[0].prescription.sideOrder[1]',
  ),
  broken('a side for the side order', { 'exercises[0].prescription.sideOrder': 'left' }),
  broken('an unknown media kind', { 'exercises[0].media.kind': 'gif' }),
  broken('a media kind in capitals', { 'exercises[0].media.kind': 'Video' }),
  broken('a data: image as a video', { 'exercises[0].media.url': PNG }),
  broken('a data: image as a credit link', { 'credits[0].url': PNG }),
  broken('a data: image as the source', { 'source.url': PNG }),
  broken('a data: video as an image', { 'exercises[1].media.url': 'data:video/mp4;base64,AAAA' }),
  broken('an HTML document as a poster', { 'exercises[0].media.poster': 'data:text/html,<p>' }),
  broken('empty alternative text', { 'exercises[0].media.alt': '' }),
  broken('null for an optional text', { 'exercises[2].caution': null }),
  broken('null for an optional list', { tips: null }),
  broken('null for an optional number', { 'exercises[1].prescription.getReadySeconds': null }),
  broken('null for optional media', { 'exercises[0].media': null }),
  broken('null for the optional source', { source: null }),
  broken('null for an optional language', { language: null }),
  broken('null for an optional link', { 'credits[0].url': null }),
  broken('null for an optional side order', { 'exercises[0].prescription.sideOrder': null }),
];

/** Text that shows nothing (refused) and text with something to see (accepted). */
export const INVISIBLE_TEXT = [
  '\u200B',
  '\u200C\u200D',
  '\uFEFF\u2060',
  '\u3164',
  '\u115F\u1160',
  '\uFFA0',
  '\u2800\u2800',
  '\u00AD',
  '\u0301',
  '\uFE0F',
  '\u202E',
  '\u2066\u2069',
  '\u180E',
  '\u{E0020}\u{E007F}',
  '\u0000\u0007',
  '\u00A0\u3000\u2028\u2029',
  '\u200B \u200B\u3000\u200F',
];
export const VISIBLE_TEXT = [
  'e\u0301',
  '\u200Bx',
  '\u2800a',
  '·',
  '🦵',
  '가',
  'ا',
  '\u202Bשלום\u202C',
];

/** The places a URL goes: credit link, source, video, image, poster. */
export const URL_PLACES = {
  link: 'credits[0].url',
  source: 'source.url',
  video: 'exercises[0].media.url',
  image: 'exercises[1].media.url',
  poster: 'exercises[0].media.poster',
};

/** Script and document URLs in the disguises the URL parser sees through: refused everywhere. */
export const REFUSED_URLS = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  '  \t\n \u0008javascript:alert(1)',
  'java\tscript:alert(1)',
  'jav\r\nascript:alert(1)',
  'j\ta\tv\ta\ts\tc\tr\ti\tp\tt:alert(1)',
  'javascript\t:alert(1)',
  ' \tJaVa\nScRiPt:alert(1) ',
  'JAVASCRIPT:alert(1)',
  'javascript:alert(1)\u0000',
  ' data:text/html,<script>alert(1)</script>',
  'da\tta:text/html,x',
  'data:text/html;image/png,x',
  'data:,image/png',
  'data:image,x',
  'data: image/png,x',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/0b7f',
  'ftp://example.com/x',
  'about:blank',
  'https+x://example.com/',
  'c:/media/tke.mp4',
  'mailto:someone@example.com',
];

/** Links, videos and images every place accepts. */
export const ACCEPTED_URLS = [
  'https://example.com/tke.mp4',
  'http://example.com/tke.mp4',
  'HTTPS://EXAMPLE.COM/TKE.MP4',
  ' https://example.com/padded ',
  'ht\ttps://example.com/split',
  '/media/tke.mp4',
  'media/tke.mp4',
  'media file.mp4',
  './tke.mp4',
  '../tke.mp4',
  '?clip=tke',
  '#tke',
  '//cdn.example/tke.mp4',
  'folder/javascript:alert(1)',
  '\u007fjavascript:alert(1)',
  'java\u0001script:alert(1)',
  '1abc:def',
];

/** data: images: accepted for images and posters, refused as links, sources and videos. */
export const DATA_IMAGES = [
  PNG,
  ` ${PNG}`,
  'DATA:IMAGE/GIF;base64,R0lGODlhAQABAAAAACw=',
  'da\tta:image/webp;base64,UklGRg==',
  'data:ima\nge/webp;base64,UklGRg==',
  'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E',
];

/**
 * What only the validator refuses, with why no schema can: each must stay refused by the
 * validator and accepted by the schema, so a change on either side shows here.
 */
export const VALIDATOR_ONLY = [
  {
    name: 'two exercises with the same id',
    routine: edited(builtIn, { 'exercises[3].id': builtIn.exercises[1].id }),
    at: 'exercises[3].id',
    reason: 'JSON Schema cannot require a field to be unique across the items of a list',
  },
  {
    name: 'a title of 61 emoji (122 UTF-16 code units, over 120)',
    routine: edited(builtIn, { title: '🦵'.repeat(61) }),
    at: 'title',
    reason:
      'maxLength counts characters; the validator counts UTF-16 code units, as JavaScript does',
  },
  ...['http://[::1', 'https://', 'http://exa<mple.com/', 'http://999.999.999.999/'].map((url) => ({
    name: `the malformed URL ${JSON.stringify(url)}`,
    routine: edited(builtIn, { 'credits[0].url': url }),
    at: 'credits[0].url',
    reason: 'whether a URL parses (its host, IPv6 brackets, IPv4 numbers) is the URL parser’s call',
  })),
];
