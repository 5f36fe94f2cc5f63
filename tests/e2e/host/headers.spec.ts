/**
 * The host configuration on a real server: dist/ served by Debian's nginx through the repo's
 * deploy/nginx/leg-pain-explained.conf (scripts/serve-nginx.sh). Checks what a publisher relies on:
 * the security headers on every kind of response, /page -> /page/, the 404 page, cache rules and
 * compression.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { securityHeaders } from '../../../src/features/publishing/host-headers.ts';

const dist = new URL('../../../dist/', import.meta.url);
const firstFile = (folder: string, pattern: RegExp) => {
  const name = readdirSync(new URL(folder, dist)).find((f) => pattern.test(f));
  if (!name) throw new Error(`no file matching ${pattern} in dist/${folder}`);
  return `/${folder}${name}`;
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

const get = (
  request: import('@playwright/test').APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
) => request.get(path, { maxRedirects: 0, headers: { 'Accept-Encoding': 'identity', ...headers } });

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  // The values that matter, written out so that a change in the source of truth is noticed.
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("worker-src 'self' blob:");
  // The header must leave scripts and styles to the meta tag's hashes (src/features/publishing/host-headers.ts).
  expect(csp).not.toMatch(/default-src|script-src|style-src/);
  expect(headers['strict-transport-security']).toMatch(/^max-age=(\d{8,})/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('web-share=(self)');
  expect(headers['permissions-policy']).toContain('clipboard-write=(self)');
  expect(headers['permissions-policy']).toContain('camera=()');
  for (const { name, value } of securityHeaders()) expect(headers[name.toLowerCase()], name).toBe(value);
}

test('a page: security headers, revalidated on each visit, gzip when asked, and its own meta CSP with hashes', async ({
  request,
}) => {
  const page = await get(request, '/arterial-leg-pain/');
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  expectSecurityHeaders(page);
  expect(page.headers()['cache-control']).toBe(REVALIDATE);
  const etag = page.headers()['etag'];
  expect(etag).toBeTruthy();
  expect((await get(request, '/arterial-leg-pain/', { 'If-None-Match': etag! })).status()).toBe(304);
  expect(await page.text()).toMatch(
    /<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval'[^"]*'sha256-/i,
  );

  const gzipped = await get(request, '/arterial-leg-pain/', { 'Accept-Encoding': 'gzip, br' });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
  expect(gzipped.headers()['vary']).toContain('Accept-Encoding');
});

test('an address without its last slash redirects to the slash form, keeping the query', async ({ request }) => {
  const bare = await get(request, '/arterial-leg-pain');
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/arterial-leg-pain/');
  expectSecurityHeaders(bare);
  const search = await get(request, '/search?q=calf%20pain');
  expect(search.status()).toBe(301);
  expect(search.headers()['location']).toBe('/search/?q=calf%20pain');
});

test('a missing page is the site 404 page, with status 404 and the security headers', async ({ request }) => {
  for (const path of ['/no-such-page/', '/no-such-page', '/_astro/gone.css', '/_headers']) {
    const missing = await get(request, path);
    expect(missing.status(), path).toBe(404);
    expect(await missing.text()).toContain('<title>Page not found');
    expect(missing.headers()['cache-control'], path).toBe(REVALIDATE);
    expectSecurityHeaders(missing);
  }
});

test('files named by their content are kept for a year; entry files are asked for again', async ({ request }) => {
  const immutable = [
    firstFile('_astro/', /\.css$/),
    firstFile('_astro/', /\.js$/),
    firstFile('pagefind/', /^pagefind\..+\.pf_meta$/),
    firstFile('pagefind/index/', /./),
    firstFile('pagefind/fragment/', /./),
    `${firstFile('search/text/', /./)}/1.txt`,
  ];
  const vocabulary = firstFile('search/', /^vocabulary(\.[^.]+)?\.json$/);
  (vocabulary === '/search/vocabulary.json' ? [] : immutable).push(vocabulary);
  const revalidate = ['/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/print.css', '/sitemap.xml'];
  if (vocabulary === '/search/vocabulary.json') revalidate.push(vocabulary);
  for (const path of immutable) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(IMMUTABLE);
    expectSecurityHeaders(response);
  }
  for (const path of revalidate) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(REVALIDATE);
  }
});

test('styles, scripts, the search vocabulary and the sitemap are sent compressed', async ({ request }) => {
  for (const path of [
    firstFile('_astro/', /\.css$/),
    firstFile('_astro/', /\.js$/),
    '/pagefind/pagefind.js',
    firstFile('search/', /^vocabulary.*\.json$/),
    '/sitemap.xml',
  ]) {
    const response = await get(request, path, { 'Accept-Encoding': 'gzip' });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
});
