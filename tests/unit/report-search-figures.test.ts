import { describe, expect, it } from 'vitest';
import { searchFileKind } from '../../scripts/lib/first-search.ts';
import { searchFigures } from '../../scripts/lib/search-figures.ts';

// The shape `npm run search:quality` writes (trimmed).
const benchmark = {
  base: 'http://localhost:4398',
  sets: [{ file: 'tests/search/public-queries.json', n: 32, hit1: 0.90625, hit3: 1, mrr: 0.953125, misses: [] }],
  firstSearch: [
    {
      query: 'DVT',
      onLoad: [],
      rows: [
        { path: '/search/', kind: 'search page, icon', raw: 8000, wire: 8000, gzip: 3000, brotli: 2500 },
        {
          path: '/pagefind/pagefind.js',
          kind: 'Pagefind runtime',
          raw: 47228,
          wire: 47228,
          gzip: 13385,
          brotli: 12080,
        },
        {
          path: '/pagefind/wasm.en.pagefind',
          kind: 'WebAssembly',
          raw: 59758,
          wire: 59758,
          gzip: 59758,
          brotli: 59758,
        },
      ],
    },
  ],
  timings: { count: 87, median: 2.5, p90: 4.25, max: 9 },
};

describe('searchFigures', () => {
  it('reads quality per query set, first-search bytes with and without the page, and warm timings', () => {
    const measured = new Date('2026-11-25T10:00:00Z');
    expect(searchFigures(benchmark, 'reports/search-quality.json', measured, new Date('2026-11-25T09:00:00Z'))).toEqual(
      {
        source: 'reports/search-quality.json',
        measuredAt: '2026-11-25T10:00:00.000Z',
        stale: false,
        sets: [{ file: 'tests/search/public-queries.json', queries: 32, hit1: 0.90625, hit3: 1, mrr: 0.953125 }],
        firstSearch: [
          {
            query: 'DVT',
            total: { raw: 114986, gzip: 76143, brotli: 74338 },
            searchOnly: { raw: 106986, gzip: 73143, brotli: 71838 },
          },
        ],
        warmMs: { median: 2.5, p90: 4.25 },
      },
    );
  });

  it('flags figures measured before the build they are shown with', () => {
    const figures = searchFigures(benchmark, 'x.json', new Date('2026-11-24'), new Date('2026-11-25'));
    expect(figures?.stale).toBe(true);
  });

  it('is null for anything without figures', () => {
    expect(searchFigures(null, 'x.json', new Date(), null)).toBeNull();
    expect(searchFigures({ sets: 'no' }, 'x.json', new Date(), null)).toBeNull();
  });
});

describe('searchFileKind', () => {
  it('names each part of a first search', () => {
    expect(
      [
        '/pagefind/pagefind.js',
        '/pagefind/wasm.en.pagefind',
        '/pagefind/pagefind.en_694d1755f1.pf_meta',
        '/pagefind/index/en_47179f3.pf_index',
        '/pagefind/fragment/en_262fd13.pf_fragment',
        '/_astro/search.js',
        '/search/vocabulary.json',
      ].map(searchFileKind),
    ).toEqual([
      'Pagefind runtime',
      'WebAssembly',
      'index metadata',
      'index chunks',
      'fragments',
      'search UI',
      'search UI data',
    ]);
  });
});
