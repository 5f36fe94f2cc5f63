// The search benchmark: how often the built site's search finds the right page for searches in
// patients' words, what the first search downloads, and how fast a warm search answers.
//
// It drives the real search page in headless Chromium against the built site (dist/, through
// `astro preview`), so it measures the same code, index and settings readers get.
//
// Usage: npm run build:local && npm run search:quality
//   BASE_URL=http://localhost:4321  use a server that is already running instead of starting one
//   QUALITY_PORT=4398               port of the preview server this script starts
//   QUERY_SETS=a.json,b.json        other query files (default: the 6 sets in tests/search/)
//   CHROMIUM_PATH=/usr/bin/chromium
//
// A result counts when its URL path has one of the expected slugs as a whole path segment.
// This is a benchmark: it prints figures and exits 0 whatever they are (1 only if it cannot run).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = new URL('..', import.meta.url);
const querySets = (
  process.env.QUERY_SETS ??
  [
    'public-queries.json',
    'held-out-queries.json',
    'blind-dev-queries.json',
    'blind-unseen-queries.json',
    'fresh-dev-queries.json',
    'fresh-unseen-queries.json',
  ]
    .map((name) => `tests/search/${name}`)
    .join(',')
)
  .split(',')
  .map((file) => ({ file, queries: JSON.parse(readFileSync(new URL(file, root), 'utf8')).queries }));

/** Searches whose first-search download is measured, each in a fresh browser. */
const firstSearches = [
  'pain in my calf after walking a few blocks',
  'DVT',
  'support stockings',
  'calf cramps when I walk',
];
const budgetKb = 125;
/** Delay between keystrokes when the first search is typed: a quick typist on a phone. */
const keyDelayMs = 60;
const warmBudgetMs = 10;

// --- The server --------------------------------------------------------------------------------
let server = null;
let base = process.env.BASE_URL;
if (!base) {
  const port = process.env.QUALITY_PORT ?? '4398';
  base = `http://localhost:${port}`;
  // Astro itself, not through npx: kill() must reach the server, or it outlives this script.
  const astro = new URL('node_modules/astro/bin/astro.mjs', root).pathname;
  server = spawn(process.execPath, [astro, 'preview', '--port', port], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  for (;;) {
    // Astro runs one preview server per project: use the one already running.
    const running = /Another astro preview server is already running[\s\S]*?URL:\s*(\S+)/.exec(output);
    if (running) {
      base = running[1].replace(/\/$/, '');
      server = null;
    }
    try {
      if ((await fetch(`${base}/search/`)).ok) {
        for (const stream of [server?.stdout, server?.stderr]) stream?.destroy();
        break;
      }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      server?.kill();
      console.error(`search-quality: no server at ${base} after 30 s. Run \`npm run build:local\` first.\n${output}`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const report = { base, sets: [], firstSearch: [], timings: {} };

try {
  // --- Finding: every query through the search page's own UI ----------------------------------
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  // Chromium reports a Content-Security-Policy violation as a console error; this names what was blocked.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP blocked ${e.blockedURI}`)),
  );
  await page.goto(`${base}/search/`);
  const input = page.getByRole('searchbox', { name: /search the site/i });

  const search = async (q) => {
    await input.fill(q);
    await input.press('Enter');
    await page.waitForFunction((query) => document.querySelector('[data-search-results]')?.dataset.query === query, q);
    return page.$$eval('[data-search-results] ol[aria-label="Pages"] a', (links) =>
      links.map((a) => new URL(a.href).pathname),
    );
  };

  // Load Pagefind, its WebAssembly and the index before timing anything.
  await search('leg pain');
  await page.evaluate(() => performance.clearMeasures());

  const isHit = (path, expect) => path.split('/').some((segment) => expect.includes(segment));
  for (const set of querySets) {
    let hit1 = 0;
    let hit3 = 0;
    let reciprocal = 0;
    const misses = [];
    for (const { q, expect } of set.queries) {
      const paths = await search(q);
      const rank = paths.findIndex((p) => isHit(p, expect));
      if (rank === 0) hit1++;
      if (rank >= 0 && rank < 3) hit3++;
      if (rank >= 0) reciprocal += 1 / (rank + 1);
      if (rank !== 0) misses.push({ q, expect, rank: rank < 0 ? null : rank + 1, got: paths.slice(0, 3) });
    }
    const n = set.queries.length;
    report.sets.push({ file: set.file, n, hit1: hit1 / n, hit3: hit3 / n, mrr: reciprocal / n, misses });
  }

  // Timings of the searches above: index loaded, each query's words mostly new to the page.
  const stats = async (name) => {
    const d = (await page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name)).sort(
      (x, y) => x - y,
    );
    const at = (p) => d[Math.min(d.length - 1, Math.floor(p * d.length))];
    return { count: d.length, median: at(0.5), p90: at(0.9), max: d.at(-1) };
  };
  report.timings = await stats('search-query');
  report.engineTimings = await stats('search-engine');
  report.problems = problems;
  await page.close();

  // --- Cold time: from the reader's last keystroke to the first results on the page -------------
  /** Times the first results for `query` on a page where search has not run yet. */
  async function watchFirstResult(tab, query) {
    await tab.evaluate((q) => {
      const box = document.querySelector('input[type="search"]');
      const results = document.querySelector('[data-search-results]');
      box.addEventListener('input', () => (window.__lastKey = performance.now()));
      new MutationObserver(() => {
        if (results.dataset.query === q && window.__firstResult === undefined) window.__firstResult = performance.now();
      }).observe(results, { attributes: true, attributeFilter: ['data-query'] });
    }, query);
  }
  /**
   * The cold time when the reader types the search key by key as soon as the search page opens,
   * and what that downloads: while the reader types, the index for the words so far is preloaded.
   */
  async function coldTyped(query) {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      const fromCache = servedFromCache(await context.newCDPSession(tab));
      await tab.goto(`${base}/arterial-leg-pain/`);
      await tab.waitForLoadState('networkidle');
      const responses = [];
      tab.on('response', (r) => responses.push(r));
      await tab.getByRole('banner').getByRole('link', { name: 'Search' }).click();
      await tab.waitForURL(/\/search\/$/);
      await watchFirstResult(tab, query);
      await tab.getByRole('searchbox').pressSequentially(query, { delay: keyDelayMs });
      await tab.waitForFunction((q) => document.querySelector('[data-search-results]')?.dataset.query === q, query);
      const ms = await tab.evaluate(() => window.__firstResult - window.__lastKey);
      await tab.waitForLoadState('networkidle');
      return { ms, rows: await weigh(responses, new Map(), fromCache) };
    } finally {
      await context.close();
    }
  }

  /** The URLs Chromium answers from its own cache (memory or disk), which cost no download. */
  function servedFromCache(cdp) {
    const cached = new Set();
    const urlOf = new Map();
    void cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => urlOf.set(e.requestId, e.request.url));
    cdp.on('Network.requestServedFromCache', (e) => cached.add(urlOf.get(e.requestId)));
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.fromDiskCache || e.response.fromPrefetchCache) cached.add(e.response.url);
    });
    return cached;
  }

  /** Each response's size as a host sends it: Pagefind's gzipped files as stored, the rest compressed. */
  async function weigh(responses, wireOf, fromCache) {
    const rows = [];
    for (const r of responses) {
      const url = new URL(r.url());
      // Already in the browser's cache from the article page (the site's stylesheet): no download.
      // A revalidated file answers 304; a file the host marks immutable comes from the cache unasked.
      if (r.status() === 304 || fromCache.has(r.url())) continue;
      let body;
      try {
        body = await r.body();
      } catch {
        continue;
      }
      // Pagefind's own files (.pagefind, .pf_*) are stored gzipped: a server sends them as they are.
      const stored = body[0] === 0x1f && body[1] === 0x8b;
      const gzip = stored ? body.length : gzipSync(body, { level: 6 }).length;
      const brotli = stored
        ? body.length
        : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      rows.push({
        path: url.pathname,
        kind: kindOf(url.pathname),
        raw: body.length,
        wire: wireOf.get(r.url()) ?? body.length,
        gzip,
        brotli,
      });
    }
    return rows;
  }

  // --- Cost: what the first search downloads, from an article page --------------------------------
  for (const query of firstSearches) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    const transferred = new Map();
    cdp.on('Network.loadingFinished', (e) => transferred.set(e.requestId, e.encodedDataLength));
    const idOf = new Map();
    cdp.on('Network.responseReceived', (e) => idOf.set(e.response.url, e.requestId));
    const fromCache = servedFromCache(cdp);

    await tab.goto(`${base}/arterial-leg-pain/`);
    await tab.waitForLoadState('networkidle');
    const onLoad = [];
    const responses = [];
    const collect = (list) => (r) => list.push(r);
    const loadScripts = (
      await tab.evaluate(() =>
        performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js')),
      )
    ).map((e) => e.name);
    onLoad.push(...loadScripts);

    const listener = collect(responses);
    tab.on('response', listener);
    // As a reader does: the header's Search link, then a search typed into the search page.
    await tab.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await tab.waitForURL(/\/search\/$/);
    // The bytes are weighed with the whole search entered at once (as measured before typing was
    // timed), so the figures compare; the cold time is taken both ways.
    await watchFirstResult(tab, query);
    await tab.getByRole('searchbox').fill(query);
    await tab.waitForFunction((q) => document.querySelector('[data-search-results]')?.dataset.query === q, query);
    const coldMs = await tab.evaluate(() => window.__firstResult - window.__lastKey);
    const typed = await coldTyped(query);
    await tab.waitForLoadState('networkidle');
    tab.off('response', listener);
    const wireOf = new Map([...idOf].map(([url, id]) => [url, transferred.get(id)]));
    const rows = await weigh(responses, wireOf, fromCache);
    const typedMs = typed.ms;
    const typedRows = typed.rows;
    report.firstSearch.push({ query, onLoad, rows, coldMs, typedMs, typedRows });
    await context.close();
  }
} finally {
  await browser.close();
  server?.kill();
}

function kindOf(path) {
  if (path === '/search/' || path === '/favicon.svg') return 'search page, icon';
  if (path.startsWith('/_astro/')) return 'search UI';
  if (path === '/search/vocabulary.json' || path.startsWith('/search/words/')) return 'search vocabulary';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/fragment/') || path.startsWith('/search/text/')) return 'result fragments';
  return 'Pagefind runtime';
}

// --- Report ------------------------------------------------------------------------------------
const kb = (bytes) => (bytes / 1024).toFixed(1);
const pctf = (x) => x.toFixed(3);
console.log(`\nSearch quality (${base})\n`);
for (const s of report.sets) {
  console.log(`${s.file}: ${s.n} queries  hit@1 ${pctf(s.hit1)}  hit@3 ${pctf(s.hit3)}  MRR ${pctf(s.mrr)}`);
  for (const m of s.misses) {
    console.log(
      `  ${m.rank ? `#${m.rank}` : 'miss'}  "${m.q}" wants ${m.expect.join('|')}; got ${m.got.join(' ') || '(nothing)'}`,
    );
  }
}
const timing = (t) =>
  `median ${t.median.toFixed(2)} ms, p90 ${t.p90.toFixed(2)} ms, max ${t.max.toFixed(2)} ms over ${t.count} searches`;
console.log(`\nWarm search in Chromium, index loaded (target: median under ${warmBudgetMs} ms):`);
console.log(`  search and drawing the results: ${timing(report.timings)}`);
console.log(`  search alone:                   ${timing(report.engineTimings)}`);
console.log(
  report.problems.length ? `Console errors: ${report.problems.join(' | ')}` : 'No console error, no CSP violation.',
);

for (const first of report.firstSearch) {
  console.log(`\nFirst search for "${first.query}" from an article page (budget ${budgetKb} kB compressed):`);
  console.log(
    `  scripts on the article page before searching: ${first.onLoad.map((u) => new URL(u).pathname).join(', ') || 'none'}`,
  );
  const byKind = new Map();
  for (const r of first.rows) {
    const k = byKind.get(r.kind) ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
    byKind.set(r.kind, { files: k.files + 1, raw: k.raw + r.raw, gzip: k.gzip + r.gzip, brotli: k.brotli + r.brotli });
  }
  console.log('  what                 files   raw kB   gzip kB   brotli kB');
  for (const [kind, k] of byKind) {
    console.log(
      `  ${kind.padEnd(20)} ${String(k.files).padStart(5)} ${kb(k.raw).padStart(8)} ${kb(k.gzip).padStart(9)} ${kb(k.brotli).padStart(11)}`,
    );
  }
  const total = (key, rows = first.rows) => rows.reduce((sum, r) => sum + r[key], 0);
  const search = first.rows.filter((r) => r.kind !== 'search page, icon');
  const line = (label, rows) =>
    `  ${label.padEnd(20)} ${String(rows.length).padStart(5)} ${kb(total('raw', rows)).padStart(8)} ${kb(total('gzip', rows)).padStart(9)} ${kb(total('brotli', rows)).padStart(11)}`;
  console.log(line('total', first.rows) + `   (astro preview sends it uncompressed: ${kb(total('wire'))} kB)`);
  console.log(
    `  cold, from the last keystroke to the first results (the 150 ms pause before searching included): ` +
      `${first.coldMs.toFixed(0)} ms entered at once, ${first.typedMs.toFixed(0)} ms typed at ${keyDelayMs} ms a key`,
  );
  console.log(line('search alone', search) + '   (UI, vocabulary, Pagefind, WebAssembly, index, fragments)');
  console.log(line('typed key by key', first.typedRows) + '   (total, with what is preloaded while the reader types)');
  if (process.env.VERBOSE) {
    for (const r of first.rows)
      console.log(`    ${r.path.padEnd(60)} ${kb(r.raw).padStart(7)} ${kb(r.gzip).padStart(7)}`);
  }
}

mkdirSync(new URL('reports/', root), { recursive: true });
writeFileSync(new URL('reports/search-quality.json', root), JSON.stringify(report, null, 2));
console.log('\nFull figures: reports/search-quality.json');
