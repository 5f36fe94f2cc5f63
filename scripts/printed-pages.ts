/**
 * How many sheets pages of the built site print on, A4 and US Letter, in the Chromium the browser
 * tests use. For checking the handout builder's promise and a printout's length by hand:
 *
 *   npm run preview -- --port 4404 &
 *   node scripts/printed-pages.ts http://localhost:4404 '/handout/#s=leg-pain' /arterial-leg-pain/
 */
import { chromium } from '@playwright/test';
import { pdfPageCount } from '../tests/e2e/support/pdf.ts';

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error(
    "Usage: node scripts/printed-pages.ts <base URL> <path> [<path>…], e.g. http://localhost:4404 '/handout/#s=leg-pain'",
  );
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const path of paths) {
  await page.goto(new URL(path, base).href);
  await page.waitForLoadState('networkidle');
  const counts = [];
  for (const format of ['A4', 'Letter'] as const) counts.push(`${format} ${pdfPageCount(await page.pdf({ format }))}`);
  const promised = await page
    .locator('[data-page-estimate]')
    .first()
    .getAttribute('data-page-estimate')
    .catch(() => null);
  console.log(`${path}\t${counts.join('\t')}${promised ? `\tbuilder promised ${promised}` : ''}`);
}
await browser.close();
