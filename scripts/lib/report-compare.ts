/**
 * Compares two reports (reports/report.json of an earlier and a later run): what grew, what shrank.
 * Pure. Pages are matched by path; pages only in one report are listed as added or removed.
 */
import type { PageEntry, Report } from './report-types.ts';
import { formatTable } from './text-table.ts';

export type Unit = 'bytes' | 'count' | 'grade' | 'seconds' | 'ratio' | 'ms';

export interface Delta {
  figure: string;
  before: number | null;
  after: number | null;
  unit: Unit;
}

export interface Comparison {
  totals: Delta[];
  /** Per-page figures that changed (unchanged ones are left out: they are most of them). */
  pages: Delta[];
  unchangedPages: number;
  addedPages: string[];
  removedPages: string[];
  search: Delta[];
}

type Partial2 = Pick<Report, 'pages' | 'totals' | 'buildSeconds' | 'search'>;

/** The same figure in both reports, as a delta row. */
function delta(figure: string, unit: Unit, before: number | null | undefined, after: number | null | undefined): Delta {
  return { figure, unit, before: before ?? null, after: after ?? null };
}

function pageDeltas(before: PageEntry, after: PageEntry): Delta[] {
  const p = after.path;
  return [
    delta(`${p} total gz`, 'bytes', before.total.gzip, after.total.gzip),
    delta(`${p} HTML gz`, 'bytes', before.html.gzip, after.html.gzip),
    delta(`${p} CSS gz`, 'bytes', before.css.gzip, after.css.gzip),
    delta(`${p} JS gz`, 'bytes', before.js.gzip, after.js.gzip),
    delta(`${p} grade`, 'grade', before.grade, after.grade),
  ];
}

export function compareReports(before: Partial2, after: Partial2): Comparison {
  const b = before.totals;
  const a = after.totals;
  const totals = [
    delta('pages', 'count', b.pages, a.pages),
    delta('articles', 'count', b.articles, a.articles),
    delta('build time', 'seconds', before.buildSeconds, after.buildSeconds),
    delta('HTML of all pages gz', 'bytes', b.html.gzip, a.html.gzip),
    delta('CSS files gz', 'bytes', b.css.gzip, a.css.gzip),
    delta('JavaScript files gz', 'bytes', b.js.gzip, a.js.gzip),
    delta('images gz', 'bytes', b.images.gzip, a.images.gzip),
    delta('site without search index gz', 'bytes', b.site.gzip, a.site.gzip),
    delta('search index gz', 'bytes', b.searchIndex.gzip, a.searchIndex.gzip),
    delta('search index files', 'count', b.searchIndex.files, a.searchIndex.files),
  ];

  const old = new Map(before.pages.map((p) => [p.path, p]));
  const now = new Set(after.pages.map((p) => p.path));
  const pages: Delta[] = [];
  let unchangedPages = 0;
  for (const page of after.pages) {
    const earlier = old.get(page.path);
    if (!earlier) continue;
    const changed = pageDeltas(earlier, page).filter((d) => changeText(d) !== '');
    if (changed.length === 0) unchangedPages++;
    pages.push(...changed);
  }

  const search: Delta[] = [];
  const setsBefore = new Map((before.search?.sets ?? []).map((s) => [s.file, s]));
  for (const set of after.search?.sets ?? []) {
    const was = setsBefore.get(set.file);
    search.push(
      delta(`${set.file} hit@1`, 'ratio', was?.hit1, set.hit1),
      delta(`${set.file} hit@3`, 'ratio', was?.hit3, set.hit3),
      delta(`${set.file} MRR`, 'ratio', was?.mrr, set.mrr),
    );
  }
  const firstBefore = new Map((before.search?.firstSearch ?? []).map((f) => [f.query, f]));
  for (const f of after.search?.firstSearch ?? []) {
    search.push(
      delta(`first search "${f.query}" gz`, 'bytes', firstBefore.get(f.query)?.searchOnly.gzip, f.searchOnly.gzip),
    );
  }
  if (before.search?.warmMs || after.search?.warmMs) {
    search.push(delta('warm search median', 'ms', before.search?.warmMs?.median, after.search?.warmMs?.median));
  }

  return {
    totals,
    pages,
    unchangedPages,
    addedPages: after.pages.filter((p) => !old.has(p.path)).map((p) => p.path),
    removedPages: before.pages.filter((p) => !now.has(p.path)).map((p) => p.path),
    search,
  };
}

/** A figure as shown: KB with one decimal for bytes, and so on. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '-';
  switch (unit) {
    case 'bytes':
      return `${(value / 1024).toFixed(1)} KB`;
    case 'seconds':
      return `${value.toFixed(1)} s`;
    case 'ms':
      return `${value.toFixed(2)} ms`;
    case 'ratio':
      return value.toFixed(3);
    case 'grade':
      return value.toFixed(1);
    default:
      return String(value);
  }
}

/** "+1.2 KB (+8%)", "-0.3", "new", or "" when the change does not show at the figure's precision. */
export function changeText({ before, after, unit }: Delta): string {
  if (before === null || after === null) {
    if (before === after) return '';
    return after === null ? 'not measured now' : 'new';
  }
  if (formatValue(before, unit) === formatValue(after, unit)) return '';
  const diff = after - before;
  const sign = diff > 0 ? '+' : '-';
  const magnitude = formatValue(Math.abs(diff), unit);
  const percent =
    before !== 0 && unit !== 'ratio' && unit !== 'grade'
      ? ` (${sign}${Math.abs((diff / before) * 100).toFixed(0)}%)`
      : '';
  return `${sign}${magnitude}${percent}`;
}

export function formatComparison(c: Comparison, beforeLabel: string): string {
  const table = (rows: Delta[]) =>
    formatTable(
      [
        { header: 'figure' },
        { header: 'before', align: 'right' },
        { header: 'now', align: 'right' },
        { header: 'change' },
      ],
      rows.map((d) => [d.figure, formatValue(d.before, d.unit), formatValue(d.after, d.unit), changeText(d) || 'same']),
    );
  const parts = [`Compared with ${beforeLabel}:`, table(c.totals)];
  if (c.pages.length) parts.push(table(c.pages));
  parts.push(`${c.unchangedPages} page(s) unchanged.`);
  if (c.addedPages.length) parts.push(`New pages: ${c.addedPages.join(', ')}`);
  if (c.removedPages.length) parts.push(`Pages gone: ${c.removedPages.join(', ')}`);
  parts.push(c.search.length ? table(c.search) : 'Search: not measured in this run.');
  return parts.join('\n\n');
}
