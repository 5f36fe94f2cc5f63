// Where an article's own text starts on a 390×844 phone screen: px from the top of the page to
// the top of the first paragraph of the article body, and of the "In brief" box, and how many px
// of urgency cards sit above it (issue 13: a long-lasting condition shows its title and its own
// first lines on the first screen).
// Usage: node scripts/first-screen.mjs /arterial-leg-pain/ [/other/ …]  (with `npm run preview` running)
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
console.log('page\tfirst paragraph top (px)\tIn brief top (px)\tcards above (px)\tfirst paragraph on first screen');
for (const path of process.argv.slice(2)) {
  await page.goto(base + path);
  const m = await page.evaluate(() => {
    const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null);
    const h1 = document.querySelector('main h1');
    const para = document.querySelector('main .prose > p');
    const brief = document.querySelector('main .in-brief');
    const cards = [...document.querySelectorAll('main .urgency')].filter(
      (c) => para && c.compareDocumentPosition(para) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    return {
      h1: top(h1),
      para: top(para),
      brief: top(brief),
      cards: cards.reduce((sum, c) => sum + c.getBoundingClientRect().height, 0),
    };
  });
  console.log(
    `${path}\t${m.para}\t${m.brief}\t${Math.round(m.cards)}\t${m.para !== null && m.para < 844 ? 'yes' : 'no'}`,
  );
}
await browser.close();
