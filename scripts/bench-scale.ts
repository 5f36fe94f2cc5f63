/**
 * The growth benchmark: how build time, search index size and the first search's download grow
 * with the number of articles. For each N it writes N synthetic articles made from the real ones
 * (scripts/lib/synthetic-articles.ts) and the glossary into a temporary content folder, builds the
 * site into a temporary outDir with an empty cache, indexes it as `npm run build` does, and
 * searches it in headless Chromium. The temporary folders are removed afterwards.
 * A benchmark: it prints figures and exits 0 whatever they are.
 *
 * Usage: npm run bench:scale -- 15 100 1000     (default: 15 100 1000)
 * Writes reports/bench-scale.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/browser-load.ts';
import { firstSearchViaPagefind, firstSearchViaSearchPage, type FirstSearch } from './lib/first-search.ts';
import { roughlyLinear, steps, type Point } from './lib/growth.ts';
import { listFiles, measureSite } from './lib/measure-site.ts';
import { TARGETS } from './lib/report-types.ts';
import { addSizes, kb, sizesOf, ZERO, type Sizes } from './lib/sizes.ts';
import { serveStatic } from './lib/static-server.ts';
import { syntheticArticles } from './lib/synthetic-articles.ts';
import { formatTable, marker } from './lib/text-table.ts';

const QUERIES = ['leg pain', 'calf pain when walking'];
/** The article whose first visit is weighed at each size (its "more to read" and the menus grow). */
const SAMPLE = 'leg-pain';
const counts = process.argv.slice(2).map(Number);
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench:scale: give article counts as whole numbers, e.g. npm run bench:scale -- 15 100 1000');
  process.exit(1);
}
if (counts.length === 0) counts.push(15, 100, 1000);
counts.sort((a, b) => a - b);

const realDir = 'content';
const sources = readdirSync(join(realDir, 'articles'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.slice(0, -4), text: readFileSync(join(realDir, 'articles', f), 'utf8') }));

interface Run {
  articles: number;
  pages: number;
  buildSeconds: number;
  indexSeconds: number;
  index: { files: number; chunks: number; fragments: number; total: Sizes };
  pagefind: FirstSearch[];
  searchPage: FirstSearch[];
  homeHtml: Sizes;
  articleTotal: Sizes;
}

const temporary: string[] = [];
const cleanUp = () => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

function run(command: string, args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Writes `n` synthetic articles and the glossary to a temporary folder, then builds and indexes them. */
function buildSynthetic(n: number) {
  const tmp = mkdtempSync(join(tmpdir(), 'leg-pain-bench-'));
  temporary.push(tmp);
  const content = join(tmp, 'content');
  const outDir = join(tmp, 'dist');
  mkdirSync(join(content, 'articles'), { recursive: true });
  const written = syntheticArticles(sources, n);
  for (const a of written) writeFileSync(join(content, 'articles', `${a.slug}.mdx`), a.text);
  cpSync(join(realDir, 'glossary'), join(content, 'glossary'), { recursive: true });
  // An empty cache of its own: every build starts cold, as in CI.
  const env = {
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(tmp, 'cache'),
    DIST_DIR: outDir,
    // A build must name its address (src/features/publishing/site-url.ts); these are local measurements.
    SITE_URL: 'http://localhost:4321',
    LOCAL_PREVIEW: '1',
  };

  const buildSeconds = run('npx', ['astro', 'build', '--outDir', outDir], env);
  // Index as `npm run build` does: the search branch's own indexer when present, else plain Pagefind.
  const indexSeconds = existsSync('scripts/build-search-index.ts')
    ? run(process.execPath, ['scripts/build-search-index.ts'], env)
    : run('npx', ['pagefind', '--site', outDir], env);
  return { content, outDir, written, buildSeconds, indexSeconds };
}

async function measure(n: number): Promise<Run> {
  const { content, outDir, written, buildSeconds, indexSeconds } = buildSynthetic(n);
  const files = listFiles(outDir);
  const indexFiles = files.filter((f) => f.startsWith('pagefind/'));
  const index = {
    files: indexFiles.length,
    chunks: indexFiles.filter((f) => f.startsWith('pagefind/index/')).length,
    fragments: indexFiles.filter((f) => f.startsWith('pagefind/fragment/')).length,
    // The index proper: chunks, fragments and metadata (not Pagefind's UI files, which do not grow).
    total: addSizes(
      ZERO,
      ...indexFiles
        .filter((f) => /\.(pf_index|pf_fragment|pf_meta|pf_filter)$/.test(f))
        .map((f) => sizesOf(readFileSync(join(outDir, f)))),
    ),
  };

  const browser = await launchChromium();
  const server = await serveStatic(outDir);
  try {
    const pagefind: FirstSearch[] = [];
    const searchPage: FirstSearch[] = [];
    for (const q of QUERIES) {
      pagefind.push(await firstSearchViaPagefind(browser, outDir, server.origin, q));
      const viaPage = await firstSearchViaSearchPage(browser, outDir, server.origin, q);
      if (viaPage) searchPage.push(viaPage);
    }
    const sample = `/${written.some((a) => a.slug === SAMPLE) ? SAMPLE : written[0]!.slug}/`;
    const site = await measureSite({ dist: outDir, contentDir: content, paths: ['/', sample] });
    const page = (path: string) => site.pages.find((p) => p.path === path);
    return {
      articles: n,
      pages: files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length,
      buildSeconds,
      indexSeconds,
      index,
      pagefind,
      searchPage,
      homeHtml: page('/')?.html ?? ZERO,
      articleTotal: page(sample)?.total ?? ZERO,
    };
  } finally {
    await server.close();
    await browser.close();
    cleanUp();
  }
}

const cores = availableParallelism();
console.log(
  `Growth benchmark: ${counts.join(', ')} articles, on ${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}).`,
);
const runs: Run[] = [];
try {
  // The first build of a session also pays for reading node_modules from disk: one untimed build
  // first, so that the smallest size is not slowed down by it and the growth figures stay honest.
  process.stdout.write(`  warming up (one untimed build of ${counts[0]} articles)… `);
  buildSynthetic(counts[0]!);
  cleanUp();
  console.log('done');
  for (const n of counts) {
    process.stdout.write(`  ${n} articles: building… `);
    const r = await measure(n);
    runs.push(r);
    console.log(`built in ${r.buildSeconds.toFixed(1)} s, indexed in ${r.indexSeconds.toFixed(1)} s`);
  }
} finally {
  cleanUp();
}

// --- Print ----------------------------------------------------------------------------------------
const worstGzip = (list: FirstSearch[]) => Math.max(0, ...list.map((f) => f.total.gzip));
const cell = (list: FirstSearch[], q: string) => {
  const f = list.find((x) => x.query === q);
  return f ? kb(f.total.gzip) : '-';
};
console.log(
  `\n${formatTable(
    [
      { header: 'articles', align: 'right' },
      { header: 'pages', align: 'right' },
      { header: 'build s', align: 'right' },
      { header: 'index s', align: 'right' },
      { header: 'total s', align: 'right' },
      { header: 'index KB', align: 'right' },
      { header: 'chunks', align: 'right' },
      { header: 'fragments', align: 'right' },
      ...QUERIES.map((q) => ({ header: `1st search "${q}" KB`, align: 'right' as const })),
      { header: 'via search page KB', align: 'right' },
      { header: 'home HTML KB', align: 'right' },
      { header: `/${SAMPLE}/ visit KB`, align: 'right' },
    ],
    runs.map((r) => [
      String(r.articles),
      String(r.pages),
      r.buildSeconds.toFixed(1),
      r.indexSeconds.toFixed(1),
      (r.buildSeconds + r.indexSeconds).toFixed(1),
      kb(r.index.total.raw),
      String(r.index.chunks),
      String(r.index.fragments),
      ...QUERIES.map((q) => cell(r.pagefind, q)),
      r.searchPage.length ? kb(worstGzip(r.searchPage)) : 'no script',
      kb(r.homeHtml.gzip),
      kb(r.articleTotal.gzip),
    ]),
  )}`,
);
console.log(
  [
    'KB = 1,024 bytes, gzip (Pagefind stores its files gzipped: counted as stored). "index KB": the chunks,',
    "fragments and metadata. First search: what Pagefind's JS API fetches for the query on a blank page",
    "(pagefind.js, its worker, WebAssembly, metadata, index chunks, the first 5 results' fragments);",
    '"via search page": everything the site\'s own search page fetches for it, when that page has a script.',
  ].join('\n'),
);

// What the first search is made of at the largest size: the part that grows is the index chunks.
const largest = runs.at(-1);
if (largest) {
  for (const f of [...largest.pagefind, ...largest.searchPage]) {
    const parts = new Map<string, number>();
    for (const file of f.files) parts.set(file.kind, (parts.get(file.kind) ?? 0) + file.sizes.gzip);
    const via = largest.searchPage.includes(f) ? 'search page' : 'Pagefind API';
    console.log(
      `  ${largest.articles} articles, "${f.query}" (${via}): ` +
        [...parts].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', '),
    );
  }
}

// `npm run build` is both: the site and its search index.
const buildPoints: Point[] = runs.map((r) => ({ articles: r.articles, value: r.buildSeconds + r.indexSeconds }));
const searchPoints: Point[] = runs.map((r) => ({
  articles: r.articles,
  value: worstGzip([...r.pagefind, ...r.searchPage]),
}));
console.log('\nGrowth:');
for (const s of steps(buildPoints)) {
  console.log(
    `  build and index time from ${s.from} to ${s.to} articles: ${(s.perArticle * 1000).toFixed(0)} ms per extra article`,
  );
}
for (const s of steps(searchPoints)) {
  console.log(
    `  first search from ${s.from} to ${s.to} articles: ${(s.perArticle / 1024).toFixed(3)} KB per extra article`,
  );
}
const linear = roughlyLinear(buildPoints);
if (linear !== null)
  console.log(
    `  ${marker(linear).padEnd(5)} build and index time roughly linear (the last step costs at most 2x the first per extra article)`,
  );
const big = runs.find((r) => r.articles === 1000);
console.log(
  big
    ? `  ${marker(big.buildSeconds + big.indexSeconds < 120).padEnd(5)} 1,000 articles built and indexed in ${(big.buildSeconds + big.indexSeconds).toFixed(1)} s (target under 120 s on 2 cores; this machine: ${cores})`
    : '  (1,000 articles not run: no figure for the 2-minute target)',
);
const worst = Math.max(...searchPoints.map((p) => p.value));
console.log(
  `  ${marker(worst <= TARGETS.firstSearchAtScaleKb * 1024).padEnd(5)} first search at most ${TARGETS.firstSearchAtScaleKb} KB at every size: largest ${kb(worst)} KB`,
);

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-scale.json',
  JSON.stringify({ generatedAt: new Date().toISOString(), cores, queries: QUERIES, runs }, null, 2),
);
console.log('\nFigures for scripts: reports/bench-scale.json');
