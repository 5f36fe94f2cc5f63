/**
 * Printouts a doctor hands over: an article and a built handout, on A4 and US Letter. The PDFs,
 * and PNGs of their pages (poppler's pdftoppm), are left in test-results/print/ for a person to
 * look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import heights from '../../src/features/handout/handout-print-heights.json' with { type: 'json' };
import { inkDepth, pdfPageCount, renderPdfPage, scanQrOnSheet } from './support/pdf.ts';
import { measureHandoutPrint } from './support/print-heights.ts';

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
  const qr = page.locator('.print-address').getByRole('img', { name: `QR code for ${canonical}` });
  await expect(qr, 'the printed QR code is for paper only').toBeHidden();

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
  const boxes = main.locator('.not-a-diagnosis, .in-brief, .guideline-update, .print-address');
  await expect(main.locator('.urgency')).toHaveCount(3);
  await expect(main.locator('.not-a-diagnosis')).toHaveCount(1);
  for (const [box, value] of await printedBreaks(boxes, 'breakInside')) expect(value, box).toBe('avoid');
  // An urgency card may run over onto the next sheet (kept whole, it left a third of the first
  // sheet blank), but only between its signs: never under its heading, never inside a sign, and
  // what to do goes over with the last sign.
  const cards = main.locator('.urgency');
  for (const [sign, value] of await printedBreaks(cards.locator('li, .urgency-advice'), 'breakInside'))
    expect(value, sign).toBe('avoid');
  for (const [heading, value] of await printedBreaks(cards.locator('.urgency-heading'), 'breakAfter'))
    expect(value, heading).toBe('avoid');
  for (const [advice, value] of await printedBreaks(cards.locator('.urgency-advice'), 'breakBefore'))
    expect(value, advice).toBe('avoid');
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
  const boxes = view.locator('.not-a-diagnosis, .panel, .handout-note, .handout-first-page, table');
  expect(await boxes.count()).toBeGreaterThanOrEqual(8);
  for (const [box, value] of await printedBreaks(boxes, 'breakInside')) expect(value, box).toBe('avoid');
  // A part's heading goes over with its address line, and the address with the text after it.
  const headings = view.locator('.handout-article-header, .handout-section > h3, .handout-section h4, .part-address');
  for (const [heading, value] of await printedBreaks(headings, 'breakAfter')) expect(value, heading).toBe('avoid');

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

/** Prints the page as it is now on A4 and Letter; the paths of the PDFs and their sheet counts. */
async function printCounted(page: Page, name: string) {
  mkdirSync(out, { recursive: true });
  const counts = {} as Record<'A4' | 'Letter', number>;
  for (const format of ['A4', 'Letter'] as const) {
    counts[format] = pdfPageCount(await page.pdf({ path: `${out}${name}-${format}.pdf`, format }));
  }
  return counts;
}

test("a printed handout: page 1 has the site, the title, the handout's address and a QR code that opens it; each part its address under its heading", async ({
  page,
}) => {
  const note = 'Walk for 30 minutes every day.\nCome back in 3 months.';
  const hash = `#s=arterial-leg-pain/walking-pain,arterial-leg-pain/rest-pain,venous-leg-pain&note=${encodeURIComponent(note)}`;
  await page.goto(`/handout/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your leg pain handout');
  const link = page.url();
  await page.emulateMedia({ media: 'print' });
  const main = page.locator('main');
  for (const hidden of ['.site-nav', '.handout-tools', 'button', 'form', '[data-patient-edit]']) {
    for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();
  }
  await expect(main.getByText('Walk for 30 minutes every day.')).toBeVisible();
  const titles = await main.locator('.handout-section > h3').allTextContents();
  expect(titles.slice(0, 2)).toEqual(['Pain when you walk (claudication)', 'Pain when you rest (rest pain)']);
  await expect(main.locator('.handout-section').first().locator('h3 + .part-address')).toContainText(
    '/arterial-leg-pain/#walking-pain',
  );
  await expect(
    main.locator('.handout-article').nth(1).locator('.handout-article-header + .part-address'),
  ).toContainText('/venous-leg-pain/');

  mkdirSync(out, { recursive: true });
  const path = `${out}handout-A4.pdf`;
  await page.pdf({ path, format: 'A4' });
  const sheet1 = pdfPages(path)?.[0] ?? '';
  expect(sheet1).toContain('Leg Pain Explained');
  expect(sheet1).toContain('Your leg pain handout');
  expect(sheet1.replace(/\s/g, '')).toContain(link);
  // The QR code on the first sheet, read from the printed page as a phone camera would.
  expect(scanQrOnSheet(renderPdfPage(path, 1))).toBe(link);
});

test("the builder's page count is the number of sheets the handout prints on, A4 and Letter", async ({ page }) => {
  const handouts = [
    '#s=arterial-leg-pain,venous-leg-pain/dvt&note=Walk%20every%20day.',
    '#s=arterial-leg-pain/walking-pain,arterial-leg-pain/rest-pain,venous-leg-pain&note=Walk',
    '#s=arterial-leg-pain&short&note=Come%20back%20in%203%20months.',
  ];
  for (const [n, hash] of handouts.entries()) {
    // The sender's view shows the promise; its tools are not printed.
    await page.goto(`/handout/${hash}&send`);
    const promise = page.locator('[data-send-tools] [data-page-estimate]');
    await expect(promise).toHaveAttribute('data-page-estimate', /^A4 \d+, Letter \d+$/);
    const [, a4, letter] = /^A4 (\d+), Letter (\d+)$/.exec((await promise.getAttribute('data-page-estimate'))!)!;
    const counts = await printCounted(page, `handout-promise-${n}`);
    // Never more sheets than promised, and at most one fewer ("about N pages").
    for (const [paper, promised] of [
      ['A4', Number(a4)],
      ['Letter', Number(letter)],
    ] as const) {
      expect(counts[paper], `${hash} on ${paper}`).toBeLessThanOrEqual(promised);
      expect(counts[paper], `${hash} on ${paper}`).toBeGreaterThanOrEqual(promised - 1);
    }
  }
});

// One topic's short version (In brief and when to get help) fits on 2 sheets with a note. The two
// pages whose cards hold the most red flags (leg-pain, venous-leg-pain) take 3, and the builder says so.
test('the short version of one topic prints on 1 or 2 sheets, A4 and Letter', async ({ page }) => {
  for (const slug of ['arterial-leg-pain', 'nerve-leg-pain', 'dvt-risk-factors', 'vascular-vs-nerve-pain']) {
    await page.goto(`/handout/#s=${slug}&short&note=Walk%20every%20day.`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your leg pain handout');
    const counts = await printCounted(page, `handout-short-${slug}`);
    expect(counts.A4, slug).toBeLessThanOrEqual(2);
    expect(counts.Letter, slug).toBeLessThanOrEqual(2);
  }
});

test('the short version keeps every warning card but self-care, and the not-a-diagnosis note', async ({ page }) => {
  await page.goto('/handout/#s=nerve-leg-pain&short');
  const levels = await page
    .locator('[data-handout-alerts] [data-urgency-level]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-urgency-level')));
  expect(levels).toEqual(['emergency', 'soon']);
  await expect(page.locator('[data-handout-alerts] [data-sign="ces-saddle"]')).toHaveCount(1);
  await expect(page.locator('.handout-view .not-a-diagnosis')).toBeVisible();
  await page.goto('/handout/#s=nerve-leg-pain');
  await expect(page.locator('[data-handout-alerts] [data-urgency-level="self-care"]')).toHaveCount(1);
});

test('a printout does not start with a blank: the first sheet is printed at least three quarters down', async ({
  page,
}) => {
  for (const path of [
    '/arterial-leg-pain/',
    '/venous-leg-pain/',
    '/handout/#s=leg-pain,venous-leg-pain/dvt&note=Rest.',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    mkdirSync(out, { recursive: true });
    const pdf = `${out}first-sheet-${path.replace(/\W+/g, '-')}.pdf`;
    await page.pdf({ path: pdf, format: 'A4' });
    // The bottom margin is 16 mm of 297: the printable area ends at 0.946.
    expect(inkDepth(renderPdfPage(pdf, 1, 50)), path).toBeGreaterThan(0.75);
  }
});

test('the measured print heights behind the page count are up to date (else run npm run handout:measure)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const now = await measureHandoutPrint(page);
  const stale = Object.entries(now.blocks)
    .filter(([key, [a4 = 0, letter = 0]]) => {
      const saved = heights.blocks[key as keyof typeof heights.blocks] as number[] | undefined;
      return !saved || Math.abs(saved[0]! - a4) > 2 || Math.abs(saved[1]! - letter) > 2;
    })
    .map(([key]) => key);
  expect(
    stale,
    'src/features/handout/handout-print-heights.json is out of date: run `npm run handout:measure`',
  ).toEqual([]);
});
