/**
 * QR codes for printouts, made at build time so the page needs no script and no outside service.
 * A patient points a phone camera at the code to open the page the paper came from.
 */
import QRCode from 'qrcode';

/** Medium error correction: a printed code still scans when it is creased or smudged. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4 } as const;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules, drawn as 1-unit strokes. */
  path: string;
}

/** The QR code of `text` as SVG geometry, so a component can draw it with its own attributes. */
export async function qrDrawing(text: string): Promise<QrDrawing> {
  const svg = await QRCode.toString(text, QR_OPTIONS);
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error(`qrDrawing: the qrcode package returned SVG of an unexpected shape: ${svg}`);
  return { size, path };
}

/** The address a printout points to: the canonical URL, with a section's #id when there is one. */
export function pageAddress(site: URL | string, slug: string, id?: string): string {
  return new URL(`/${slug}/${id ? `#${id}` : ''}`, site).href;
}
