/**
 * Byte counts of a file as a server would send it: raw, gzip and brotli (Node's zlib). Pure.
 * Levels match the search benchmark (scripts/search-quality.mjs on the search branch), so its
 * figures and ours add up: gzip 6 (a server's usual on-the-fly level), brotli 11 (pre-compressed).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** True for bytes that are already gzip (Pagefind stores its index, fragments and WebAssembly so). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Sizes of one file. A file stored gzipped is sent as it is: compressing it again gains nothing,
 * so all three figures are its stored length.
 */
export function sizesOf(content: Uint8Array | string): Sizes {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (bytes.length === 0) return { ...ZERO };
  if (isGzip(bytes)) return { raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 6 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    ...ZERO,
  });
}

/** Kilobytes (1,024 bytes) with one decimal, as people read them: 15.2 */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
