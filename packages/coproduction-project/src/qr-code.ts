import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * A QR code as inline SVG, through Lit's templates (never innerHTML): one
 * path of dark squares on a light square, with a quiet zone around it so
 * phone cameras find it. Fetched on demand: only a facilitator's join panel
 * draws one.
 */
export function qrCode(text: string, label: string): TemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  >
    ${svg`<title>${label}</title><rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
  </svg>`;
}
