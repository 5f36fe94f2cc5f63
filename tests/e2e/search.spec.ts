/**
 * Site search as readers use it: from any page's header on a phone, on the /search/ page, and
 * with the keyboard alone; in patients' own words; and when nothing is found. Only the search
 * page loads search: every other page ships no script (tests/e2e/layout.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './support/site.ts';
import { TEXT_PART_WORDS, textPartPath } from '../../src/features/search/page-text.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the site in your own words' });
const pageResults = (page: Page) => page.getByRole('list', { name: 'Pages' }).getByRole('link');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /found for|No results/ });
/** The first search of a page also downloads Pagefind and its index: allow for a slow machine. */
const firstSearch = { timeout: 15_000 };

/** Opens the search page and waits for its script: typing before it would submit the form to the server. */
async function openSearchPage(page: Page, query = '') {
  await page.goto(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
}

/** The slugs of the result links, best first. */
async function resultSlugs(page: Page): Promise<string[]> {
  return (await pageResults(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).map(
    (path) => path.split('/')[1] ?? '',
  );
}

test.describe('from the header of an article on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the article ships no script; Search opens the search page, where results come as you type', async ({
    page,
  }) => {
    const watch = watchPage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/arterial-leg-pain/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.endsWith('.js') || p.startsWith('/pagefind/') || p.endsWith('.json'))).toEqual([]);

    await page.getByRole('banner').getByRole('link', { name: 'Search' }).tap();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(searchBox(page)).toBeFocused();
    await searchBox(page).fill('clot after a long flight');
    await expect(status(page)).toContainText('found for “clot after a long flight”', firstSearch);
    expect((await resultSlugs(page)).slice(0, 3)).toContain('dvt-risk-factors');
    expect(requests.some((p) => p.startsWith('/pagefind/wasm'))).toBe(true);
    await expectNoAxeViolations(page);
    expect(watch.consoleErrors, 'no console error: Pagefind runs under the CSP').toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('a result links straight to the matching section', async ({ page }) => {
    await openSearchPage(page);
    await searchBox(page).fill('shopping trolley sign');
    const first = pageResults(page).first();
    await expect(first).toHaveAttribute('href', '/vascular-vs-nerve-pain/#shopping-cart-sign');
    await expect(first).toContainText('Section: The shopping cart sign');
    await first.tap();
    await expect(page).toHaveURL(/\/vascular-vs-nerve-pain\/#shopping-cart-sign$/);
  });
});

test('keyboard only: from the header to a result with arrows and Enter; "/" and Escape return to the box', async ({
  page,
}) => {
  await page.goto('/venous-leg-pain/');
  const searchLink = page.getByRole('banner').getByRole('link', { name: 'Search' });
  for (let i = 0; i < 10 && !(await searchLink.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(searchLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();

  await page.keyboard.type('pins and needles in my legs from my back');
  await expect(status(page)).toContainText('found for', firstSearch);
  await page.keyboard.press('ArrowDown');
  const links = pageResults(page);
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();

  // "/" from elsewhere on the page comes back to the box.
  await page.keyboard.press('Shift+Tab');
  await expect(searchBox(page)).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('pins and needles in my legs from my back');

  await page.keyboard.press('ArrowDown');
  const href = await links.first().getAttribute('href');
  expect(href).toMatch(/^\/[a-z-]+\/(#[a-z-]+)?$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, '\\$&')}$`));
});

test.describe('the /search/ page', () => {
  test('reads ?q= so a search can be linked to, and announces the number of results', async ({ page }) => {
    await openSearchPage(page, 'support stockings');
    await expect(searchBox(page)).toHaveValue('support stockings');
    await expect(status(page)).toHaveText(
      /^\d+ pages? (and \d+ word meanings? )?found for “support stockings”$/,
      firstSearch,
    );
    expect((await resultSlugs(page))[0]).toBe('venous-insufficiency-treatment');
    // Matched words are marked; excerpts are text, never markup from the index.
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
    expect(await page.locator('[data-search-results] .search-result-excerpt *:not(mark)').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('Enter searches at once, puts the search in the address and moves focus to the result count', async ({
    page,
  }) => {
    await openSearchPage(page);
    await searchBox(page).fill('ischemia');
    await searchBox(page).press('Enter');
    await expect(status(page)).toBeFocused(firstSearch);
    await expect(page).toHaveURL(/\/search\/\?q=ischemia$/);
    expect((await resultSlugs(page)).slice(0, 3)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(acute-limb-ischemia|arterial-leg-pain)$/)]),
    );
    await expect(page.getByRole('region', { name: 'What the words mean' })).toContainText(/ischaemia/i);
  });

  test('nothing found: says so kindly, suggests other words and the topics, and keeps the emergency card', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openSearchPage(page, 'qwzx blorp');
    await expect(status(page)).toHaveText('No results for “qwzx blorp”', firstSearch);
    const output = page.locator('[data-search-results]');
    await expect(output).toContainText('nothing on this site matches');
    await expect(output.getByRole('link', { name: 'calf pain when walking' })).toHaveAttribute(
      'href',
      '/search/?q=calf%20pain%20when%20walking',
    );
    await expect(output.getByRole('link', { name: 'browse all topics' })).toHaveAttribute('href', '#topics');
    // A copy of the card rendered at build time from src/features/urgency/alerts.ts, numbers tappable.
    const card = output.getByRole('complementary', { name: /^Emergency: A blocked leg artery/ });
    await expect(card).toContainText('Call your local emergency number now if');
    await expect(card.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    await expect(card.getByRole('link', { name: /why a suddenly cold, pale leg/ })).toHaveAttribute(
      'href',
      '/acute-limb-ischemia/',
    );
    await expectNoAxeViolations(page);
  });

  test('on the search page, the header Search link brings the reader back to the box', async ({ page }) => {
    await openSearchPage(page, 'calf');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(searchBox(page)).not.toBeFocused();
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue('calf');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and lists every topic', async ({ page }) => {
    await page.goto('/search/?q=calf');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'All topics' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Leg pain from narrowed arteries' })).toBeVisible();
  });
});

test('when its script cannot load, the search page still explains itself and passes axe', async ({ page }) => {
  // axe itself needs JavaScript, so this blocks only the site's own scripts.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/search/');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expectNoAxeViolations(page);
});

// A few clear searches in patients' words (from tests/search/public-queries.json) must find their
// article among the first 3 results. The full benchmark is `npm run search:quality`.
const patientSearches: [string, string[]][] = [
  ['pain in my calf after walking a few blocks', ['arterial-leg-pain', 'vascular-vs-nerve-pain']],
  ['swollen calf on one side', ['venous-leg-pain', 'dvt-risk-factors']],
  ['feet hurt at night better when I hang my leg out of bed', ['arterial-leg-pain']],
  ['compression socks', ['venous-insufficiency-treatment']],
  ['leg turned white', ['acute-limb-ischemia']],
  ['hardening of the arteries', ['pad-risk-factors']],
];

test('searches in patients’ own words find their article through the real search page', async ({ page }) => {
  await openSearchPage(page);
  for (const [query, expected] of patientSearches) {
    await searchBox(page).fill(query);
    await searchBox(page).press('Enter');
    await expect(status(page)).toContainText(`found for “${query}”`, firstSearch);
    const top3 = (await resultSlugs(page)).slice(0, 3);
    expect(
      top3.some((slug) => expected.includes(slug)),
      `${query}: got ${top3.join(', ')}`,
    ).toBe(true);
  }
});

test('on the search page, "/" in the empty box types nothing; once the reader has typed, it is a character', async ({
  page,
}) => {
  await openSearchPage(page);
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toHaveValue('');
  await page.keyboard.type('ankle/arm');
  await expect(searchBox(page)).toHaveValue('ankle/arm');
});

test('an excerpt from deep in a long page shows its section, with the matched word marked', async ({ page }) => {
  // The result keeps only its text's opening; the part with the match is fetched for the excerpt.
  const parts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search/text/')) parts.push(new URL(r.url()).pathname);
  });
  await openSearchPage(page, 'treadmill');
  const result = page
    .locator('[data-search-results] .search-result')
    .filter({ has: page.locator('a[href="/leg-pain-diagnosis/#abi-results"]') });
  await expect(result.locator('.search-result-section')).toContainText('What your ABI result means');
  await expect(result.locator('mark')).toHaveText('treadmill');
  await expect(result.locator('.search-result-excerpt')).toContainText('walking on a treadmill');
  expect(parts.length).toBeGreaterThan(0);
});

test('the text excerpts come from keeps table cells and list items apart', async ({ page }) => {
  await openSearchPage(page);
  // The search index's text of 2 pages, as every excerpt is cut from it: each result's opening
  // and the parts of the rest (src/features/search/page-text.ts).
  const results = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search('claudication');
    return Promise.all(found.results.map(async (r) => ({ id: r.id, ...(await r.data()) })));
  })()`)) as { id: string; url: string; content: string; text_words?: number }[];
  const texts: Record<string, string> = {};
  for (const { id, url, content, text_words } of results) {
    const parts = text_words === undefined ? 0 : Math.ceil(text_words / TEXT_PART_WORDS) - 1;
    const rest = [];
    for (let n = 1; n <= parts; n++) rest.push(await (await page.request.get(textPartPath(id, n))).text());
    texts[url] = [content, ...rest].join(' ');
  }
  const { '/vascular-vs-nerve-pain/': table, '/shopping-cart-sign-quiz/': list } = texts;
  // The comparison table's header row, and the end of one checklist item before the next.
  expect(table).toContain('Question. Narrowed arteries (vascular claudication). Pinched nerve');
  expect(list).toMatch(/2013\)\. Walking/);
});

const unseenKinds: [string, string][] = [
  ['something I can print for the nurse', 'handout'],
  ['who is behind this website', 'about'],
  ['work out my ankle pressure ratio', 'abi-calculator'],
  ['CEAP C2', 'venous-leg-pain'],
];

test('searches for a tool, the authors or a clinic class code lead to that page first', async ({ page }) => {
  await openSearchPage(page);
  for (const [query, slug] of unseenKinds) {
    await searchBox(page).fill(query);
    await searchBox(page).press('Enter');
    await expect(status(page)).toContainText(`found for “${query}”`, firstSearch);
    expect((await resultSlugs(page))[0], query).toBe(slug);
  }
});

test('a page asked for by what it is shows its opening, not where its text happens to hold the words', async ({
  page,
}) => {
  // "website" is also in the about page's list of NHS website sources.
  await openSearchPage(page, 'who is behind this website');
  const first = page.locator('[data-search-results] .search-result').first();
  await expect(first.locator('.search-result-link')).toHaveAttribute('href', '/about/');
  await expect(first.locator('.search-result-excerpt')).toHaveText(/^This site is based on an article by Prof\. Dr\./);
});
