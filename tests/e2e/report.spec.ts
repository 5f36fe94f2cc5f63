/**
 * `npm run report` runs on the built site and writes the JSON a later run compares against.
 * Only the shape is checked: the figures are a benchmark and never fail CI (the report prints them).
 * No page state of its own to sweep with axe: every page it measures is swept by every-page.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site.ts';

test.describe('the maintainer report', () => {
  test.setTimeout(180_000);
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-spec-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runReport = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/report.ts', '--no-build', '--no-search', ...args], {
      encoding: 'utf8',
      timeout: 150_000,
    });

  test('measures every page of dist/, in the browser too, and compares two runs', () => {
    const first = runReport('--out', join(dir, 'first.json'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('total gz (≤15)');
    expect(first.stdout).toMatch(/(pass|OVER)\s+article first visit/);

    const report = JSON.parse(readFileSync(join(dir, 'first.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, buildSeconds: null, search: null });
    expect(report.searchNote).toContain('--no-search');
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual([
      'article-total',
      'css',
      'article-js',
      'grade',
      'first-search',
    ]);

    const paths = report.pages.map((p: { path: string }) => p.path);
    for (const path of sitemapPaths()) expect(paths).toContain(path);
    const sizes = { raw: expect.any(Number), gzip: expect.any(Number), brotli: expect.any(Number) };
    const article = report.pages.find((p: { path: string }) => p.path === '/arterial-leg-pain/');
    expect(article).toMatchObject({
      article: true,
      html: sizes,
      css: sizes,
      js: sizes,
      images: sizes,
      total: sizes,
      grade: expect.any(Number),
      words: expect.any(Number),
      jsBeforeInteraction: {
        static: { files: expect.any(Array), bytes: expect.any(Number) },
        browser: { files: expect.any(Array), bytes: expect.any(Number) },
      },
    });
    expect(article.html.gzip).toBeGreaterThan(0);
    expect(article.cssFiles.length).toBeGreaterThan(0);
    expect(report.pages.find((p: { path: string }) => p.path === '/')).toMatchObject({ article: false, grade: null });
    expect(report.totals.pages).toBe(report.pages.length);

    const second = runReport('--no-browser', '--out', join(dir, 'second.json'), '--compare', join(dir, 'first.json'));
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain(`Compared with ${join(dir, 'first.json')}:`);
    expect(second.stdout).toMatch(/HTML of all pages gz\s+[\d.]+ KB\s+[\d.]+ KB\s+same/);
  });
});
