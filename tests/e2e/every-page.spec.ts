/**
 * The site-wide sweep: every page in the sitemap, as a reader's browser meets it.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, horizontalOverflow, sitemapPaths, watchPage } from './support/site.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page, the tools and every article', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/abi-calculator/');
  expect(paths).toContain('/shopping-cart-sign-quiz/');
  expect(paths.length).toBeGreaterThanOrEqual(20);
});

for (const path of paths) {
  test.describe(path, () => {
    test('has no accessibility violations in light or dark mode, no console error and no foreign request', async ({
      page,
    }) => {
      const watch = watchPage(page);
      await page.goto(path);
      expect(await axeViolations(page), 'light mode').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), 'dark mode').toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });

    for (const width of [320, 390]) {
      test(`fits a ${width}px wide phone without sideways scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        expect(await horizontalOverflow(page)).toBeNull();
      });
    }

    test('has one h1, its own title and description, and sharing metadata', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect((await page.title()).length).toBeGreaterThan(10);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${path.replace(/\//g, '\\/')}$`),
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.{5,}/);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{40,}/);
    });
  });
}

test('every page has a title and description of its own', async ({ request }) => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(titles.get(title), `title "${title}" of ${path}`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path}`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
  }
});
