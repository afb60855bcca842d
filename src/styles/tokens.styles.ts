import { css } from 'lit';
import { errorStyles } from './error.styles.js';

/**
 * Private working variables (`--_routine-*`) derived from the public `--routine-*` tokens,
 * each with a literal fallback so an element looks right with no theme at all. Dark values
 * apply through the `theme` attribute of the outermost element, and are inherited inward.
 *
 * The public tokens, documented once here; every element reads all of them through these
 * styles, and custom-elements-manifest.config.mjs copies this list into each element's entry.
 *
 * @cssprop --routine-accent - Accent colour: buttons, the current exercise, the ring during work. Default `#0a5cad`.
 * @cssprop --routine-accent-contrast - Text colour on the accent. Default `#ffffff`.
 * @cssprop --routine-surface - Background. Default `#ffffff`.
 * @cssprop --routine-text - Main text colour. Default `#1c2126`.
 * @cssprop --routine-muted - Secondary text colour. Default `#55606b`.
 * @cssprop --routine-border - Border colour. Default `#c9d1d9`.
 * @cssprop --routine-tint - Background of notes, badges and the ring's track. Default `#eef4fb`.
 * @cssprop --routine-success - Colour of "done" marks and the ring during a rest. Default `#1a7f37`.
 * @cssprop --routine-danger - Colour of the safety notice, cautions and errors, kept apart from the accent. Default `#b42318`.
 * @cssprop --routine-radius - Corner radius. Default `12px`.
 * @cssprop --routine-spacing - Base spacing. Default `16px`.
 * @cssprop --routine-font-family - Font. Default: inherited from the page.
 * @cssprop --routine-font-size - Base text size. Default `max(1rem, 16px)`.
 * @cssprop --routine-sticky-top - How far below the top of the window the list stays while the exercise beside it scrolls (wide layout): the height of the page's own sticky header, if it has one. Default `16px`.
 */
export const tokenStyles = css`
  :host {
    --_routine-accent: var(--routine-accent, #0a5cad);
    --_routine-accent-contrast: var(--routine-accent-contrast, #ffffff);
    --_routine-surface: var(--routine-surface, #ffffff);
    --_routine-text: var(--routine-text, #1c2126);
    --_routine-muted: var(--routine-muted, #55606b);
    --_routine-border: var(--routine-border, #c9d1d9);
    --_routine-radius: var(--routine-radius, 12px);
    --_routine-spacing: var(--routine-spacing, 16px);
    --_routine-font-family: var(--routine-font-family, inherit);
    /* max() keeps text readable on pages that shrink the root size (html { font-size: 62.5% }). */
    --_routine-font-size: var(--routine-font-size, max(1rem, 16px));
    --_routine-success: var(--routine-success, #1a7f37);
    --_routine-danger: var(--routine-danger, #b42318);
    --_routine-tint: var(--routine-tint, #eef4fb);
    --_routine-sticky-top: var(--routine-sticky-top, 16px);
  }
`;

/**
 * Dark defaults: the same private variables, still overridden by the publisher's
 * `--routine-*` values. Every element takes `theme` (the composite elements pass theirs down),
 * so each one resolves its own. They apply for `theme="dark"`, and for whatever the element
 * resolved to dark (`applied-theme`, set by RoutineElement): `theme="auto"` goes dark only
 * when the page supports dark and the reader prefers it, never by the media query alone.
 */
export const themeStyles = css`
  :host([theme='dark']),
  :host([applied-theme='dark']) {
    --_routine-accent: var(--routine-accent, #79b8ff);
    --_routine-accent-contrast: var(--routine-accent-contrast, #0d1117);
    --_routine-surface: var(--routine-surface, #16191d);
    --_routine-text: var(--routine-text, #e8ecef);
    --_routine-muted: var(--routine-muted, #a5b0bb);
    --_routine-border: var(--routine-border, #3d444d);
    --_routine-success: var(--routine-success, #56d364);
    --_routine-danger: var(--routine-danger, #ff8b80);
    --_routine-tint: var(--routine-tint, #1f2a37);
    color-scheme: dark;
  }
`;

/** What every element shares: block display, the hidden attribute, inherited type. */
export const hostStyles = css`
  :host {
    display: block;
    /* Fill the line even where blocks shrink to fit (a flex row, a float): the layout uses
       container queries, so the content gives the element no width of its own. WebKit's
       prefixed keyword here, stretch below where the browser has it: written as a fallback
       declaration beside stretch, the CDN build's CSS minifier would drop it. */
    inline-size: -webkit-fill-available;
    box-sizing: border-box;
    color: var(--_routine-text);
    font-family: var(--_routine-font-family);
    font-size: var(--_routine-font-size);
    line-height: 1.5;
    text-align: start;
  }
  @supports (inline-size: stretch) {
    :host {
      inline-size: stretch;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* A page rule that matches the tag itself (* { line-height: 3 }, runner-knee-routine {…})
     wins over :host, and inherited text styles (letter-spacing, text-transform…) flow in
     from the page. The shadow tree's top-level elements are out of the page's reach. */
  :host > * {
    color: var(--_routine-text);
    font-family: var(--_routine-font-family);
    font-size: var(--_routine-font-size);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* Left to right unless the routine's own language is written right to left: a page's
       dir="rtl" must not reorder English text ("+15 s" as "s 15+"). */
    direction: var(--_routine-direction, ltr);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * For elements that lay themselves out by container queries. Size containment gives such
 * an element no intrinsic width, so in a shrink-to-fit parent (a flex row, a float) it
 * would collapse: claim the row and a sensible minimum instead.
 */
export const containerHostStyles = css`
  :host {
    flex: 1 1 100%;
    min-width: min(100%, 18rem);
  }
`;

/** Buttons sized for a thumb mid-workout, with a visible focus ring. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_routine-accent);
    border-radius: calc(var(--_routine-radius) * 0.75);
    background: var(--_routine-surface);
    color: var(--_routine-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    touch-action: manipulation;
  }
  .button--primary {
    background: var(--_routine-accent);
    color: var(--_routine-accent-contrast);
  }
  .button[aria-pressed='true'] {
    background: var(--_routine-accent);
    color: var(--_routine-accent-contrast);
  }
  .button:focus-visible {
    outline: 3px solid var(--_routine-accent);
    outline-offset: 2px;
  }
  /* Unavailable (aria-disabled keeps it focusable, so focus never drops): no accent, a dashed
     muted outline on no fill, and a not-allowed cursor, so it does not look clickable. */
  .button:disabled,
  .button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_routine-border);
    background: transparent;
    color: var(--_routine-muted);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-pressed='true'],
    .button--primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      forced-color-adjust: none;
      background: Canvas;
      color: GrayText;
      border-color: GrayText;
    }
  }
`;

/** The styles every element starts from, before its own. */
export const elementStyles = [tokenStyles, themeStyles, hostStyles, buttonStyles, errorStyles];
