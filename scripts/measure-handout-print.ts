/**
 * Measures how tall every block of a handout prints, so the builder can say how many pages a
 * handout takes before the doctor prints it. Run after content or print styles change (a browser
 * test fails, naming this command, when the file is out of date):
 *
 *   npm run build && npm run preview -- --port 4404 &
 *   npm run handout:measure -- http://localhost:4404
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measureHandoutPrint } from '../tests/e2e/support/print-heights.ts';

const base = process.argv[2] ?? `http://localhost:${process.env.TEST_PORT ?? 4321}`;
const out = new URL('../src/features/handout/handout-print-heights.json', import.meta.url);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ baseURL: base });
const heights = await measureHandoutPrint(page);
await browser.close();
writeFileSync(out, `${JSON.stringify(heights)}\n`);
console.log(
  `Measured ${Object.keys(heights.blocks).length} handout blocks on A4 and Letter from ${base}: ${out.pathname}`,
);
