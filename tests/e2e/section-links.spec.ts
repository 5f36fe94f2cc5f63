import { gzipSync } from 'node:zlib';
/**
 * Links to one section, as a doctor sends them: they land on the heading, focused and in view;
 * the "link to this section" control copies or shares the address; and every address the site
 * has published still resolves in the built pages.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, readJson } from './support/built.ts';
import { expectNoAxeViolations } from './support/site.ts';

const slug = 'arterial-leg-pain';
const id = 'walking-pain';
const title = 'Pain when you walk (claudication)';

/** The heading is on screen, and what is drawn at its top left is the heading, not a header over it. */
async function expectUncovered(page: Page, selector: string) {
  const heading = page.locator(selector);
  await expect(heading).toBeInViewport();
  // Smooth scrolling may still be under way: wait until the heading stops near the top.
  await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
  const onTop = await heading.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 4, box.top + 4);
    return box.top >= 0 && hit !== null && el.contains(hit);
  });
  expect(onTop, `${selector} is drawn on top at its own position`).toBe(true);
}

test('every published section address still resolves in the built pages', () => {
  const published = readJson<string[]>('tests/published-anchors.json');
  expect(published.length).toBeGreaterThan(100);
  const broken = published.filter((address) => {
    const [, page = '', fragment = ''] = /^\/([^/]+)\/#(.+)$/.exec(address) ?? [];
    try {
      return !builtHtml(page).includes(` id="${fragment}"`);
    } catch {
      return true;
    }
  });
  expect(broken, 'published addresses with no element of that id').toEqual([]);
});

for (const width of [390, 1280]) {
  test(`opening a section link at ${width}px lands on its heading, focused and not under anything`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${slug}/#${id}`);
    const heading = page.getByRole('heading', { level: 2, name: title });
    await expect(heading).toBeFocused();
    await expectUncovered(page, `#${id}`);
    // A screen reader and the keyboard carry on from the heading: Tab reaches its link control next.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: `Link to this section: ${title}` })).toBeFocused();
  });
}

test('a subsection link from another page lands on the subsection heading', async ({ page }) => {
  await page.goto('/leg-pain/');
  await page.goto(`/${slug}/#what-it-feels-like`);
  await expect(page.getByRole('heading', { level: 3, name: 'What it feels like' })).toBeFocused();
  await expectUncovered(page, '#what-it-feels-like');
});

test('every section heading has a link control named after its section', async ({ page }) => {
  await page.goto(`/${slug}/`);
  const headings = await page.locator('main .prose :is(h2, h3)[id]').allTextContents();
  expect(headings.length).toBeGreaterThan(5);
  for (const text of headings) {
    await expect(page.getByRole('link', { name: `Link to this section: ${text}`, exact: true })).toHaveCount(1);
  }
  const box = await page.getByRole('link', { name: `Link to this section: ${title}` }).boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
});

test.describe('with permission to use the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the control copies the section address by keyboard and says "Link copied"', async ({ page, baseURL }) => {
    await page.goto(`/${slug}/#${id}`);
    await expect(page.getByRole('heading', { name: title })).toBeFocused();
    await page.keyboard.press('Tab');
    const control = page.getByRole('link', { name: `Link to this section: ${title}` });
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${slug}/#${id}`);
    // Copying is not navigating: the reader stays where they were, on the control.
    await expect(control).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('copying from a page opened with a ?query leaves the query out of the address', async ({ page, baseURL }) => {
    await page.goto(`/${slug}/?utm_source=letter`);
    await page.getByRole('link', { name: 'Link to this section: What it feels like' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${slug}/#what-it-feels-like`);
  });
});

test.describe('on a phone with a share sheet', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('the control opens the share sheet with the section title and address', async ({ page, baseURL }) => {
    // Desktop Chromium on Linux has no share sheet: stand one in that records what it was given.
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(`/${slug}/`);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await page.getByRole('link', { name: `Link to this section: ${title}` }).tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title, url: `${baseURL}/${slug}/#${id}` }]);
    await expect(page).toHaveURL(`${baseURL}/${slug}/`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the control is a plain link to its section, which takes focus', async ({ page, baseURL }) => {
    await page.goto(`/${slug}/`);
    await page.getByRole('link', { name: `Link to this section: ${title}` }).click();
    await expect(page).toHaveURL(`${baseURL}/${slug}/#${id}`);
    await expect(page.getByRole('heading', { name: title })).toBeFocused();
  });
});

test('an article runs no script until a section link is used, then loads one small module', async ({ page }) => {
  const html = builtHtml(slug);
  expect(html).not.toContain('<script');
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/${slug}/`);
  await page.waitForLoadState('networkidle');
  expect(scripts, 'scripts loaded before the reader did anything').toEqual([]);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('link', { name: `Link to this section: ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(scripts).toEqual(['/scripts/section-link.js']);
  // The whole behaviour, comments included: under 1 KB as served compressed.
  const module = readFileSync(new URL('../../public/scripts/section-link.js', import.meta.url));
  expect(gzipSync(module).length).toBeLessThan(1024);
});
