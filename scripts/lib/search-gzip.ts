/**
 * Pagefind stores its files gzipped, and every host sends them as they are stored (the browser
 * unzips them in Pagefind's own script). Zopfli writes the same gzip format 4–5 % smaller than
 * Pagefind's own compressor, so the first search downloads less on Netlify, Cloudflare and nginx
 * alike, with nothing asked of the host.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Gzip as small as Zopfli makes it; more passes for the few large files every search loads. */
export async function smallestGzip(raw: Uint8Array): Promise<Uint8Array> {
  return gzipAsync(raw, { numiterations: raw.length > 20_000 ? 15 : 5 });
}

/** Recompresses every gzipped file under a Pagefind bundle folder; returns the bytes saved. */
export async function recompressPagefind(dir: string): Promise<number> {
  let saved = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = join(entry.parentPath, entry.name);
    const stored = await readFile(file);
    if (!isGzip(stored)) continue;
    const smaller = await smallestGzip(gunzipSync(stored));
    if (smaller.length < stored.length) {
      await writeFile(file, smaller);
      saved += stored.length - smaller.length;
    }
  }
  return saved;
}
