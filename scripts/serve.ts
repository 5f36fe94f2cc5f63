// `npm run preview` (and `npm start` after its build): serves dist/ as the hosts do, which
// `astro preview` does not: /page redirects to /page/, a missing page is the 404 page with status
// 404, and every response carries the headers of dist/_headers (src/features/publishing/host-headers.ts).
//
// Usage: npm run preview -- --port 4321   (DIST_DIR to serve another folder)
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { cacheControlFor, securityHeaders } from '../src/features/publishing/host-headers.ts';
import { contentTypeOf } from './lib/content-types.ts';

const root = resolve(process.env.DIST_DIR ?? 'dist');
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(
    `Nothing to serve: ${root} does not exist. Build it first (npm run build:local; npm run build:fixtures for dist-fixtures).`,
  );
  process.exit(1);
}
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag >= 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4321));
const host = 'localhost';

/** The file a URL path names inside dist/, or null when it would lead outside it. */
function fileFor(pathname: string): string | null {
  const file = resolve(join(root, pathname));
  return file === root || file.startsWith(root + sep) ? file : null;
}

const isFile = (path: string | null) => path !== null && (statSync(path, { throwIfNoEntry: false })?.isFile() ?? false);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/404.html';
  }
  for (const { name, value } of securityHeaders()) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = fileFor(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  let status = 200;
  if (!isFile(file)) {
    // A folder named without its last slash: send the reader to the slash form, as the hosts do.
    if (!pathname.endsWith('/') && isFile(fileFor(`${pathname}/index.html`))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': cacheControlFor(pathname) });
      res.end();
      return;
    }
    file = join(root, '404.html');
    status = 404;
  }
  res.writeHead(status, {
    'Content-Type': contentTypeOf(extname(file!)),
    'Cache-Control': cacheControlFor(status === 200 ? pathname : '/404.html'),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file!).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/ (as the hosts serve it; Ctrl+C stops it)`);
});
