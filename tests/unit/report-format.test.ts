import { describe, expect, it } from 'vitest';
import { reportChecks } from '../../scripts/lib/report-checks.ts';
import { checkLine, jsCell, searchSection } from '../../scripts/lib/report-format.ts';
import { formatTable, marker } from '../../scripts/lib/text-table.ts';
import { page, report } from './report-fixtures.ts';

describe('formatTable', () => {
  it('pads each column to its widest cell, right-aligning numbers', () => {
    expect(
      formatTable(
        [{ header: 'page' }, { header: 'KB', align: 'right' }],
        [
          ['/leg-pain/', '9.5'],
          ['/', '12.0'],
        ],
      ),
    ).toBe(['page          KB', '----------  ----', '/leg-pain/   9.5', '/           12.0'].join('\n'));
  });

  it('marks a figure within its target "pass" and one past it "OVER"', () => {
    expect([marker(true), marker(false)]).toEqual(['pass', 'OVER']);
  });
});

describe('reportChecks', () => {
  it('judges each target on the worst page', () => {
    const checks = reportChecks(
      report([
        page('/a/', { total: { raw: 50000, gzip: 16 * 1024, brotli: 14000 }, grade: 8.2 }),
        page('/b/'),
        page('/tool/', { article: false, css: { raw: 40000, gzip: 11 * 1024, brotli: 9000 } }),
      ]),
    );
    expect(checks.map((c) => [c.id, c.value, c.pass, c.where])).toEqual([
      ['article-total', 16, false, 'largest: /a/'],
      ['css', 11, false, 'largest: /tool/'],
      ['article-js', 0, true, 'HTML and Chromium'],
      ['grade', 8.2, false, 'highest: /a/'],
      ['first-search', null, null, 'not measured'],
    ]);
  });

  it('counts JavaScript an article loads, whether seen in the HTML or in the browser', () => {
    const withJs = page('/a/', {
      jsBeforeInteraction: {
        static: { files: [], bytes: 0, inlineBytes: 0 },
        browser: { files: ['/x.js'], bytes: 1200 },
      },
    });
    const check = reportChecks(report([withJs])).find((c) => c.id === 'article-js');
    expect(check).toMatchObject({ value: 1200, pass: false, where: 'most: /a/; HTML and Chromium' });
  });
});

describe('report text', () => {
  it('says "none" when a page runs no JavaScript, and how much when it does', () => {
    expect(jsCell(page('/a/'))).toBe('none');
    expect(
      jsCell(
        page('/a/', {
          jsBeforeInteraction: { static: { files: [], bytes: 2048, inlineBytes: 2048 }, browser: null },
        }),
      ),
    ).toBe('2.0 KB in HTML');
  });

  it('writes a check as marker, label, figure and where', () => {
    const [first] = reportChecks(report([page('/a/')]));
    expect(checkLine(first!)).toBe(
      '  pass          article first visit, all files, at most 15 KB gzip: 9.0 KB (largest: /a/)',
    );
  });

  it('says search is not measured, and why', () => {
    expect(searchSection(report([]))).toBe(
      'Search quality and cost: not measured (this checkout has no `npm run search:quality`).',
    );
  });
});
