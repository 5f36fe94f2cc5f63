/**
 * Reads the search benchmark's output (reports/search-quality.json, written by
 * `npm run search:quality`) into the report's search figures. Pure, and forgiving: the benchmark
 * is another tool's, so a field it no longer writes becomes "not measured", not a crash.
 */
import type { FirstSearchFigures, SearchFigures, SearchSetFigures } from './report-types.ts';
import { addSizes, ZERO, type Sizes } from './sizes.ts';

type Loose = Record<string, unknown>;

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const list = (x: unknown): Loose[] =>
  Array.isArray(x) ? x.filter((v): v is Loose => !!v && typeof v === 'object') : [];
const sizes = (row: Loose): Sizes => ({
  raw: num(row.raw) ?? 0,
  gzip: num(row.gzip) ?? 0,
  brotli: num(row.brotli) ?? 0,
});

/** The search page and its icon are a page visit, not the search itself. */
const PAGE_KIND = 'search page, icon';

export function searchFigures(
  json: unknown,
  source: string,
  measuredAt: Date,
  builtAt: Date | null,
): SearchFigures | null {
  if (!json || typeof json !== 'object') return null;
  const data = json as Loose;
  const sets: SearchSetFigures[] = list(data.sets).flatMap((s) => {
    const [queries, hit1, hit3, mrr] = [num(s.n), num(s.hit1), num(s.hit3), num(s.mrr)];
    if (queries === undefined || hit1 === undefined || hit3 === undefined || mrr === undefined) return [];
    return [{ file: String(s.file ?? '?'), queries, hit1, hit3, mrr }];
  });
  const firstSearch: FirstSearchFigures[] = list(data.firstSearch).map((f) => {
    const rows = list(f.rows);
    return {
      query: String(f.query ?? '?'),
      total: addSizes(ZERO, ...rows.map(sizes)),
      searchOnly: addSizes(ZERO, ...rows.filter((r) => r.kind !== PAGE_KIND).map(sizes)),
    };
  });
  const timings = (data.timings ?? {}) as Loose;
  const [median, p90] = [num(timings.median), num(timings.p90)];
  if (sets.length === 0 && firstSearch.length === 0) return null;
  return {
    source,
    measuredAt: measuredAt.toISOString(),
    stale: builtAt !== null && measuredAt < builtAt,
    sets,
    firstSearch,
    warmMs: median !== undefined && p90 !== undefined ? { median, p90 } : null,
  };
}
