// "Continue on your phone", loaded on demand (src/components/chunks.ts): a QR code of the
// page's address, with the widget's fragment, in the take-along dialog.
import { html, type TemplateResult } from 'lit';
import { generate } from 'lean-qr';
import { openDialog, takeAlongStringsFor, widgetUrl } from './take-along-dialog.js';
import type { TakeAlongContext } from './take-along.js';

/** The light margin round the code that scanners need, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/** The QR code of `text` as an SVG: one path of dark modules on a light square. */
export function qrCode(text: string, label: string): TemplateResult {
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  const side = code.size + 2 * QUIET_ZONE;
  return html`<svg
    class="qr"
    viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}"
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
  >
    <rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${side} height=${side} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}

/** Opens the dialog with the QR code of the page, and its address written out. */
export function phone(context: TakeAlongContext): HTMLDialogElement {
  const t = takeAlongStringsFor(context.strings.lang);
  const url = widgetUrl(context.host);
  return openDialog(
    context,
    context.strings.continueOnPhone,
    () =>
      html`<p>${t.scanHint}</p>
        ${qrCode(url, t.scanHint)}
        <p class="take-along-dialog__url">${url}</p>`,
  );
}
