import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site.ts';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

test('every internal link and #fragment on every page resolves', async ({ request }) => {
  const pages = new Map<string, { status: number; ids: Set<string> }>();
  async function load(path: string) {
    let page = pages.get(path);
    if (!page) {
      const response = await request.get(path);
      const html = await response.text();
      page = {
        status: response.status(),
        ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))),
      };
      pages.set(path, page);
    }
    return page;
  }

  const broken: string[] = [];
  for (const from of sitemapPaths()) {
    const html = await (await request.get(from)).text();
    const hrefs = [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => decode(m[1]!));
    for (const href of new Set(hrefs)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://localhost${from}`);
      const target = await load(url.pathname);
      if (target.status !== 200) broken.push(`${from} -> ${href}: HTTP ${target.status}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) broken.push(`${from} -> ${href}: no element with id "${fragment}"`);
    }
  }
  expect(broken).toEqual([]);
});

test('assets, the sitemap and robots.txt are served', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain('Sitemap:');
  expect((await request.get('/sitemap.xml')).status()).toBe(200);
  expect((await request.get('/favicon.svg')).status()).toBe(200);
  expect((await request.get('/print.css')).status()).toBe(200);
});
