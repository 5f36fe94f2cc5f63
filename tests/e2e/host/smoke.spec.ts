/**
 * A reader's smoke tests on the site as nginx serves it with the repo's host configuration: an
 * article, a search, the ABI calculator and the shopping cart sign self-check work under the CSP
 * header and the meta CSP together, with no console error and no request to another host.
 */
import { expect, test, type Page } from '@playwright/test';
import { vascularAnswers } from '../support/quiz-answers.ts';
import { watchPage } from '../support/site.ts';

let watch: ReturnType<typeof watchPage>;
test.beforeEach(({ page }) => {
  watch = watchPage(page);
});
test.afterEach(() => {
  expect(watch.consoleErrors, 'console errors (a CSP violation shows here)').toEqual([]);
  expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
});

test('an article opens, also when typed without its last slash', async ({ page }) => {
  await page.goto('/arterial-leg-pain');
  await expect(page).toHaveURL(/\/arterial-leg-pain\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toContainText('calf');
});

test('a search finds articles', async ({ page }) => {
  await page.goto('/search/?q=calf%20pain%20when%20walking');
  const results = page.getByRole('list', { name: 'Pages' }).getByRole('link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  expect(await results.count()).toBeGreaterThan(0);
});

test('the ABI calculator works out a result', async ({ page }) => {
  await page.goto('/abi-calculator/');
  const box = (name: string) => page.getByRole('textbox', { name, exact: true });
  await box('Right arm').fill('130');
  await box('Left arm').fill('124');
  await box('Right leg: Top of the foot').fill('117');
  await box('Right leg: Inner ankle').fill('110');
  await box('Left leg: Top of the foot').fill('135');
  await box('Left leg: Inner ankle').fill('140');
  await page.getByRole('button', { name: 'Work out the ABI' }).click();
  await expect(page.getByRole('heading', { name: 'Your ABI result' })).toBeVisible();
  await expect(page.locator('.abi-result')).toContainText('117 mmHg ÷ 130 mmHg = 0.90');
});

async function answerAll(page: Page, answers: RegExp[]) {
  for (const [i, option] of answers.entries()) {
    const group = page.getByRole('group', { name: new RegExp(`^Question ${i + 1} of`) });
    await group.getByRole('radio', { name: option }).check();
    await page.getByRole('button', { name: /^(Continue|See the result)$/ }).click();
  }
}

test('the shopping cart sign self-check gives a result', async ({ page }) => {
  await page.goto('/shopping-cart-sign-quiz/');
  await answerAll(page, vascularAnswers);
  await expect(page.locator('.quiz-result')).toContainText('narrowed arteries');
  await expect(page.locator('.quiz-result')).toContainText('This is not a diagnosis.');
});
