/** Small hand-made reports for the report's unit tests. */
import type { PageEntry, Report } from '../../scripts/lib/report-types.ts';
import { TARGETS } from '../../scripts/lib/report-types.ts';

const s = (gzip: number, raw = gzip * 3, brotli = Math.round(gzip * 0.8)) => ({ raw, gzip, brotli });

export function page(path: string, overrides: Partial<PageEntry> = {}): PageEntry {
  return {
    path,
    article: true,
    html: s(5000),
    css: s(4000),
    cssFiles: ['/_astro/site.css'],
    js: s(0, 0, 0),
    jsFiles: [],
    images: s(200),
    imageFiles: ['/favicon.svg'],
    other: s(0, 0, 0),
    total: s(9200),
    jsBeforeInteraction: { static: { files: [], bytes: 0, inlineBytes: 0 }, browser: { files: [], bytes: 0 } },
    grade: 5.5,
    words: 900,
    foreign: [],
    ...overrides,
  };
}

export function report(pages: PageEntry[], overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    generatedAt: '2026-11-25T10:00:00.000Z',
    commit: 'abcdef1234567890',
    buildSeconds: 5,
    targets: TARGETS,
    pages,
    totals: {
      pages: pages.length,
      articles: pages.filter((p) => p.article).length,
      html: s(10000),
      css: s(4000),
      js: s(0, 0, 0),
      images: s(200),
      site: { ...s(20000), files: 10 },
      searchIndex: { ...s(100000), files: 30 },
    },
    search: null,
    searchNote: 'this checkout has no `npm run search:quality`',
    checks: [],
    ...overrides,
  };
}
