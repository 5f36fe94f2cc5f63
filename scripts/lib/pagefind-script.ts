/**
 * Pagefind ships its browser script (pagefind.js) readable but not minified, and every first
 * search downloads it. Minified it is about 15 % smaller on the wire (12.1 -> 10.3 KB brotli), on
 * any host. Only pagefind.js is worth it: the search page runs Pagefind on its main thread
 * (noWorker) and uses none of Pagefind's ready-made UIs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

/** Minifies `<dir>/pagefind.js` in place; returns the bytes saved. */
export async function minifyPagefindScript(dir: string): Promise<number> {
  const file = join(dir, 'pagefind.js');
  const source = await readFile(file, 'utf8');
  // An ES module stays one: its exports keep their names.
  const { code } = await transform(source, { loader: 'js', format: 'esm', minify: true });
  if (code.length >= source.length) return 0;
  await writeFile(file, code);
  return Buffer.byteLength(source) - Buffer.byteLength(code);
}
