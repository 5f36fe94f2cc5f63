import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every page path in the built sitemap, e.g. "/arterial-leg-pain/". The tests crawl exactly these. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../../dist/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations as short readable lines, so a failure says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}

/** Records console errors and any request to a host other than the test server. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      foreignRequests.push(req.url());
    }
  });
  return { consoleErrors, foreignRequests };
}

/** Widest element that sticks out past the viewport, or null when nothing scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprit = [...document.querySelectorAll<HTMLElement>('body *')].find(
      (el) => el.getBoundingClientRect().right > width + 1,
    );
    return culprit
      ? `${culprit.tagName.toLowerCase()}.${culprit.className} is ${Math.round(culprit.getBoundingClientRect().right)}px wide in ${width}px`
      : 'page';
  });
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), 'axe WCAG 2.2 AA violations').toEqual([]);
}
