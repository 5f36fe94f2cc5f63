/**
 * Reading the PDFs the print tests make, as a person holding the paper would: how many sheets,
 * what a sheet looks like (poppler's pdftoppm, installed by scripts/ensure-chromium.sh), the QR
 * code on it, and how far down the sheet the print reaches.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Chromium writes one "/Type /Page" object per sheet (and a "/Type /Pages" tree). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** One sheet of a PDF as an image, at `dpi` dots per inch. */
export function renderPdfPage(path: string, sheet: number, dpi = 200): PNG {
  const prefix = `${path}-sheet${sheet}`;
  const run = spawnSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(sheet),
    '-l',
    String(sheet),
    '-singlefile',
    '-png',
    path,
    prefix,
  ]);
  if (run.error || run.status !== 0) {
    throw new Error(
      `pdftoppm could not render ${path}: ${run.error?.message ?? run.stderr}. Run scripts/ensure-chromium.sh.`,
    );
  }
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** What a phone camera reads from the QR code on a rendered sheet. */
export function scanQrOnSheet(png: PNG): string | undefined {
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** How far down the sheet the lowest printed (dark) pixel is, from 0 (top) to 1 (bottom edge). */
export function inkDepth(png: PNG): number {
  for (let y = png.height - 1; y >= 0; y--) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 160 && png.data[i + 1]! < 160 && png.data[i + 2]! < 160) return y / png.height;
    }
  }
  return 0;
}
