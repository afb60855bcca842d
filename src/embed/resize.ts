// resize.js, for a page that embeds dist/embed/index.html in an iframe: sets each such
// iframe's height to the content height its page reports. Built as a plain script (imports
// inlined, no exports, nothing global), so it works as <script src> or as a module.
import { SIZE_MESSAGE } from './size-reporter.js';

addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object') return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== SIZE_MESSAGE || typeof height !== 'number' || !(height >= 0 && height < Infinity))
    return;
  // Only the frame that sent it: its window is the message's source.
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  }
});
