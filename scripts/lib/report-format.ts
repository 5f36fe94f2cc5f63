/** The report as a person reads it in a terminal. Pure: a report in, text out. */
import type { Check } from './report-checks.ts';
import type { PageEntry, Report } from './report-types.ts';
import { kb, type Sizes } from './sizes.ts';
import { formatTable, marker } from './text-table.ts';

const KB = 1024;

/** "none", or how much JavaScript runs before the reader acts, read from the HTML and seen in Chromium. */
export function jsCell(page: PageEntry): string {
  const { static: fromHtml, browser } = page.jsBeforeInteraction;
  const seen = browser ? browser.bytes : null;
  if (fromHtml.bytes === 0 && (seen ?? 0) === 0) return browser ? 'none' : 'none (HTML only)';
  const parts = [`${kb(fromHtml.bytes)} KB in HTML`];
  if (seen !== null) parts.push(`${kb(seen)} KB loaded`);
  return parts.join(', ');
}

function pageRow(page: PageEntry, report: Pick<Report, 'targets'>): string[] {
  const { targets } = report;
  const total = page.article
    ? `${kb(page.total.gzip)} ${marker(page.total.gzip <= targets.articleTotalKb * KB)}`
    : kb(page.total.gzip);
  const jsMark = page.article
    ? ` ${marker(Math.max(page.jsBeforeInteraction.static.bytes, page.jsBeforeInteraction.browser?.bytes ?? 0) <= targets.articleJsBytes)}`
    : '';
  return [
    page.path,
    kb(page.html.raw),
    kb(page.html.gzip),
    `${kb(page.css.gzip)} ${marker(page.css.gzip <= targets.cssKb * KB)}`,
    kb(page.js.gzip),
    kb(page.images.gzip),
    total,
    kb(page.total.brotli),
    jsCell(page) + jsMark,
    page.grade === null ? '' : `${page.grade.toFixed(1)} ${marker(page.grade <= targets.grade)}`,
  ];
}

export function pagesTable(report: Pick<Report, 'pages' | 'targets'>): string {
  const { targets } = report;
  return formatTable(
    [
      { header: 'page' },
      { header: 'HTML', align: 'right' },
      { header: 'HTML gz', align: 'right' },
      { header: `CSS gz (≤${targets.cssKb})`, align: 'right' },
      { header: 'JS gz', align: 'right' },
      { header: 'img gz', align: 'right' },
      { header: `total gz (≤${targets.articleTotalKb})`, align: 'right' },
      { header: 'total br', align: 'right' },
      { header: 'JS before the reader acts' },
      { header: `grade (≤${targets.grade})` },
    ],
    report.pages.map((p) => pageRow(p, report)),
  );
}

function sizesRow(label: string, s: Sizes, files?: number): string[] {
  return [label, files === undefined ? '' : String(files), kb(s.raw), kb(s.gzip), kb(s.brotli)];
}

export function totalsTable(report: Pick<Report, 'totals'>): string {
  const t = report.totals;
  return formatTable(
    [
      { header: 'in total' },
      { header: 'files', align: 'right' },
      { header: 'raw KB', align: 'right' },
      { header: 'gzip KB', align: 'right' },
      { header: 'brotli KB', align: 'right' },
    ],
    [
      sizesRow(`HTML of all ${t.pages} pages (${t.articles} articles)`, t.html, t.pages),
      sizesRow('CSS files, each counted once', t.css),
      sizesRow('JavaScript files, each counted once', t.js),
      sizesRow('images, each counted once', t.images),
      sizesRow('whole site without the search index', t.site, t.site.files),
      sizesRow('search index (pagefind/)', t.searchIndex, t.searchIndex.files),
    ],
  );
}

export function checkLine(c: Check): string {
  if (c.value === null || c.pass === null) return `  not measured  ${c.label} (${c.where})`;
  const value =
    c.unit === 'KB' ? `${c.value.toFixed(1)} KB` : c.unit === 'bytes' ? `${c.value} bytes` : c.value.toFixed(1);
  return `  ${marker(c.pass).padEnd(12)}  ${c.label}: ${value} (${c.where})`;
}

export function searchSection(report: Pick<Report, 'search' | 'searchNote' | 'targets'>): string {
  const s = report.search;
  if (!s) return `Search quality and cost: not measured${report.searchNote ? ` (${report.searchNote})` : ''}.`;
  const lines = [
    `Search quality and cost (from ${s.source}, measured ${s.measuredAt}${s.stale ? '; OLDER THAN THIS BUILD' : ''}):`,
  ];
  for (const set of s.sets) {
    lines.push(
      `  ${set.file}: ${set.queries} queries, hit@1 ${set.hit1.toFixed(3)}, hit@3 ${set.hit3.toFixed(3)}, MRR ${set.mrr.toFixed(3)}`,
    );
  }
  for (const f of s.firstSearch) {
    const pass = f.total.brotli <= report.targets.firstSearchKb * KB;
    lines.push(
      `  first search "${f.query}", with the search page: ${kb(f.total.brotli)} KB brotli, ${kb(f.total.gzip)} KB gzip ` +
        `(the search alone: ${kb(f.searchOnly.brotli)} KB brotli) ${marker(pass)}`,
    );
  }
  if (s.warmMs) lines.push(`  warm search: median ${s.warmMs.median.toFixed(2)} ms, p90 ${s.warmMs.p90.toFixed(2)} ms`);
  return lines.join('\n');
}

export function renderReport(report: Report): string {
  const header = [
    `Site report${report.commit ? ` at ${report.commit.slice(0, 10)}` : ''}, ${report.generatedAt}` +
      (report.buildSeconds === null ? ' (existing build)' : `, built in ${report.buildSeconds.toFixed(1)} s`),
    'Sizes in KB (1,024 bytes); gz = gzip level 6, br = brotli 11. Targets are judged on gzip, the larger.',
    'A first visit counts the HTML and every file the page loads (stylesheets, print one included, scripts, images).',
  ].join('\n');
  return [
    header,
    pagesTable(report),
    totalsTable(report),
    [
      'Targets (ours; a stock Astro Starlight build of the same source sends about 46 KB compressed',
      'and 28 KB of JavaScript for an article). A benchmark: a miss never fails the command.',
      ...report.checks.map(checkLine),
    ].join('\n'),
    searchSection(report),
  ].join('\n\n');
}
