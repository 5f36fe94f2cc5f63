import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addSizes, isGzip, kb, sizesOf } from '../../scripts/lib/sizes.ts';

describe('sizesOf', () => {
  it('counts UTF-8 bytes, and compression shrinks repetitive text', () => {
    const s = sizesOf('é'.repeat(1000));
    expect(s.raw).toBe(2000);
    expect(s.gzip).toBeLessThan(100);
    expect(s.brotli).toBeLessThan(100);
  });

  it('is all zeros for an empty file', () => {
    expect(sizesOf('')).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });

  it('takes a file stored gzipped (as Pagefind stores its index) as sent: its stored length', () => {
    const stored = gzipSync(Buffer.from('pagefind_dcd{"url":"/leg-pain/"}'));
    expect(isGzip(stored)).toBe(true);
    expect(sizesOf(stored)).toEqual({ raw: stored.length, gzip: stored.length, brotli: stored.length });
  });
});

describe('addSizes and kb', () => {
  it('adds each figure', () => {
    expect(addSizes({ raw: 10, gzip: 5, brotli: 4 }, { raw: 1, gzip: 1, brotli: 1 })).toEqual({
      raw: 11,
      gzip: 6,
      brotli: 5,
    });
    expect(addSizes()).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });

  it('shows kilobytes of 1,024 bytes with one decimal', () => {
    expect(kb(15 * 1024)).toBe('15.0');
    expect(kb(1536)).toBe('1.5');
    expect(kb(0)).toBe('0.0');
  });
});
