import { css } from 'lit';

/** The take-along controls, and the print stylesheet that makes the widget a handout. */
export const takeAlongStyles = css`
  @media screen {
    .how-to--print,
    .print-only {
      display: none;
    }
  }
  /* A QR code to scan with a phone is for laptops and desktops: a mouse or trackpad. */
  @media not (pointer: fine) {
    [part~='phone'] {
      display: none;
    }
  }
  /* The handout: the routine's header and every exercise's how-to, open, with a box to tick
     per set; no buttons, timer, list or notes. Ink on paper, whatever the theme. */
  @media print {
    .frame {
      --_routine-muted: #000;
      --_routine-spacing: 6px;
      color: #000;
      font-size: 10pt;
      line-height: 1.3;
    }
    .frame > :not(.header, .how-to),
    .button {
      display: none;
    }
    .how-to {
      display: block;
      columns: 2;
    }
    .how-to__exercise {
      break-inside: avoid;
      margin-block-end: 6px;
    }
    .how-to__exercise::details-content {
      content-visibility: visible;
      display: contents;
    }
    .how-to__exercise > summary {
      list-style: none;
    }
  }
`;
