/**
 * Code loaded on demand, through a dynamic `import()`: the CDN build puts it in a sibling file
 * of the bundle (`dist/cdn/<name>-<hash>.js`, fetched by a URL relative to the bundle's), the
 * npm build leaves the `import()` to the publisher's bundler.
 */
export class LazyChunk<T> {
  /** What the chunk holds, in words, for console messages: "workout view". */
  readonly name: string;
  readonly #importer: () => Promise<T>;
  #module: T | undefined;
  #loading: Promise<T> | undefined;
  /** The URL of the chunk's last failed load, when the browser named it; see `#import`. */
  #failedUrl: string | undefined;
  #retries = 0;

  constructor(name: string, importer: () => Promise<T>) {
    this.name = name;
    this.#importer = importer;
  }

  /**
   * The module once loaded. A tap that finds it uses it at once, within its own event: audio,
   * speech and fullscreen may only start there.
   */
  get module(): T | undefined {
    return this.#module;
  }

  /**
   * Gives the chunk its module, imported by other means: the server renderer, which renders
   * synchronously, imports what it needs up front.
   */
  provide(module: T): void {
    this.#module = module;
  }

  /**
   * Loads the module, once however many ask at a time. A failure is logged, naming the chunk,
   * and not remembered: the next call tries again.
   */
  load(): Promise<T> {
    if (this.#module !== undefined) return Promise.resolve(this.#module);
    this.#loading ??= this.#import().then(
      (module) => {
        this.#module = module;
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.#failedUrl = failedModuleUrl(error) ?? this.#failedUrl;
        console.error(`runner-knee-routine: could not load the ${this.name} code.`, error);
        throw error;
      },
    );
    return this.#loading;
  }

  /**
   * Loads the module, or gives up after `ms` without an answer (a stalled request), saying so
   * in the console. The load itself goes on: a later call finds what arrived.
   */
  loadWithin(ms: number): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        console.error(
          `runner-knee-routine: the ${this.name} code did not arrive within ${ms / 1000} s.`,
        );
        reject(new Error(`${this.name}: no answer within ${ms / 1000} s`));
      }, ms);
    });
    return Promise.race([this.load(), timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * The chunk's `import()`. Firefox keeps a module URL that failed to load failed for the
   * page's life (the HTML standard stopped that in 2025; Chrome and Safari fetch again), so a
   * retry asks for the URL its error named with a query added, which is another module.
   */
  #import(): Promise<T> {
    const url = this.#failedUrl;
    if (url === undefined) return this.#importer();
    const retry = `${url}${url.includes('?') ? '&' : '?'}retry=${++this.#retries}`;
    return import(/* @vite-ignore */ /* webpackIgnore: true */ retry) as Promise<T>;
  }

  /**
   * Runs `use` with the module: at once (synchronously) when it is loaded, else once it loads;
   * `failed` instead when it cannot load. Resolves once one of them has run.
   */
  use(use: (module: T) => void, failed: () => void): Promise<void> {
    const module = this.module;
    if (module === undefined) return this.load().then(use, failed);
    use(module);
    return Promise.resolve();
  }
}

/**
 * The URL in a browser's own message for a failed `import()` ("error loading dynamically
 * imported module: <url>", "Failed to fetch dynamically imported module: <url>"), if any.
 * A bundler's own chunk loading says otherwise, and is retried as it was.
 */
function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /dynamically imported module: (\S+)$/.exec(message)?.[1];
}

/** How long an update waits for code it needs before going ahead without it. */
export const CHUNK_TIMEOUT_MS = 15_000;

/** The chunks already asked for when the browser is idle: each only once per page. */
const prefetched = new WeakSet<LazyChunk<unknown>>();

type IdleScheduler = (run: () => void) => void;

/** `requestIdleCallback` (at most 2 s away), or a timeout where there is none (Safari). */
const whenIdle: IdleScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};

/**
 * Loads `chunks` the next time the browser is idle, so that a tap later finds their code
 * ready. Call it after the first render; each chunk is asked for once per page. A failure
 * only logs: the tap that needs the chunk tries again and shows the failure.
 */
export function prefetchWhenIdle(
  chunks: readonly LazyChunk<unknown>[],
  schedule: IdleScheduler = whenIdle,
): void {
  const wanted = chunks.filter((chunk) => !prefetched.has(chunk));
  if (wanted.length === 0) return;
  wanted.forEach((chunk) => prefetched.add(chunk));
  schedule(() => wanted.forEach((chunk) => void chunk.load().catch(() => undefined)));
}
