/**
 * A QR code as SVG geometry, made synchronously from the qrcode package's encoder: at build time
 * for printed pages (src/features/print/qr.ts) and in the browser for a handout, whose address is only known
 * there (it lives in the link's #fragment). No outside service is asked.
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

/**
 * The dark modules as horizontal 1-unit strokes, the same path the qrcode package writes in its
 * own SVG output (so a drawing can be checked against it).
 */
function modulesToPath(data: ArrayLike<number | boolean>, size: number, margin: number): string {
  let path = '';
  let moveBy = 0;
  let newRow = false;
  let lineLength = 0;
  for (let i = 0; i < data.length; i++) {
    const col = i % size;
    const row = Math.floor(i / size);
    if (!col && !newRow) newRow = true;
    if (data[i]) {
      lineLength++;
      if (!(i > 0 && col > 0 && data[i - 1])) {
        path += newRow ? `M${col + margin} ${0.5 + row + margin}` : `m${moveBy} 0`;
        moveBy = 0;
        newRow = false;
      }
      if (!(col + 1 < size && data[i + 1])) {
        path += `h${lineLength}`;
        lineLength = 0;
      }
    } else moveBy++;
  }
  return path;
}

/** The QR code of `text` (an absolute URL) as SVG geometry. */
export function qrDrawing(text: string): QrDrawing {
  if (text === '') throw new Error('qrDrawing: needs the text to encode, got an empty string');
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  return {
    size: modules.size + QR_OPTIONS.margin * 2,
    path: modulesToPath(modules.data, modules.size, QR_OPTIONS.margin),
  };
}
