// Prints built pages to PDF (A4 or Letter) the way a reader's browser would, for a person to look at.
// Usage: node scripts/print-pdf.mjs /path/ [A4|Letter]  (with `npm run preview` running)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const [path = '/', format = 'A4'] = process.argv.slice(2);
mkdirSync('reports/print', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(base + path);
const file = `reports/print/${path.replace(/[^a-z0-9-]+/gi, '_')}-${format}.pdf`;
await page.pdf({ path: file, format });
console.log(file);
await browser.close();
