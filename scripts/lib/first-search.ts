/**
 * What a reader's first search downloads, measured in headless Chromium against a static server of
 * a built site: Pagefind's script, its WebAssembly, the index chunks and the fragments of the
 * results shown. Sizes come from the built files (Pagefind stores its own gzipped: sent as they are).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { networkQuiet, trackRequests } from './browser-load.ts';
import { addSizes, sizesOf, ZERO, type Sizes } from './sizes.ts';

export interface SearchDownload {
  path: string;
  kind: string;
  sizes: Sizes;
}

export interface FirstSearch {
  query: string;
  results: number;
  files: SearchDownload[];
  total: Sizes;
}

/** Which part of the search a downloaded file is. */
export function searchFileKind(path: string): string {
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.pf_meta')) return 'index metadata';
  if (path.includes('/pagefind/index/')) return 'index chunks';
  if (path.includes('/pagefind/fragment/') || path.startsWith('/search/text/')) return 'fragments';
  if (path.startsWith('/pagefind/')) return 'Pagefind runtime';
  if (path.endsWith('.js')) return 'search UI';
  if (path.endsWith('.json') || path.startsWith('/search/words/')) return 'search UI data';
  return 'other';
}

/**
 * The built files behind the requested URLs, each once. `keep` leaves out what belongs to the page
 * visit rather than the search (the HTML, the icon Chromium asks for when it likes).
 */
function downloads(dist: string, origin: string, urls: string[], keep: (path: string) => boolean): SearchDownload[] {
  const seen = new Set<string>();
  const out: SearchDownload[] = [];
  for (const url of urls) {
    if (!url.startsWith(origin)) continue;
    const path = decodeURIComponent(new URL(url).pathname);
    const file = join(dist, path);
    if (seen.has(path) || !keep(path) || !existsSync(file) || !statSync(file).isFile()) continue;
    seen.add(path);
    out.push({ path, kind: searchFileKind(path), sizes: sizesOf(readFileSync(file)) });
  }
  return out;
}

/** A page of the site's origin with nothing on it, so no script of the site's runs or preloads. */
const BLANK = '/__first-search-blank__/';

/**
 * The first search through Pagefind's JS API, as a search UI makes it: load pagefind.js, search,
 * then load the data (fragment) of the first `shown` results. It runs on a blank page of the
 * site's origin, so that nothing was fetched before (a search page may preload Pagefind).
 */
export async function firstSearchViaPagefind(
  browser: Browser,
  dist: string,
  origin: string,
  query: string,
  shown = 5,
): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(origin + BLANK, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
    );
    await page.goto(origin + BLANK, { waitUntil: 'load' });
    const tracked = trackRequests(page);
    // A string, not a function: TypeScript cannot resolve the site's /pagefind/pagefind.js.
    const results = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(query)});
      await Promise.all(search.results.slice(0, ${shown}).map((r) => r.data()));
      return search.results.length;
    })()`);
    await networkQuiet(page, tracked.inFlight);
    const files = downloads(dist, origin, tracked.urls, (path) => path.startsWith('/pagefind/'));
    return { query, results: Number(results), files, total: addSizes(ZERO, ...files.map((f) => f.sizes)) };
  } finally {
    await context.close();
  }
}

/**
 * The first search as a reader makes it on the site's own search page, when that page has a
 * script: everything fetched from opening the page until the results are in, except the visit
 * itself (HTML, stylesheets, icon). Null when the search page runs no script (then Pagefind's own
 * figures are the whole cost).
 */
export async function firstSearchViaSearchPage(
  browser: Browser,
  dist: string,
  origin: string,
  query: string,
): Promise<FirstSearch | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const tracked = trackRequests(page);
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    await networkQuiet(page, tracked.inFlight);
    const box = page.getByRole('searchbox').first();
    if (!tracked.urls.some((u) => /\.m?js(\?|$)/.test(u)) || (await box.count()) === 0) return null;
    await box.fill(query);
    await box.press('Enter');
    await page.waitForTimeout(300);
    await networkQuiet(page, tracked.inFlight, 800);
    const files = downloads(dist, origin, tracked.urls, (path) => !/(\/|\.html|\.css|\.svg|\.ico|\.png)$/.test(path));
    return { query, results: -1, files, total: addSizes(ZERO, ...files.map((f) => f.sizes)) };
  } finally {
    await context.close();
  }
}
