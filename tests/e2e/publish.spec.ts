/**
 * The local preview (`npm start`, `npm run preview`: scripts/serve.ts) behaves like the hosts, and
 * a page printed from a local build says so, because its address and QR code work on this
 * computer only.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

/** Status of a request sent with its path exactly as written (browsers and fetch tidy "%2e%2e" away). */
function rawStatus(baseURL: string, path: string): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    httpRequest({ hostname, port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('an address typed without its last slash opens the page', async ({ page, request }) => {
  const bare = await request.get('/arterial-leg-pain', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/arterial-leg-pain/');
  await page.goto('/vascular-vs-nerve-pain?from=print');
  await expect(page).toHaveURL(/\/vascular-vs-nerve-pain\/\?from=print$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the preview sends the hosts’ headers and answers a missing page with the 404 page', async ({
  request,
  baseURL,
}) => {
  const ok = await request.get('/leg-pain/');
  expect(ok.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(ok.headers()['x-content-type-options']).toBe('nosniff');
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<title>Page not found');
  // Nothing outside dist/ is served.
  expect(await rawStatus(baseURL!, '/%2e%2e/package.json')).toBe(404);
});

test('a page printed from a local build says it came from a local preview', async ({ page }) => {
  await page.goto('/arterial-leg-pain/');
  const note = page.locator('.print-address').getByText('Printed from a local preview');
  await expect(note).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await expect(page.locator('.print-address .print-url')).toHaveText('http://localhost:4321/arterial-leg-pain/');
});
