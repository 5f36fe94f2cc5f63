/**
 * Urgent advice in proportion (issue 13), as a reader on a 390×844 phone meets it: an article
 * about a long-lasting condition opens with its own words, emergency help is one tap away on
 * every page, pages about an emergency open with their card, and every card state passes axe,
 * best-practice rules included.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, WCAG_TAGS } from './support/site.ts';

const PHONE = { width: 390, height: 844 };
const fullSentence =
  'Call your local emergency number (112 in Europe and Türkiye, 999 in the UK, 911 in the US and Canada).';

/** axe with WCAG 2.2 AA and its best-practice rules (landmark-unique, heading order …). */
async function expectNoViolations(page: Page, scope?: string) {
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']);
  if (scope) builder = builder.include(scope);
  const results = await builder.analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
}

/** Top of an element from the top of the page, in px. */
const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('on a 390px phone', () => {
  test.use({ viewport: PHONE });

  for (const slug of ['arterial-leg-pain', 'venous-leg-pain', 'nerve-leg-pain']) {
    test(`/${slug}/ shows its title and its own first lines on the first screen, with no card above them`, async ({
      page,
    }) => {
      await page.goto(`/${slug}/`);
      const main = page.locator('main');
      await expect(main.locator('h1')).toBeInViewport();
      // The article's own first lines: its "In brief" summary, then the body.
      const firstLine = main.locator('.in-brief li').first();
      await expect(firstLine).toBeInViewport();
      const box = (await firstLine.boundingBox())!;
      expect(box.y + box.height, 'the first summary line ends on the first screen').toBeLessThanOrEqual(PHONE.height);
      // No urgency card comes before the article's text; the cards are in "When to get help".
      const firstCard = await topOf(page, 'main .urgency');
      expect(firstCard).toBeGreaterThan(await topOf(page, 'main .prose > p'));
      await expect(main.locator('section:has(#when-to-get-help) .urgency').first()).toBeAttached();
      // Emergency help stays one tap away, above the title.
      const strip = page.locator('[data-emergency-strip]');
      await expect(strip).toBeInViewport();
      await expect(strip.getByRole('link', { name: /^999/ })).toHaveAttribute('href', 'tel:999');
    });
  }

  for (const slug of ['acute-limb-ischemia', 'dvt-risk-factors']) {
    test(`/${slug}/, a page about an emergency, keeps its emergency card first`, async ({ page }) => {
      await page.goto(`/${slug}/`);
      const card = page.locator('main h1 + .urgency-emergency');
      await expect(card).toBeVisible();
      await expect(card.getByRole('heading')).toBeInViewport();
    });
  }

  test('the sudden leg pain page says to call even after 6 hours, and names the stroke signs', async ({ page }) => {
    await page.goto('/acute-limb-ischemia/');
    const main = page.locator('main');
    await expect(main.locator('.urgency-emergency').first()).toContainText(
      'Call now, even if it started more than 6 hours ago.',
    );
    await expect(main.locator('section:has(#when-to-get-help) [data-sign="stroke-face"]')).toHaveCount(1);
  });

  test('/emergency/ names the three numbers in full once, each one tappable, and its landmarks differ', async ({
    page,
  }) => {
    await page.goto('/emergency/');
    const main = page.locator('main');
    const text = await main.innerText();
    expect(text.split(fullSentence).length - 1).toBe(1);
    for (const number of ['112', '999', '911'])
      await expect(main.getByRole('link', { name: number, exact: true })).toHaveAttribute('href', `tel:${number}`);
    for (const sign of ['ces-saddle', 'stroke-face', 'vein-bleeding', 'vein-hard-red', 'limb-numb', 'pe-chest'])
      await expect(main.locator(`[data-sign="${sign}"]`), sign).toHaveCount(1);
    await expectNoViolations(page);
  });

  test('the home page leads with what the site is and how to find a topic, under the strip', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main .urgency')).toHaveCount(0);
    await expect(page.locator('main h1 + p')).toBeInViewport();
    await expect(page.getByRole('searchbox').or(page.getByRole('textbox')).first()).toBeAttached();
    await expect(page.locator('[data-emergency-strip]')).toBeInViewport();
  });
});

test('every page has the emergency strip with tappable 112, 999 and 911 and a link to /emergency/', async ({
  request,
}) => {
  const missing: string[] = [];
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    const strip = /data-emergency-strip[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    for (const href of ['tel:112', 'tel:999', 'tel:911', '/emergency/'])
      if (!strip.includes(`href="${href}"`)) missing.push(`${path}: ${href}`);
  }
  expect(missing).toEqual([]);
});

test('each emergency card names the three numbers once, as tel: links', async ({ page }) => {
  for (const path of ['/nerve-leg-pain/', '/venous-leg-pain/', '/acute-limb-ischemia/', '/emergency/']) {
    await page.goto(path);
    for (const card of await page.locator('main .urgency-emergency').all()) {
      const text = await card.innerText();
      expect(text.split('112 in Europe').length - 1, path).toBe(1);
      await expect(card.locator('a[href="tel:911"]')).toHaveCount(1);
    }
  }
});

test.describe('axe, best-practice rules included, on every kind of card', () => {
  // nerve-leg-pain: emergency (grouped), soon, self-care; venous-leg-pain: emergency, same day, soon;
  // types-of-leg-pain: a lone card inside a section; the quiz checklist and the search template.
  for (const path of ['/nerve-leg-pain/', '/venous-leg-pain/', '/types-of-leg-pain/', '/dvt-risk-factors/']) {
    test(`cards on ${path}`, async ({ page }) => {
      await page.goto(path);
      const levels = await page
        .locator('main .urgency')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-urgency-level')));
      expect(levels.length).toBeGreaterThan(0);
      await expectNoViolations(page, 'main');
    });
  }

  test('every level of card is used somewhere', async ({ page }) => {
    const seen = new Set<string>();
    for (const path of ['/nerve-leg-pain/', '/venous-leg-pain/']) {
      await page.goto(path);
      for (const level of await page
        .locator('main .urgency')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-urgency-level'))))
        seen.add(level ?? '');
    }
    expect([...seen].sort()).toEqual(['emergency', 'same-day', 'self-care', 'soon']);
  });
});
