/**
 * Two controls of every article page: a QR code a patient can scan from the doctor's monitor,
 * which costs nothing until it is opened, and an "On this page" list that stays in reach on wide
 * screens.
 */
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoAxeViolations } from './support/site.ts';

test('"Show a QR code" loads the code only when opened, with no script, and it opens the page', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/venous-leg-pain/');
  await page.waitForLoadState('networkidle');
  expect(
    requests.filter((p) => p.startsWith('/qr/')),
    'no QR code before it is asked for',
  ).toEqual([]);
  // The article ships no JavaScript before the reader acts: the control is a <details>.
  expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);

  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  await page.getByText('Show a QR code for this page').click();
  const code = page.locator('.qr-control').getByRole('img', { name: `QR code for ${canonical}` });
  await expect(code).toBeVisible();
  await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(requests).toContain('/qr/venous-leg-pain.svg');
  const png = PNG.sync.read(await code.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(canonical);
  await expectNoAxeViolations(page);
});

test('on a wide screen "On this page" stays in view while the reader scrolls; on a phone it sits in the text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/arterial-leg-pain/');
  const side = page.getByRole('navigation', { name: 'On this page' }).last();
  await expect(side).toBeVisible();
  await page.getByRole('heading', { name: 'What happens next' }).first().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 1500);
  await expect.poll(async () => (await side.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  const box = (await side.boundingBox())!;
  expect(box.y + Math.min(box.height, 200)).toBeLessThanOrEqual(800);
  await side.getByRole('link', { name: 'Pain when you rest (rest pain)' }).click();
  await expect(page).toHaveURL(/#rest-pain$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/arterial-leg-pain/');
  await expect(page.locator('article .on-this-page')).toBeVisible();
  await expect(page.locator('aside .on-this-page')).toBeHidden();
});
