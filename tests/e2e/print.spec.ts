/**
 * Printouts a doctor hands over: an article and a built handout, on A4 and US Letter. The PDFs,
 * and PNGs of their pages when poppler's pdftoppm is installed, are left in test-results/print/
 * for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const out = new URL('../../test-results/print/', import.meta.url).pathname;

/** What a phone camera would read from a QR code as it is drawn on the printed page. */
async function scanQr(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function printBothSizes(page: Page, name: string) {
  mkdirSync(out, { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const path = `${out}${name}-${format}.pdf`;
    const pdf = await page.pdf({ path, format });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const png = spawnSync('pdftoppm', ['-r', '60', '-png', path, `${out}${name}-${format}`]);
    if (png.error) test.info().annotations.push({ type: 'note', description: 'pdftoppm missing: no PNGs' });
  }
}

test('a printed article: title, In brief, sections, review date, address and a QR code that opens it', async ({
  page,
}) => {
  await page.goto('/arterial-leg-pain/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/.+\/arterial-leg-pain\/$/);
  const qr = page.getByRole('img', { name: `QR code for ${canonical}` });
  await expect(qr, 'the QR code is for paper only').toBeHidden();

  await page.emulateMedia({ media: 'print' });
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'In brief' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Pain when you walk (claudication)' })).toBeVisible();
  await expect(main.getByText(/Last updated \d+ \w+ \d{4}/)).toBeVisible();
  // Urgency cards say their level in words, which survive a black-and-white printer.
  await expect(main.locator('.urgency-label').first()).toHaveText('Emergency');
  for (const hidden of ['.site-nav', '.on-this-page', '.section-link', 'button']) {
    for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();
  }
  await expect(qr).toBeVisible();
  await expect(main.locator('.print-address')).toContainText(canonical!);
  expect(await scanQr(qr)).toBe(canonical);
  await printBothSizes(page, 'article-arterial-leg-pain');
});

/** Each element's break-inside, break-before or break-after as printed, keyed by a short description. */
async function printedBreaks(boxes: Locator, property: 'breakInside' | 'breakBefore' | 'breakAfter') {
  return boxes.evaluateAll(
    (els, prop) =>
      els.map((el) => [
        `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`,
        getComputedStyle(el)[prop],
      ]),
    property,
  );
}

/** The pages' text, one string a page, when poppler's pdftotext is installed. */
function pdfPages(path: string): string[] | undefined {
  const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  if (text.error || text.status !== 0) return undefined;
  return text.stdout.split('\f').map((page) => page.replace(/\s+/g, ' '));
}

test('printed, no box is split across pages, no heading ends a page and the text uses the full width', async ({
  page,
}) => {
  await page.goto('/arterial-leg-pain/');
  await page.emulateMedia({ media: 'print' });
  const main = page.locator('main');
  const boxes = main.locator('.urgency, .not-a-diagnosis, .in-brief, .guideline-update, .print-address');
  await expect(main.locator('.urgency')).toHaveCount(3);
  await expect(main.locator('.not-a-diagnosis')).toHaveCount(1);
  for (const [box, value] of await printedBreaks(boxes, 'breakInside')) expect(value, box).toBe('avoid');
  for (const [heading, value] of await printedBreaks(main.locator('h1, .section-heading, h3'), 'breakAfter'))
    expect(value, heading).toBe('avoid');
  // The address and QR code stay with the page they open: never alone at the top of a sheet.
  for (const [box, value] of await printedBreaks(main.locator('.print-address'), 'breakBefore'))
    expect(value, box).toBe('avoid');
  expect(
    await main
      .locator('p')
      .first()
      .evaluate((el) => getComputedStyle(el).widows),
  ).toBe('3');
  // No screen measure or side column on paper: the article is as wide as the page's printable area.
  const [pageWidth, articleBox] = [
    await page.evaluate(() => document.documentElement.clientWidth),
    (await main.locator('article').boundingBox())!,
  ];
  expect(articleBox.x).toBe(0);
  expect(articleBox.width).toBe(pageWidth);
});

test('a printed handout of 2 whole pages and 2 sections keeps each box on one sheet', async ({ page }) => {
  await page.goto(
    '/handout/#s=arterial-leg-pain,venous-leg-pain/what-veins-do,nerve-leg-pain/what-eases-it,vascular-vs-nerve-pain&note=Walk%20every%20day.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your leg pain handout');
  await page.emulateMedia({ media: 'print' });
  const view = page.locator('[data-handout-view]');
  const boxes = view.locator('.urgency, .not-a-diagnosis, .panel, .print-address, table');
  expect(await boxes.count()).toBeGreaterThan(10);
  for (const [box, value] of await printedBreaks(boxes, 'breakInside')) expect(value, box).toBe('avoid');
  const headings = view.locator('.handout-article-header, .handout-section > h3, .handout-section h4');
  for (const [heading, value] of await printedBreaks(headings, 'breakAfter')) expect(value, heading).toBe('avoid');
  for (const [box, value] of await printedBreaks(view.locator('.print-address'), 'breakBefore'))
    expect(value, box).toBe('avoid');

  // On paper: the "not a diagnosis" box and the table's introduction each sit on one page.
  mkdirSync(out, { recursive: true });
  const path = `${out}handout-breaks-A4.pdf`;
  await page.pdf({ path, format: 'A4' });
  const pages = pdfPages(path);
  if (!pages) {
    test.info().annotations.push({ type: 'note', description: 'pdftotext missing: page contents not checked' });
    return;
  }
  const pageOf = (words: string) => pages.findIndex((text) => text.includes(words));
  const notADiagnosis = pageOf('This is not a diagnosis.');
  expect(notADiagnosis).toBeGreaterThanOrEqual(0);
  expect(pageOf('Talk to a doctor about your own symptoms.')).toBe(notADiagnosis);
  expect(pageOf('find it hard to breathe or have chest pain')).toBe(notADiagnosis);
  const tableHeading = pageOf('How artery pain and nerve pain differ');
  expect(tableHeading).toBeGreaterThanOrEqual(0);
  expect(pageOf('The table shows how the 2 kinds of walking pain usually differ.')).toBe(tableHeading);
  expect(pageOf('Artery or nerve? How the two kinds of walking pain usually differ.')).toBe(tableHeading);
});

test('an article opened at a section address prints without the focus ring on that heading', async ({ page }) => {
  await page.goto('/arterial-leg-pain/#walking-pain');
  const heading = page.locator('#walking-pain');
  await expect(heading).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  expect(await heading.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).boxShadow])).toEqual([
    'none',
    'none',
  ]);
});

test('a printed comparison table stays whole on one page', async ({ page }) => {
  await page.goto('/vascular-vs-nerve-pain/');
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('main table').first();
  await expect(table).toBeVisible();
  expect(await table.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  await printBothSizes(page, 'article-vascular-vs-nerve-pain');
});

test('a printed handout: its parts in order, the note, and a QR code per section that opens it', async ({ page }) => {
  const note = 'Walk for 30 minutes every day.\nCome back in 3 months.';
  await page.goto(
    `/handout/#s=arterial-leg-pain/walking-pain,arterial-leg-pain/rest-pain,venous-leg-pain&note=${encodeURIComponent(note)}`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your leg pain handout');
  await page.emulateMedia({ media: 'print' });
  const main = page.locator('main');
  for (const hidden of ['.site-nav', '.handout-tools', 'button', 'form']) {
    for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();
  }
  await expect(main.getByText('Walk for 30 minutes every day.')).toBeVisible();
  const titles = await main.locator('.handout-section > h3').allTextContents();
  expect(titles.slice(0, 2)).toEqual(['Pain when you walk (claudication)', 'Pain when you rest (rest pain)']);
  const section = main.locator('.handout-section').first();
  const sectionQr = section.getByRole('img', { name: /^QR code for / });
  expect(await scanQr(sectionQr)).toMatch(/^https?:\/\/[^/]+\/arterial-leg-pain\/#walking-pain$/);
  await expect(section.locator('.print-url')).toHaveText(/\/arterial-leg-pain\/#walking-pain$/);
  // The whole venous article has one QR code, for the page.
  const venousQr = main
    .locator('.handout-article')
    .nth(1)
    .getByRole('img', { name: /^QR code for / });
  await expect(venousQr).toHaveCount(1);
  expect(await scanQr(venousQr)).toMatch(/^https?:\/\/[^/]+\/venous-leg-pain\/$/);
  await printBothSizes(page, 'handout');
});
