import type { Problem } from './problem.js';

export { formatProblem, type Problem } from './problem.js';

/** Reads one field of a checked object; see {@link Checker.object}. */
export type Fields = (key: string) => unknown;

/** The longest id (a routine's, an exercise's) or language tag accepted, in characters. */
export const MAX_ID_LENGTH = 64;

// A visible character: anything but spaces, controls, format characters (zero-width, bidi,
// soft hyphen), marks with nothing to combine with, and the blank letters fonts draw as
// nothing (Hangul fillers, the braille blank).
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u2800\u3164\uFFA0\s]/u;

// A URL's scheme, as the URL parser reads it; without one a URL is relative.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Describes a value the way a message quotes it: short, typed, never markup. Never throws. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `${value}`;
  if (typeof value === 'object') return describeObject(value);
  return `a ${typeof value}`;
}

function describeObject(value: object): string {
  try {
    return Array.isArray(value) ? `a list of ${Number(value.length)}` : 'an object';
  } catch {
    // A revoked proxy, or a proxied list whose length cannot be read.
    return 'an object';
  }
}

/**
 * Strips what the URL parser ignores: C0 controls and spaces at either end, and tabs and
 * newlines anywhere. Loops rather than a regular expression, which would take quadratic time
 * on a long run of spaces.
 */
function normaliseUrl(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end -= 1;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}

/** The base relative URLs resolve against: the page's, or a stand-in where there is no page. */
function baseUrl(): string {
  return typeof document !== 'undefined' && document.baseURI
    ? document.baseURI
    : 'https://example.invalid/';
}

/** What is wrong with a URL, in the words of a message, or undefined when it is allowed. */
function urlProblem(value: string, { images }: { images: boolean }): string | undefined {
  const url = normaliseUrl(value);
  let parsed: URL;
  try {
    parsed = new URL(url, baseUrl());
  } catch {
    return `a malformed URL ${describeValue(value)}`;
  }
  // A relative URL takes the page's scheme, which the page chose.
  if (!SCHEME.test(url)) return undefined;
  const { protocol } = parsed;
  if (protocol === 'https:' || protocol === 'http:') return undefined;
  // An image cannot run script, SVG included; any other data: type could be a document.
  if (images && protocol === 'data:' && /^image\//i.test(parsed.pathname)) return undefined;
  return `a ${describeValue(protocol)} URL`;
}

/**
 * Collects problems as a validator walks the input, and builds a frozen copy of what passed.
 * Every check returns the checked value, or undefined after reporting why not.
 */
export class Checker {
  readonly problems: Problem[] = [];

  /** Paths whose value could not be read: that is their one problem. */
  private readonly unreadable = new Set<string>();

  report(path: string, message: string): undefined {
    if (!this.unreadable.has(path)) this.problems.push({ path, message });
    return undefined;
  }

  /** How many problems so far: a check that adds none has passed. */
  mark(): number {
    return this.problems.length;
  }

  /**
   * Runs `read`, turning anything it throws (a getter, a proxy trap, a revoked proxy) into a
   * problem at `path`. Returns undefined then, as if the value were missing.
   */
  read<T>(path: string, read: () => T): T | undefined {
    try {
      return read();
    } catch {
      this.report(path, 'expected a readable value, got an error on reading it');
      this.unreadable.add(path);
      return undefined;
    }
  }

  /** Runs `check` only when the optional value is present. */
  optional<T>(value: unknown, check: (value: unknown) => T | undefined): T | undefined {
    return value === undefined ? undefined : check(value);
  }

  /**
   * The frozen copy of an object whose fields were checked since `mark`, or undefined if any
   * check failed. Absent optional fields are left out. The copy holds only the fields named
   * here, so unknown keys of the input (cycles, BigInts, anything) never reach it.
   */
  frozen<T extends object>(
    mark: number,
    fields: { [K in keyof Required<T>]: T[K] | undefined },
  ): T | undefined {
    if (this.problems.length !== mark) return undefined;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) copy[key] = value;
    }
    return Object.freeze(copy) as T;
  }

  /** Whether `value` is an object and not a list; reports at `path` otherwise. */
  isObject(path: string, value: unknown): value is object {
    if (typeof value !== 'object' || value === null) {
      this.report(path, `expected an object, got ${describeValue(value)}`);
      return false;
    }
    // Array.isArray throws on a revoked proxy.
    const isList = this.read(path, () => Array.isArray(value));
    if (isList === false) return true;
    if (isList) this.report(path, `expected an object, got ${describeValue(value)}`);
    return false;
  }

  /**
   * Checks that `value` is an object and returns a reader of its fields, each read once and
   * guarded by {@link read}. Any object will do (a class instance's getters are read); only
   * the fields a validator asks for are read. `path` '' is the root: its fields have no prefix.
   */
  object(path: string, value: unknown): Fields | undefined {
    if (!this.isObject(path, value)) return undefined;
    const record = value as Record<string, unknown>;
    return (key) => this.read(path ? `${path}.${key}` : key, () => record[key]);
  }

  /**
   * Checks that `value` is a list of an allowed length and returns a snapshot of its items,
   * holes read as undefined. The length is checked before any item is read.
   */
  list(
    path: string,
    value: unknown,
    { min, max }: { min: number; max: number },
  ): unknown[] | undefined {
    const isList = this.read(path, () => Array.isArray(value));
    if (isList === undefined) return undefined;
    if (!isList) return this.report(path, `expected a list, got ${describeValue(value)}`);
    const list = value as readonly unknown[];
    const length = this.read(path, () => list.length);
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return this.report(path, 'expected a list, got a list with no valid length');
    }
    if (length < min) {
      return this.report(
        path,
        min === 1
          ? 'expected at least one item, got an empty list'
          : `expected at least ${min} items, got ${length}`,
      );
    }
    if (length > max) return this.report(path, `expected at most ${max} items, got ${length}`);
    return Array.from({ length }, (_, i) => this.read(`${path}[${i}]`, () => list[i]));
  }

  /** A list whose every item passes `check`, as a frozen copy of the checked items. */
  listOf<T>(
    path: string,
    value: unknown,
    size: { min: number; max: number },
    check: (path: string, item: unknown) => T | undefined,
  ): readonly T[] | undefined {
    const items = this.list(path, value, size);
    if (!items) return undefined;
    const start = this.mark();
    const checked = items.map((item, i) => check(`${path}[${i}]`, item));
    return this.problems.length === start ? Object.freeze(checked as T[]) : undefined;
  }

  /** Text with at least one visible character, at most `max` characters long. */
  text(path: string, value: unknown, { max }: { max: number }): string | undefined {
    if (typeof value !== 'string') {
      return this.report(path, `expected text, got ${describeValue(value)}`);
    }
    if (value.trim() === '') return this.report(path, 'expected text, got an empty string');
    if (value.length > max) {
      return this.report(path, `expected at most ${max} characters, got ${value.length}`);
    }
    if (!VISIBLE.test(value)) {
      return this.report(path, 'expected text with at least one visible character');
    }
    return value;
  }

  textList(
    path: string,
    value: unknown,
    size: { min: number; max: number },
  ): readonly string[] | undefined {
    return this.listOf(path, value, size, (itemPath, item) =>
      this.text(itemPath, item, { max: 400 }),
    );
  }

  integer(path: string, value: unknown, min: number, max: number): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
      // -0 becomes 0, which is what a JSON round trip would make of it.
      return value + 0;
    }
    return this.report(
      path,
      `expected a whole number from ${min} to ${max}, got ${describeValue(value)}`,
    );
  }

  boolean(path: string, value: unknown): boolean | undefined {
    if (typeof value === 'boolean') return value;
    return this.report(path, `expected true or false, got ${describeValue(value)}`);
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    return this.report(
      path,
      `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(value)}`,
    );
  }

  /** An id matching `pattern`, at most {@link MAX_ID_LENGTH} characters (checked first). */
  slug(path: string, value: unknown, pattern: RegExp, rule: string): string | undefined {
    if (typeof value === 'string' && value.length > MAX_ID_LENGTH) {
      return this.report(
        path,
        `expected an id of at most ${MAX_ID_LENGTH} characters, got ${value.length}`,
      );
    }
    if (typeof value === 'string' && pattern.test(value)) return value;
    return this.report(path, `expected an id of ${rule}, got ${describeValue(value)}`);
  }

  /**
   * An http(s) URL or a relative one (or, with `images`, a data: image), read as a browser
   * reads it: `" javascript:…"` and `"java\tscript:…"` are `javascript:` URLs and refused.
   */
  url(path: string, value: unknown, { images = false } = {}): string | undefined {
    const text = this.text(path, value, { max: images ? 200_000 : 2000 });
    if (text === undefined) return undefined;
    const problem = urlProblem(text, { images });
    if (problem === undefined) return text;
    const allowed = images ? 'an http(s) URL, a path or a data: image' : 'an http(s) URL or a path';
    return this.report(path, `expected ${allowed}, got ${problem}`);
  }
}
