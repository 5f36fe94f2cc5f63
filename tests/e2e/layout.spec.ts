import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('the skip link is the first thing the keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/arterial-leg-pain/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('every page header has a home link, search and an emergency link; the footer names the author', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/glossary/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Leg Pain Explained' })).toHaveAttribute('href', '/');
  await expect(header.getByRole('link', { name: 'Search' })).toBeVisible();
  const emergency = header.getByRole('link', { name: 'Emergency' });
  await expect(emergency).toBeInViewport();
  await emergency.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('When leg pain is an emergency');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Prof. Dr. Yavuz Beşoğul');
  await expect(footer).toContainText('not a diagnosis');
  await expect(footer.getByRole('link', { name: /About this site/ })).toHaveAttribute('href', '/about/');
});

test('the home page leads with what the site is, under the emergency strip with tappable numbers', async ({ page }) => {
  await page.goto('/');
  const main = page.locator('main');
  await expect(main.locator('h1 + *')).toContainText('This site explains in plain English');
  await expect(main.locator('.urgency')).toHaveCount(0);
  const strip = page.locator('[data-emergency-strip]');
  for (const number of ['112', '999', '911'])
    await expect(strip.getByRole('link', { name: new RegExp(`^${number}`) })).toHaveAttribute('href', `tel:${number}`);
  await expect(strip.getByRole('link', { name: 'When leg pain is an emergency' })).toHaveAttribute(
    'href',
    '/emergency/',
  );
  for (const group of ['Arteries', 'Veins', 'Nerves', 'Muscles, joints and bones']) {
    await expect(main.getByRole('heading', { name: new RegExp(group) })).toBeVisible();
  }
  await expect(main.getByRole('link', { name: /Artery or nerve/ })).toBeVisible();
  await expect(main.getByRole('link', { name: /calculator/i })).toBeVisible();
  await expect(main.getByRole('link', { name: /Self-check/ })).toBeVisible();
});

test('text is at least 18px and tap targets in the header are at least 44 by 44px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/leg-pain/');
  const fontSize = await page
    .locator('main p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(18);
  for (const link of await page.locator('header a').all()) {
    const box = await link.boundingBox();
    expect(box?.height, await link.innerText()).toBeGreaterThanOrEqual(44);
    expect(box?.width, await link.innerText()).toBeGreaterThanOrEqual(44);
  }
});

test('a line of body text holds at most about 75 characters on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/leg-pain/');
  const charsPerLine = await page
    .locator('main .prose p')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const averageChar = canvas.measureText('the quick brown fox jumps over the lazy dog').width / 43;
      return el.getBoundingClientRect().width / averageChar;
    });
  expect(charsPerLine).toBeLessThanOrEqual(75);
});

test('at 400% zoom (320 CSS px) the page reflows without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/leg-pain/');
  // 400% zoom of a 1280px window is a 320px wide layout viewport.
  await page.setViewportSize({ width: 320, height: 200 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the 404 page explains, offers search and lists the topics', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('link', { name: /narrowed arteries|arteries/i }).first()).toBeVisible();
});

test('printing drops navigation, prints link addresses and the page address and date', async ({ page }) => {
  await page.goto('/types-of-leg-pain/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  await expect(page.locator('.print-only').first()).toBeVisible();
  await expect(page.locator('.print-only').first()).toContainText('/types-of-leg-pain/');
  const colours = await page
    .locator('main p')
    .first()
    .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  const after = await page
    .locator('main .prose a[href^="/"]:not(.term)')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toMatch(/https?:\/\/.+\//);
  // Glossary links print bare: an address after every medical word would bury the text.
  const afterTerm = await page
    .locator('main .prose a.term')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(afterTerm).toBe('none');
});

test('pages without an island ship no JavaScript but the section-link module, and every page has a strict Content-Security-Policy', () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  const islandPages = ['abi-calculator', 'shopping-cart-sign-quiz', 'search', 'handout'];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, file).toContain('script-src');
    expect(/script-src[^;]*'unsafe-inline'/.test(csp), file).toBe(false);
    if (!islandPages.some((p) => file.includes(`/${p}/`))) {
      expect(html.includes('<script'), `${file} ships a script`).toBe(false);
    }
  }
});

test('body text reaches 7:1 contrast (WCAG AAA) in light and dark mode', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/leg-pain/');
    const ratio = await page
      .locator('main .prose p')
      .first()
      .evaluate((el) => {
        const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        const fg = luminance(rgb(getComputedStyle(el).color));
        const bg = luminance(rgb(getComputedStyle(document.body).backgroundColor));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      });
    expect(ratio, colorScheme).toBeGreaterThanOrEqual(7);
  }
});

test('the home page search box works by keyboard without any script on the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the site in your own words' }).fill('swollen ankle');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=swollen\+ankle$/);
  await expect(page.getByRole('link', { name: /Leg pain from veins/ }).first()).toBeVisible();
});
