/**
 * Media given as an inline `<script type="application/json" data-media>` child (as the server
 * renderer writes it), for an element whose `media` property is not set; undefined when there
 * is none, or with a console warning when it is not JSON.
 */
export function inlineMedia(host: HTMLElement): unknown {
  const script = host.querySelector(':scope > script[type="application/json"][data-media]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '') as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.warn(`<${host.localName}>: the inline media is not JSON (${why}); it is left out.`);
    return undefined;
  }
}
