import { expect, test } from '@playwright/test';
import { comparisonRows } from '../../src/features/comparison/comparison.ts';
import { horizontalOverflow } from './support/site.ts';

const path = '/vascular-vs-nerve-pain/';

for (const width of [320, 390, 1280]) {
  test(`at ${width}px a screen reader meets one table with its caption, column and row headers`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const table = page.getByRole('table', { name: /Artery or nerve\?/ });
    await expect(table).toHaveCount(1);
    await expect(table.getByRole('columnheader')).toHaveCount(3);
    await expect(table.getByRole('columnheader', { name: /Narrowed arteries/ })).toHaveAttribute('scope', 'col');
    await expect(table.getByRole('rowheader')).toHaveCount(comparisonRows.length);
    await expect(table.getByRole('rowheader').first()).toHaveAttribute('scope', 'row');
    await expect(table.getByRole('cell')).toHaveCount(comparisonRows.length * 2);
    expect(await horizontalOverflow(page)).toBeNull();
  });
}

test('on a phone each row is a card whose two answers are labelled', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(path);
  const firstRow = page.locator('.comparison-table tbody tr').first();
  const cells = firstRow.locator('td');
  const labels = await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  expect(labels.join(' ')).toContain('Narrowed arteries');
  expect(labels.join(' ')).toContain('Pinched nerve');
  // Card layout: the two answers stack under the question instead of sitting side by side.
  const [artery, nerve] = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
  expect(nerve!).toBeGreaterThan(artery!);
});

test('the comparison links to the self-check and to both explainers', async ({ page }) => {
  await page.goto(path);
  const links = page.locator('.comparison-links');
  await expect(links.getByRole('link', { name: /self-check/ })).toHaveAttribute('href', '/shopping-cart-sign-quiz/');
  await expect(links.getByRole('link', { name: /narrowed arteries/ })).toHaveAttribute('href', '/arterial-leg-pain/');
  await expect(links.getByRole('link', { name: /pinched nerve/ })).toHaveAttribute('href', '/nerve-leg-pain/');
});

test('printed, the table stays whole on one A4 page, in black on white', async ({ page }) => {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  // A4 is 210 by 297 mm; with 16 mm margins 178 by 265 mm = 673 by 1001 CSS px are printable.
  await page.setViewportSize({ width: 673, height: 1000 });
  const table = page.locator('.comparison-table');
  const box = await table.boundingBox();
  expect(box!.height).toBeLessThan(1001);
  expect(await table.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  const headerColour = await page
    .locator('.comparison-table thead th')
    .nth(1)
    .evaluate((el) => getComputedStyle(el).color);
  expect(headerColour).toBe('rgb(0, 0, 0)');
  await table.screenshot({ path: 'test-results/comparison-print.png' });
});

test('on a phone a citation is at least 16px text with a tap area at least 24px high', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(path);
  const links = page.locator(':is(.cite, .citations) a');
  expect(await links.count()).toBeGreaterThan(5);
  for (const [text, fontSize, height] of await links.evaluateAll((els) =>
    els.map(
      (a) => [a.textContent, parseFloat(getComputedStyle(a).fontSize), a.getBoundingClientRect().height] as const,
    ),
  )) {
    expect(fontSize, `${text}: font size`).toBeGreaterThanOrEqual(16);
    expect(height, `${text}: tap area height`).toBeGreaterThanOrEqual(24);
  }
});
