import { describe, expect, it } from 'vitest';
import { changeText, compareReports, formatComparison, formatValue } from '../../scripts/lib/report-compare.ts';
import { page, report } from './report-fixtures.ts';

describe('compareReports', () => {
  const before = report([page('/a/'), page('/gone/')], { buildSeconds: 4 });
  const after = report([page('/a/', { total: { raw: 30000, gzip: 10240, brotli: 9000 }, grade: 6 }), page('/new/')], {
    buildSeconds: 5,
  });
  const c = compareReports(before, after);

  it('lists the totals of both runs', () => {
    expect(c.totals.find((d) => d.figure === 'build time')).toEqual({
      figure: 'build time',
      unit: 'seconds',
      before: 4,
      after: 5,
    });
  });

  it('keeps only the page figures that changed, and names added and removed pages', () => {
    expect(c.pages.map((d) => [d.figure, d.before, d.after])).toEqual([
      ['/a/ total gz', 9200, 10240],
      ['/a/ grade', 5.5, 6],
    ]);
    expect(c.unchangedPages).toBe(0);
    expect(c.addedPages).toEqual(['/new/']);
    expect(c.removedPages).toEqual(['/gone/']);
  });

  it('compares search figures set by set when both runs have them', () => {
    const search = {
      source: 'reports/search-quality.json',
      measuredAt: '2026-11-25T10:00:00.000Z',
      stale: false,
      sets: [{ file: 'q.json', queries: 10, hit1: 0.8, hit3: 0.9, mrr: 0.85 }],
      firstSearch: [],
      warmMs: null,
    };
    const better = { ...search, sets: [{ ...search.sets[0]!, hit1: 0.9 }] };
    const rows = compareReports(report([], { search }), report([], { search: better })).search;
    expect(rows.map((d) => [d.figure, changeText(d)])).toEqual([
      ['q.json hit@1', '+0.100'],
      ['q.json hit@3', ''],
      ['q.json MRR', ''],
    ]);
  });

  it('prints a readable table', () => {
    const text = formatComparison(c, 'reports/previous.json');
    expect(text).toContain('Compared with reports/previous.json:');
    expect(text).toMatch(/\/a\/ total gz\s+9\.0 KB\s+10\.0 KB\s+\+1\.0 KB \(\+11%\)/);
    expect(text).toContain('New pages: /new/');
    expect(text).toContain('Pages gone: /gone/');
    expect(text).toContain('Search: not measured in this run.');
  });
});

describe('formatValue and changeText', () => {
  it('shows each unit as people read it', () => {
    expect(formatValue(1536, 'bytes')).toBe('1.5 KB');
    expect(formatValue(12.345, 'seconds')).toBe('12.3 s');
    expect(formatValue(0.9, 'ratio')).toBe('0.900');
    expect(formatValue(null, 'count')).toBe('-');
  });

  it('gives the change with its sign and share, or nothing when it does not show', () => {
    expect(changeText({ figure: 'x', unit: 'bytes', before: 2048, after: 1024 })).toBe('-1.0 KB (-50%)');
    expect(changeText({ figure: 'x', unit: 'bytes', before: 1000, after: 1001 })).toBe('');
    expect(changeText({ figure: 'x', unit: 'count', before: null, after: 3 })).toBe('new');
    expect(changeText({ figure: 'x', unit: 'seconds', before: 5, after: null })).toBe('not measured now');
    expect(changeText({ figure: 'x', unit: 'grade', before: 6.1, after: 5.6 })).toBe('-0.5');
  });
});
