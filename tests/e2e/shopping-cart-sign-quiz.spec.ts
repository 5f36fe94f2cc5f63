/**
 * The shopping cart sign self-check as a reader uses it: keyboard only, one question at a time,
 * to each kind of result, the emergency stop, and back again to change an answer. axe runs on
 * every state.
 */
import { expect, test, type Page } from '@playwright/test';
import { vascularAnswers } from './support/quiz-answers.ts';
import { expectNoAxeViolations, watchPage } from './support/site.ts';

const PATH = '/shopping-cart-sign-quiz/';
const TOTAL = 10;

const vascular = vascularAnswers;
const spinal = [
  /^No$/,
  /^No$/,
  /^Walking, and also/,
  /^I need to sit/,
  /^Yes, leaning/,
  /^Above the knee/,
  /^Yes$/,
  /^Both legs/,
  /^No, it changes/,
  /^Over 70/,
];
const mixed = [
  /^No$/,
  /^No$/,
  /^Walking only/,
  /^I need to sit/,
  /^No, it makes/,
  /^In the calf/,
  /^Yes$/,
  /^Both legs/,
  /^Yes, about/,
  /^Over 70/,
];
const allNotSure = Array.from({ length: TOTAL }, () => /^Not sure/);

const currentGroup = (page: Page) => page.getByRole('group', { name: /^Question \d+ of \d+/ });
const resultHeading = (page: Page) => page.locator('#quiz-result-heading');

/** Opens the page, waits for the island, and reaches the first answer the keyboard way. */
async function open(page: Page) {
  await page.goto(PATH);
  await expect(page.getByRole('group', { name: `Question 1 of ${TOTAL}`, exact: false })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
}

/**
 * From the question heading (or the main content before question 1): Tab into the radio group,
 * check the wanted answer with Space and the arrow keys, Tab to Continue and press Enter.
 */
async function answer(page: Page, option: RegExp) {
  const radio = currentGroup(page).getByRole('radio', { name: option });
  await page.keyboard.press('Tab');
  await expect(currentGroup(page).getByRole('radio').and(page.locator(':focus'))).toHaveCount(1);
  await page.keyboard.press('Space');
  for (let i = 0; i < 5 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^(Continue|See the result)$/ })).toBeFocused();
  await page.keyboard.press('Enter');
}

async function answerAll(page: Page, answers: RegExp[], onEach?: (index: number) => Promise<void>) {
  for (const [i, option] of answers.entries()) {
    await expect(currentGroup(page)).toHaveAccessibleName(new RegExp(`^Question ${i + 1} of ${TOTAL}`));
    // Focus moved to the new question, so a screen reader reads it at once.
    if (i > 0) await expect(currentGroup(page).getByRole('heading', { level: 2 })).toBeFocused();
    await onEach?.(i);
    await answer(page, option);
  }
}

async function expectResult(page: Page, headline: RegExp) {
  await expect(resultHeading(page)).toBeFocused();
  await expect(resultHeading(page)).toHaveText(headline);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Result: ${headline.source}`));
  await expect(page.locator('.quiz-result')).toContainText('This is not a diagnosis.');
}

test.describe('the shopping cart sign self-check', () => {
  test('a clearly vascular story leans to the arteries, and says why and what to do next', async ({ page }) => {
    await open(page);
    await answerAll(page, vascular, async (i) => {
      if (i === 0 || i === 4) await expectNoAxeViolations(page); // first question, a middle one
    });
    await expectResult(page, /Your answers point more to narrowed arteries/);
    const result = page.locator('.quiz-result');
    await expect(result.getByRole('heading', { name: 'Pointing to narrowed arteries' })).toBeVisible();
    await expect(result.getByRole('heading', { name: /Pointing to a pinched nerve/ })).toHaveCount(0);
    await expect(result).toContainText('These answers together: a strong clue (4 points)');
    await expect(result).toContainText('“In the calf only, below the knee”');
    await expect(result.getByRole('link', { name: /ankle-brachial index \(ABI\) test/ })).toHaveAttribute(
      'href',
      '/leg-pain-diagnosis/#abi',
    );
    await expect(result.getByRole('link', { name: 'the ABI calculator' })).toHaveAttribute('href', '/abi-calculator/');
    const reading = result.getByRole('heading', { name: 'Read more' }).locator('+ ul').getByRole('link');
    await expect(reading).toHaveText([
      'Leg pain from narrowed arteries',
      'How to tell artery pain from nerve pain',
      'Leg pain from a pinched nerve in your back',
    ]);
    await expect(reading.nth(1)).toHaveAttribute('href', '/vascular-vs-nerve-pain/');
    await expect(result.getByRole('link', { name: 'Nadeau et al., 2013' }).first()).toHaveAttribute(
      'href',
      '#source-nadeau-2013',
    );
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('a clearly spinal story leans to a pinched nerve', async ({ page }) => {
    await open(page);
    await answerAll(page, spinal);
    await expectResult(page, /Your answers point more to a pinched nerve in your back/);
    const result = page.locator('.quiz-result');
    await expect(result.getByRole('heading', { name: 'Pointing to a pinched nerve in the back' })).toBeVisible();
    await expect(result).toContainText('Together these point strongly to a pinched nerve');
    await expect(
      result.getByRole('heading', { name: 'Read more' }).locator('+ ul').getByRole('link').first(),
    ).toHaveText('Leg pain from a pinched nerve in your back');
    await expectNoAxeViolations(page);
  });

  test('a mixed story says it could be either, or both', async ({ page }) => {
    await open(page);
    await answerAll(page, mixed);
    await expectResult(page, /Your answers point both ways: it could be either, or both/);
    const result = page.locator('.quiz-result');
    await expect(result.getByRole('heading', { name: 'Pointing to narrowed arteries' })).toBeVisible();
    await expect(result.getByRole('heading', { name: 'Pointing to a pinched nerve in the back' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('"not sure" to everything leans nowhere and asks to check the emergency signs first', async ({ page }) => {
    await open(page);
    await answerAll(page, allNotSure);
    await expectResult(page, /Your answers do not point clearly either way/);
    const result = page.locator('.quiz-result');
    await expect(result.getByRole('complementary', { name: /^Emergency: A blocked leg artery/ })).toContainText(
      'Call your local emergency number now if:',
    );
    await expect(result).toContainText(`You were not sure about ${TOTAL} questions.`);
    await expect(result).toContainText('None of your answers pointed either way.');
    await expectNoAxeViolations(page);
  });

  test('a suddenly cold, pale, numb leg stops the self-check at once with the emergency card', async ({ page }) => {
    await open(page);
    await answer(page, /^Yes$/);
    const heading = page.getByRole('heading', { name: 'Stop: this could be an emergency' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('status')).toContainText('Emergency. Call your local emergency number now if:');
    const card = page
      .locator('.quiz-emergency')
      .getByRole('complementary', { name: /^Emergency: A blocked leg artery/ });
    await expect(card).toContainText('Call your local emergency number now if:');
    for (const number of ['112', '999', '911'])
      await expect(card.getByRole('link', { name: number, exact: true })).toHaveAttribute('href', `tel:${number}`);
    await expect(currentGroup(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A wrong tap can be taken back: Back returns to the question with the answer still chosen.
    // Through the card's 3 tappable numbers and its link to the article, to Back.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Back: change my answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 1 of 10/);
    await expect(currentGroup(page).getByRole('radio', { name: /^Yes$/ })).toBeChecked();
    await answer(page, /^No$/);
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 2 of 10/);
  });

  test('Back goes to the previous question with its answer kept, and a new answer changes the result', async ({
    page,
  }) => {
    await open(page);
    await answerAll(page, vascular.slice(0, 4));
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 5 of 10/);
    // Radios, Continue, then Back.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 4 of 10/);
    await expect(currentGroup(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(currentGroup(page).getByRole('radio', { name: /^Standing still/ })).toBeChecked();
    // Change the answer to question 4, then carry on.
    await answer(page, /^I need to sit/);
    for (const option of vascular.slice(4)) await answer(page, option);
    await expectResult(page, /Your answers point both ways/);

    // From the result, change one answer back: Continue returns straight to the result.
    const change = page.getByRole('button', {
      name: 'Change your answer to: When you stop walking, what makes the pain go away?',
    });
    await change.focus();
    await page.keyboard.press('Enter');
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 4 of 10/);
    await expect(currentGroup(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page.getByRole('button', { name: 'See the result' })).toBeVisible();
    await answer(page, /^Standing still/);
    await expectResult(page, /Your answers point more to narrowed arteries/);
    await expect(page.locator('.quiz-answers')).toContainText('Standing still for a few minutes is enough');
  });

  test('Continue without an answer shows the error summary and a message next to the question', async ({ page }) => {
    await open(page);
    await page.keyboard.press('Tab'); // first radio, not chosen
    await page.keyboard.press('Tab'); // Continue
    await page.keyboard.press('Enter');
    // As GOV.UK's: the summary takes focus, and its alert inside is announced.
    const summary = page
      .locator('.error-summary')
      .filter({ has: page.getByRole('alert'), hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(currentGroup(page)).toHaveAccessibleDescription(/Choose an answer/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the summary's link
    await expect(currentGroup(page).getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(summary).toHaveCount(0);
  });

  for (const width of [390, 1280]) {
    test(`at ${width}px the error bar runs down the whole question: its number, the question and the answers`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PATH);
      await expect(currentGroup(page)).toBeVisible();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('.quiz-error-message')).toBeVisible();
      // The bar is the wrapper's border: a fieldset's own border starts halfway down its legend.
      const wrapper = page.locator('.quiz-question-group-error');
      await expect(wrapper).toHaveCount(1);
      expect(await wrapper.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('4px');
      expect(await currentGroup(page).evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('0px');
      // Measured at one moment: focus moving to the error summary may scroll the page.
      const [bar, progress, lastOption] = await page.evaluate(() =>
        ['.quiz-question-group-error', '.quiz-progress', '.quiz-option:last-of-type'].map((selector) => {
          const { top, bottom, left } = document.querySelector(selector)!.getBoundingClientRect();
          return { top, bottom, left };
        }),
      );
      expect(bar!.top).toBeLessThanOrEqual(progress!.top);
      expect(bar!.bottom).toBeGreaterThanOrEqual(lastOption!.bottom);
      expect(bar!.left).toBeLessThan(progress!.left);
      // An answer clears the error and its bar.
      await currentGroup(page).getByRole('radio', { name: 'No', exact: true }).check();
      await expect(wrapper).toHaveCount(0);
    });
  }

  test('Start again clears every answer', async ({ page }) => {
    await open(page);
    await answerAll(page, vascular);
    await page.getByRole('button', { name: 'Start again' }).focus();
    await page.keyboard.press('Enter');
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 1 of 10/);
    await expect(currentGroup(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(currentGroup(page).getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('on a phone every answer is a whole row at least 44px high that a tap anywhere selects', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(PATH);
    const options = page.locator('.quiz-option');
    await expect(options).toHaveCount(3);
    for (const option of await options.all()) {
      const box = (await option.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThan(250);
    }
    const row = options.nth(1);
    await row.scrollIntoViewIfNeeded();
    const box = (await row.boundingBox())!;
    await page.mouse.click(box.x + box.width - 10, box.y + box.height / 2); // far from the radio itself
    await expect(page.getByRole('radio', { name: /^No$/ })).toBeChecked();
  });

  test('nothing leaves the device: no request and no storage while answering', async ({ page }) => {
    const watch = watchPage(page);
    await open(page);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    // The tab icon is the browser's own request, which it may send late; anything else would be the quiz's.
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
    });
    await answerAll(page, mixed);
    await expectResult(page, /Your answers point both ways/);
    expect(requests).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, location.search]),
    ).toEqual([0, 0, '', '']);
  });

  test("the phone's Back button steps back through the questions, and a reload keeps the answers", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page);
    await answerAll(page, spinal.slice(0, 4));
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 5 of 10/);
    await page.goBack();
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 4 of 10/);
    await expect(currentGroup(page).getByRole('radio', { name: /^I need to sit/ })).toBeChecked();
    await page.goForward();
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 5 of 10/);
    await page.reload();
    await expect(currentGroup(page)).toHaveAccessibleName(/^Question 5 of 10/);
    // After a reload focus starts at the top of the page, so carry on by tapping, as on a phone.
    for (const option of spinal.slice(4)) {
      await currentGroup(page).getByRole('radio', { name: option }).check();
      await page.getByRole('button', { name: /^(Continue|See the result)$/ }).click();
    }
    await expect(resultHeading(page)).toHaveText(/pinched nerve/);
    // Leaving for an article and coming back with Back keeps the result.
    await page.goto('/nerve-leg-pain/');
    await page.goBack();
    await expect(resultHeading(page)).toHaveText(/pinched nerve/);
    await page.reload();
    await expect(resultHeading(page)).toHaveText(/pinched nerve/);
    await expect(page.locator('.quiz-answers .quiz-answer').nth(3)).toHaveText(/I need to sit/);
  });

  test('the nerve result gives nerve next steps and the cauda equina signs, not the ABI advice', async ({ page }) => {
    await open(page);
    await answerAll(page, spinal);
    await expectResult(page, /Your answers point more to a pinched nerve/);
    const result = page.locator('.quiz-result');
    await expect(result).toContainText('usually gets better within 4 to 6 weeks');
    await expect(result).toContainText('Tell your doctor where the pain starts');
    await expect(result.getByRole('complementary', { name: /cauda equina/ })).toContainText(
      'numb around or under your genitals',
    );
    await expect(result.getByRole('link', { name: 'the ABI calculator' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the cauda equina signs stop the self-check as an emergency', async ({ page }) => {
    await open(page);
    await answer(page, /^No$/);
    await answer(page, /^Yes$/);
    await expect(page.getByRole('heading', { name: 'Stop: this could be an emergency' })).toBeFocused();
    const card = page.locator('.quiz-emergency').getByRole('complementary', { name: /cauda equina/ });
    await expect(card).toContainText('you have sciatica in both legs');
    await expect(card.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
    await expectNoAxeViolations(page);
  });

  test('the printout holds the answers and the result, without buttons or the page extras', async ({ page }) => {
    await open(page);
    await answerAll(page, vascular);
    await expect(page.getByRole('button', { name: 'Print your answers and result' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(resultHeading(page)).toBeVisible();
    await expect(page.locator('.quiz-answers')).toBeVisible();
    await expect(page.locator('.quiz-answers dt')).toHaveCount(TOTAL);
    await expect(page.locator('.quiz-answers dt').nth(3)).toContainText('what makes the pain go away?');
    await expect(page.locator('.quiz-answers .quiz-answer').nth(3)).toHaveText(
      'Standing still for a few minutes is enough',
    );
    await expect(page.getByRole('button', { name: 'Print your answers and result' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Change/ }).first()).toBeHidden();
    await expect(page.getByRole('heading', { name: 'How the self-check weighs your answers' })).toBeHidden();
    await expect(page.locator('.quiz-result')).toContainText('This is not a diagnosis.');
  });

  test('the page cites its evidence, links to the comparison article, and says it is not a diagnosis', async ({
    page,
  }) => {
    await page.goto(PATH);
    const main = page.locator('main');
    await expect(main.getByRole('note')).toContainText('This is not a diagnosis.');
    for (const id of ['nadeau-2013', 'suri-2010', 'acc-aha-2024'])
      await expect(page.locator(`#source-${id}`)).toBeVisible();
    await expect(main.getByRole('link', { name: 'the shopping cart sign' })).toHaveAttribute(
      'href',
      '/vascular-vs-nerve-pain/#shopping-cart-sign',
    );
    await expect(main.getByRole('link', { name: /the 4 differences/ })).toHaveAttribute(
      'href',
      '/vascular-vs-nerve-pain/#comparison',
    );
    await expect(page.locator('[data-pagefind-body]')).toContainText('How the self-check weighs your answers');
    // An answer that is already a sentence gets no second full stop ("…bring it on..").
    const howItWorks = await page.locator('section[aria-labelledby="how-it-works"]').innerText();
    expect(howItWorks).toContain('Standing still does not bring it on. ');
    expect(howItWorks).not.toMatch(/[^.]\.\s*\.(?!\.)/);
    await page.goto('/vascular-vs-nerve-pain/');
    // The comparison article links back (its wording may change; the address must not).
    await expect(page.locator(`main a[href="${PATH}"]`).first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page lists every question and how each answer points, as a printable checklist', async ({ page }) => {
    await page.goto(PATH);
    const checklist = page.getByRole('region', { name: 'Checklist: which way do your answers point?' });
    await expect(checklist).toBeVisible();
    await expect(page.getByText('The step-by-step self-check needs JavaScript.')).toBeVisible();
    // The emergency card comes before the questions.
    await expect(checklist.getByRole('complementary', { name: /^Emergency: A blocked leg artery/ })).toBeVisible();
    await expect(checklist).toContainText('numb around or under your genitals');
    const questions = checklist.locator('.quiz-checklist-question');
    await expect(questions).toHaveCount(TOTAL);
    await expect(questions.first()).toHaveText(/suddenly turned cold, pale or numb/);
    await expect(checklist).toContainText('Stop here and get help now');
    await expect(checklist).toContainText('Points to a pinched nerve in the back: a medium clue (2 points).');
    await expect(checklist).toContainText('Points to narrowed arteries: a small clue (1 point).');
    await expect(checklist.getByText('Left out of the count.')).toHaveCount(TOTAL);
    await expect(page.getByRole('group')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(questions.first()).toBeVisible();
    await expect(page.getByText('The step-by-step self-check needs JavaScript.')).toBeHidden();
  });
});

test('the checklist shown when the script fails to load has no accessibility violations', async ({ page }) => {
  // axe needs JavaScript in the page, so the island's own script is blocked instead of all of it.
  await page.route('**/_astro/ShoppingCartSignQuiz*', (route) => route.abort());
  await page.goto(PATH);
  await expect(page.getByRole('region', { name: 'Checklist: which way do your answers point?' })).toBeVisible();
  await expectNoAxeViolations(page);
});
