import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The colour scheme `theme="auto"` resolves to: dark only when the page says it supports dark
 * (`color-scheme` on its root element, or a `<meta name="color-scheme">`, includes `dark`) and
 * the reader prefers dark. A light-only article keeps a light widget whatever the reader's
 * system does.
 *
 * One shared watcher serves every element: it starts with the first subscriber (never at
 * import time) and stops with the last. It rechecks when the reader's preference changes, when
 * the attributes of the page's `<html>` or `<body>` change (a site's own dark-mode switch), when
 * anything in `<head>` changes (a stylesheet or meta added), and once the page has loaded.
 */
export type ColorScheme = 'light' | 'dark';

type Listener = (scheme: ColorScheme) => void;

const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<Listener>();
let current: ColorScheme = 'light';
let stop: (() => void) | undefined;

/** Whether a `color-scheme` value (`"light dark"`, `"only light"`, `"normal"`) includes dark. */
export function includesDark(value: string | null | undefined): boolean {
  return (value ?? '').toLowerCase().split(/\s+/).includes('dark');
}

/** Whether the page declares it supports a dark scheme. */
export function pageSupportsDark(doc: Document = document): boolean {
  const metas = doc.querySelectorAll<HTMLMetaElement>('meta[name="color-scheme" i]');
  if ([...metas].some((meta) => includesDark(meta.content))) return true;
  const root = doc.documentElement;
  const view = doc.defaultView;
  return !!root && !!view && includesDark(view.getComputedStyle(root).colorScheme);
}

/** What `theme="auto"` resolves to on this page now. */
export function resolveAutoScheme(): ColorScheme {
  if (typeof window === 'undefined' || typeof document === 'undefined') return 'light';
  const prefersDark = window.matchMedia?.(DARK_QUERY).matches ?? false;
  return prefersDark && pageSupportsDark(document) ? 'dark' : 'light';
}

function recheck(): void {
  const next = resolveAutoScheme();
  if (next === current) return;
  current = next;
  for (const listener of [...listeners]) listener(next);
}

function start(): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', recheck);
  const observer = new MutationObserver(recheck);
  const { documentElement, head, body } = document;
  observer.observe(documentElement, { attributes: true });
  if (body) observer.observe(body, { attributes: true });
  if (head) {
    observer.observe(head, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  }
  // A stylesheet still loading may declare the root's color-scheme once it arrives.
  window.addEventListener('load', recheck);
  return () => {
    query?.removeEventListener('change', recheck);
    observer.disconnect();
    window.removeEventListener('load', recheck);
  };
}

/**
 * Calls `listener` whenever the resolved scheme changes, and returns it as it is now, with a
 * function that ends the subscription.
 */
export function watchAutoScheme(listener: Listener): { scheme: ColorScheme; unwatch: () => void } {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return { scheme: 'light', unwatch: () => {} };
  }
  if (listeners.size === 0) {
    current = resolveAutoScheme();
    stop = start();
  }
  listeners.add(listener);
  return {
    scheme: current,
    unwatch: () => {
      if (!listeners.delete(listener) || listeners.size > 0) return;
      stop?.();
      stop = undefined;
    },
  };
}

/**
 * Keeps a host told of what `theme="auto"` resolves to while it is connected: `scheme` is
 * the current answer, and a change requests an update.
 */
export class AutoSchemeController implements ReactiveController {
  scheme: ColorScheme = 'light';
  #unwatch?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const { scheme, unwatch } = watchAutoScheme((next) => {
      this.scheme = next;
      this.host.requestUpdate();
    });
    this.#unwatch = unwatch;
    // Back in the page after a while away: it may have changed meanwhile.
    if (scheme !== this.scheme) {
      this.scheme = scheme;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }
}
