// Screenshots of built pages at phone and desktop widths, for a person to look at.
// Usage: node scripts/screenshot.mjs /path/ [/other/ …]  (with `npm run preview` running)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const out = process.env.OUT ?? 'reports/screenshots';
const scheme = process.env.SCHEME ?? 'light';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const path of process.argv.slice(2)) {
  for (const [label, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(base + path);
    const name = `${out}/${path.replace(/\//g, '_') || 'home'}-${label}-${scheme}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
    console.log(name);
    await page.close();
  }
}
await browser.close();
