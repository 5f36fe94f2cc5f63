import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { pageAddress, qrDrawing, QR_OPTIONS } from './qr.ts';

/** Paints the drawing's path ("M4 4.5h7m1 0h2…": 1-unit horizontal strokes) into RGBA pixels, as a printer would. */
function rasterise({ size, path }: { size: number; path: string }, scale = 4): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a = '0', b] of path.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let col = x; col < x + Number(a); col++) {
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const i = ((Math.floor(y) * scale + dy) * size * scale + col * scale + dx) * 4;
            pixels.fill(0, i, i + 3);
          }
        }
      }
      x += Number(a);
    }
  }
  return pixels;
}

describe('pageAddress', () => {
  it('is the canonical address of a page or of one of its sections', () => {
    expect(pageAddress('https://leg-pain.example', 'arterial-leg-pain')).toBe(
      'https://leg-pain.example/arterial-leg-pain/',
    );
    expect(pageAddress(new URL('https://leg-pain.example/'), 'arterial-leg-pain', 'walking-pain')).toBe(
      'https://leg-pain.example/arterial-leg-pain/#walking-pain',
    );
  });
});

describe('qrDrawing', () => {
  it('draws what the qrcode package makes of the exact address', async () => {
    const url = 'https://leg-pain.example/arterial-leg-pain/#walking-pain';
    const svg = await QRCode.toString(url, QR_OPTIONS);
    const { size, path } = await qrDrawing(url);
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain(`d="${path}"`);
  });

  it('decodes back to the address, read by a QR reader', async () => {
    for (const url of [
      'https://leg-pain.example/leg-pain/',
      'https://leg-pain.example/venous-insufficiency-treatment/#compression-stockings',
    ]) {
      const drawing = await qrDrawing(url);
      const side = drawing.size * 4;
      expect(jsQR(rasterise(drawing), side, side)?.data).toBe(url);
    }
  });
});
