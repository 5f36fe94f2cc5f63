/**
 * QR codes for printouts, made at build time so the page needs no script and no outside service.
 * A patient points a phone camera at the code to open the page the paper came from.
 */
import { qrDrawing as draw, type QrDrawing } from './qr-drawing.ts';

export { QR_OPTIONS, type QrDrawing } from './qr-drawing.ts';

/** The QR code of `text` as SVG geometry, so a component can draw it with its own attributes. */
export async function qrDrawing(text: string): Promise<QrDrawing> {
  return draw(text);
}

/** The address a printout points to: the canonical URL, with a section's #id when there is one. */
export function pageAddress(site: URL | string, slug: string, id?: string): string {
  return new URL(`/${slug}/${id ? `#${id}` : ''}`, site).href;
}

/** A whole QR code as a standalone SVG file, black on white, for an <img> that loads it on demand. */
export function qrSvgFile({ size, path }: QrDrawing): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${path}" stroke="#000000"/></svg>\n`
  );
}
