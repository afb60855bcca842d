/** One thing wrong with the input: where it is and what was expected. */
export interface Problem {
  /** Where, in JavaScript notation from the root: `exercises[2].prescription.reps`. */
  path: string;
  /** What was expected and what was found, in plain language. */
  message: string;
}

type PlainObject = Record<string, unknown>;

/** Formats a problem as one line: `path: message`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** Describes a value the way a message quotes it: short, typed, never markup. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Collects problems as a validator walks the input. Every check returns whether it passed. */
export class Checker {
  readonly problems: Problem[] = [];

  report(path: string, message: string): false {
    this.problems.push({ path, message });
    return false;
  }

  /** Runs `check` only when the optional value is present. */
  optional(value: unknown, check: () => void): void {
    if (value !== undefined) check();
  }

  object(path: string, value: unknown, shownPath = path): value is PlainObject {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
    return this.report(shownPath, `expected an object, got ${describeValue(value)}`);
  }

  list(
    path: string,
    value: unknown,
    { min, max }: { min: number; max: number },
  ): value is unknown[] {
    if (!Array.isArray(value)) {
      return this.report(path, `expected a list, got ${describeValue(value)}`);
    }
    if (value.length < min) {
      return this.report(
        path,
        min === 1
          ? 'expected at least one item, got an empty list'
          : `expected at least ${min} items, got ${value.length}`,
      );
    }
    if (value.length > max)
      return this.report(path, `expected at most ${max} items, got ${value.length}`);
    return true;
  }

  text(path: string, value: unknown, { max }: { max: number }): value is string {
    if (typeof value !== 'string') {
      return this.report(path, `expected text, got ${describeValue(value)}`);
    }
    if (value.trim() === '') return this.report(path, 'expected text, got an empty string');
    if (value.length > max) {
      return this.report(path, `expected at most ${max} characters, got ${value.length}`);
    }
    return true;
  }

  textList(path: string, value: unknown, size: { min: number; max: number }): void {
    if (!this.list(path, value, size)) return;
    value.forEach((item, i) => this.text(`${path}[${i}]`, item, { max: 400 }));
  }

  integer(path: string, value: unknown, min: number, max: number): value is number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
      return true;
    }
    return this.report(
      path,
      `expected a whole number from ${min} to ${max}, got ${describeValue(value)}`,
    );
  }

  boolean(path: string, value: unknown): value is boolean {
    if (typeof value === 'boolean') return true;
    return this.report(path, `expected true or false, got ${describeValue(value)}`);
  }

  oneOf(path: string, value: unknown, allowed: readonly string[]): void {
    if (typeof value === 'string' && allowed.includes(value)) return;
    this.report(
      path,
      `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(value)}`,
    );
  }

  slug(path: string, value: unknown, pattern: RegExp, rule: string): void {
    if (typeof value === 'string' && pattern.test(value)) return;
    this.report(path, `expected an id of ${rule}, got ${describeValue(value)}`);
  }

  /**
   * An http(s) URL or a path (or, with `images`, a data: image); `javascript:` and other
   * schemes are refused.
   */
  url(path: string, value: unknown, { images = false } = {}): void {
    if (!this.text(path, value, { max: images ? 200_000 : 2000 })) return;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (!scheme || scheme === 'http' || scheme === 'https') return;
    if (images && /^data:image\//i.test(value)) return;
    const allowed = images ? 'an http(s) URL, a path or a data: image' : 'an http(s) URL or a path';
    this.report(path, `expected ${allowed}, got a "${scheme}:" URL`);
  }
}
