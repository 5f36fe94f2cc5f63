/**
 * A reader who knows only what they feel can get to the right article in one tap: from the home
 * page and from the topic list (search page, 404), each symptom's links open the article that
 * explains it, at the right section.
 */
import { expect, test, type Page } from '@playwright/test';
import { symptomWays } from '../../src/features/layout/symptom-ways.ts';
import { horizontalOverflow } from './support/site.ts';

/** The h1 an article or page must show when a symptom link lands on it. */
const expectedH1: Record<string, RegExp> = {
  '/arterial-leg-pain/': /Leg pain from narrowed arteries/,
  '/vascular-vs-nerve-pain/': /narrowed arteries or a pinched nerve/,
  '/nerve-leg-pain/': /pinched nerve in your back/,
  '/venous-leg-pain/': /Leg pain from veins/,
  '/venous-insufficiency-treatment/': /weak leg veins and varicose veins/,
  '/acute-limb-ischemia/': /Sudden, severe leg pain/,
  '/emergency/': /emergency/i,
};

async function followEveryLink(page: Page, from: string) {
  for (const way of symptomWays) {
    for (const link of way.links) {
      await page.goto(from);
      const card = page.locator(`[data-symptom-ways] [data-symptom="${way.id}"]`);
      await expect(card.getByRole('heading', { name: way.symptom })).toBeVisible();
      await card.getByRole('link', { name: link.label, exact: true }).click();
      const [path, section] = link.href.split('#');
      await expect(page, `${way.symptom} → ${link.label}`).toHaveURL(
        new RegExp(`${path}${section ? `#${section}` : ''}$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedH1[path!]!);
      if (section) await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
    }
  }
}

test('on the home page, each symptom leads to the article that explains it', async ({ page }) => {
  await followEveryLink(page, '/');
});

test('the home page shows the symptoms once, before the body-part list, which stays', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-symptom-ways]')).toHaveCount(1);
  const symptoms = page.getByRole('heading', { level: 2, name: 'Start from what you feel' });
  const bodyParts = page.getByRole('heading', { level: 2, name: 'Where is your leg pain coming from?' });
  const [a, b] = [await symptoms.boundingBox(), await bodyParts.boundingBox()];
  expect(a!.y).toBeLessThan(b!.y);
  await expect(page.getByRole('heading', { level: 3, name: /Arteries/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Pain when walking' })).toBeVisible();
  // The emergency way says so in words, not only with its red edge.
  await expect(page.locator('[data-symptom="sudden-cold-pale"]')).toContainText('It is an emergency.');
});

test('the topic list on the search page starts with the same ways in by symptom', async ({ page }) => {
  await page.goto('/search/');
  const block = page.locator('[data-symptom-ways]');
  await expect(block).toHaveCount(1);
  await expect(block.getByRole('heading', { level: 3, name: 'Start from what you feel' })).toBeVisible();
  await expect(block.getByRole('heading', { level: 4 })).toHaveCount(symptomWays.length);
  await block.getByRole('link', { name: 'Signs of a blood clot in the leg (DVT)' }).click();
  await expect(page).toHaveURL(/\/venous-leg-pain\/#dvt$/);
});

for (const width of [320, 390]) {
  test(`at ${width}px the symptom cards fit the screen and their links are easy to tap`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    expect(await horizontalOverflow(page)).toBeNull();
    for (const link of await page.locator('[data-symptom-ways] a').all()) {
      const box = await link.boundingBox();
      expect(box!.height, await link.innerText()).toBeGreaterThanOrEqual(24);
    }
  });
}
