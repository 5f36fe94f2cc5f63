/**
 * What headless Chromium fetches when a reader opens a page and does nothing: every request from
 * navigation until the network has been quiet for a while. Uses Debian's Chromium (stack notes).
 */
import { chromium, type Browser, type Page } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Resolves once no request has been in flight for `quietMs` (or after `maxMs` in all). */
export async function networkQuiet(page: Page, inFlight: () => number, quietMs = 500, maxMs = 10_000): Promise<void> {
  const end = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < end) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(50);
  }
}

/** Counts requests in flight on a page and lists the URLs it requested. */
export function trackRequests(page: Page): { urls: string[]; inFlight: () => number } {
  const urls: string[] = [];
  let open = 0;
  page.on('request', (r) => {
    urls.push(r.url());
    open++;
  });
  const done = () => (open = Math.max(0, open - 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { urls, inFlight: () => open };
}

/** URLs a fresh visitor's browser fetches for `url` with no interaction (the page itself included). */
export async function recordPageLoad(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const tracked = trackRequests(page);
    await page.goto(url, { waitUntil: 'load' });
    await networkQuiet(page, tracked.inFlight);
    return tracked.urls;
  } finally {
    await context.close();
  }
}
