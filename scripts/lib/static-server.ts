/**
 * A small static file server for a built site folder, as a plain host would serve it: /path/ gives
 * path/index.html, unknown paths get 404.html, with the site's own cache rules (a page visited
 * before a search has its stylesheet in the cache, as on the real host). No compression: the
 * report compresses bytes itself.
 * Used instead of `astro preview`, which allows one server per project and cannot serve a
 * benchmark's temporary outDir.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from './content-types.ts';
import { cacheControlFor } from '../../src/features/publishing/host-headers.ts';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

async function fileAt(root: string, urlPath: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  if (clean.startsWith('..')) return undefined;
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    if (s.isDirectory() && urlPath.endsWith('/')) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // no such file
  }
  return undefined;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<RunningServer> {
  const absolute = normalize(root.endsWith(sep) ? root : root + sep);
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = await fileAt(absolute, path);
    const served = file ?? (await fileAt(absolute, '/404.html'));
    if (!served) {
      res.writeHead(404).end();
      return;
    }
    const body = await readFile(served);
    res.writeHead(file ? 200 : 404, {
      'content-type': contentTypeOf(extname(served)),
      'content-length': body.length,
      'cache-control': file ? cacheControlFor(path) : 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
