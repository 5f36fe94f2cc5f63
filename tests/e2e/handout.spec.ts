/**
 * The handout builder at /handout/: a doctor ticks parts and adds a note, gets a handout and a
 * link that rebuilds it; a patient opening the link sees the same handout.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow, watchPage } from './support/site.ts';

const builderHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Make a handout for a patient' });
const handoutHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your leg pain handout' });
const makeButton = (page: Page) => page.getByRole('button', { name: 'Make the handout' });
const noteField = (page: Page) => page.getByRole('textbox', { name: /Add a note for your patient/ });

/** A section checkbox, found the way a doctor finds it: open the page's list of sections, then tick. */
async function tickSection(page: Page, article: string, section: string) {
  await page.getByText(`Or choose sections of ${article}`).click();
  await page
    .getByRole('group', { name: /Choose what to include/ })
    .getByRole('checkbox', { name: section })
    .check();
}

test('the builder offers every article and its sections, with a labelled note, and passes axe', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/handout/');
  await expect(builderHeading(page)).toBeVisible();
  await expect(page.getByText('The handout builder needs JavaScript')).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /Leg pain from narrowed arteries \(whole page\)/ })).toBeVisible();
  // About this site is not patient information.
  await expect(page.getByRole('checkbox', { name: /About this site/ })).toHaveCount(0);
  await expect(noteField(page)).toHaveAttribute('maxlength', '500');
  await expect(noteField(page)).toHaveAccessibleDescription(/never receives it/);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});

test('making a handout with nothing ticked shows the error summary and the error by the boxes', async ({ page }) => {
  await page.goto('/handout/');
  await makeButton(page).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await expect(page.getByRole('group', { name: /Choose what to include/ })).toHaveAccessibleDescription(
    /Error: Choose at least one page or section/,
  );
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Choose at least one page or section' }).click();
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await expect(page).toHaveURL(/\/handout\/$/);
});

test('a doctor builds a handout by keyboard; it shows the chosen parts in order, the note as text, and its link rebuilds it', async ({
  page,
  context,
}) => {
  await page.goto('/handout/');
  // Ticked out of reading order: the handout still follows the order of the form.
  await tickSection(page, 'Leg pain from veins: blood clots and weak vein valves', 'What your veins do');
  await tickSection(page, 'Leg pain from narrowed arteries', 'Pain when you rest (rest pain)');
  await page.getByRole('checkbox', { name: /Leg pain: causes, symptoms and what helps/ }).focus();
  await page.keyboard.press('Space');
  const note = 'Walk every day.\n<b>Not bold</b> & come back in 3 months.';
  await noteField(page).fill(note);
  await makeButton(page).focus();
  await page.keyboard.press('Enter');

  await expect(handoutHeading(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Your leg pain handout \|/);
  const url = page.url();
  expect(new URL(url).hash).toBe(
    '#s=leg-pain,arterial-leg-pain/rest-pain,venous-leg-pain/what-veins-do' + `&note=${encodeURIComponent(note)}`,
  );
  const view = page.locator('[data-handout-view]');
  await expect(view.getByRole('heading', { level: 2 })).toContainText([
    'Call your local emergency number now if:',
    'A note for you',
    'Leg pain: causes, symptoms and what helps',
    'Leg pain from narrowed arteries',
    'Leg pain from veins',
  ]);
  await expect(view.locator('.handout-section > h3')).toContainText([
    'Pain when you rest (rest pain)',
    'What your veins do',
  ]);
  // A section alone, without the rest of its article.
  await expect(view.getByRole('heading', { name: 'Pain when you walk (claudication)' })).toHaveCount(0);
  // The note is text: markup in it is shown, never run or rendered.
  await expect(view.locator('.handout-note-text')).toHaveText(note);
  await expect(view.locator('.handout-note b')).toHaveCount(0);
  // Each single section carries its own address and QR code; a whole article has one for the page.
  await expect(view.getByRole('img', { name: /^QR code for / })).toHaveCount(3);
  await expect(view.getByRole('img', { name: /\/arterial-leg-pain\/#rest-pain$/ })).toBeVisible();
  await expect(view.getByRole('textbox', { name: 'Link to this handout' })).toHaveValue(url);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);

  // A patient opens the link: the same handout.
  const patient = await context.newPage();
  await patient.goto(url);
  await expect(handoutHeading(patient)).toBeVisible();
  expect(await patient.locator('[data-handout-view]').innerText()).toBe(await view.innerText());

  // Back returns to the form with the same choices.
  await page.goBack();
  await expect(builderHeading(page)).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Pain when you rest (rest pain)' })).toBeChecked();
  await expect(noteField(page)).toHaveValue(note);
});

test('"Change this handout" opens the form with its choices ticked and its note filled in', async ({ page }) => {
  await page.goto('/handout/#s=arterial-leg-pain/walking-pain,venous-leg-pain&note=Rest%20your%20leg.');
  await expect(handoutHeading(page)).toBeVisible();
  await page.getByRole('link', { name: 'Change this handout' }).click();
  await expect(builderHeading(page)).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Pain when you walk (claudication)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Pain when you walk (claudication)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Leg pain from veins.*\(whole page\)/ })).toBeChecked();
  await expect(noteField(page)).toHaveValue('Rest your leg.');
  await page.getByRole('checkbox', { name: /Leg pain from veins.*\(whole page\)/ }).uncheck();
  await makeButton(page).click();
  await expect(handoutHeading(page)).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#s=arterial-leg-pain/walking-pain&note=Rest%20your%20leg.');
});

test.describe('with permission to use the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" copies the handout link and says so', async ({ page }) => {
    await page.goto('/handout/#s=leg-pain');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});

test('a built handout fits a 320px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/handout/#s=vascular-vs-nerve-pain,arterial-leg-pain/rest-pain&note=Rest.');
  await expect(handoutHeading(page)).toBeVisible();
  expect(await horizontalOverflow(page)).toBeNull();
});

test('a link naming parts the site no longer has shows the rest and says so', async ({ page }) => {
  await page.goto('/handout/#s=leg-pain,no-such-page,leg-pain/no-such-section');
  await expect(handoutHeading(page)).toBeVisible();
  await expect(page.getByText('Part of this handout is no longer on the site')).toBeVisible();
  await expect(page.locator('.handout-article')).toHaveCount(1);
});

test('the page makes no request beyond itself, whatever the handout holds', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/handout/#s=arterial-leg-pain,venous-leg-pain/dvt&note=Private');
  await expect(handoutHeading(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The page, its CSS, its script and the print stylesheet: nothing names the chosen parts or the note.
  expect(requests.filter((p) => /arterial|venous|Private/.test(p))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the builder needs JavaScript and shows no dead form', async ({ page }) => {
    await page.goto('/handout/#s=leg-pain');
    await expect(page.getByText('The handout builder needs JavaScript')).toBeVisible();
    await expect(makeButton(page)).toBeHidden();
    await expect(page.locator('.handout-article')).toHaveCount(0);
  });
});

test('when the builder script fails to load, the page still explains itself and passes axe', async ({ page }) => {
  await page.route(/\/_astro\/handout[^/]*\.js$/, (route) => route.abort());
  await page.goto('/handout/');
  await expect(page.getByText('The handout builder needs JavaScript')).toBeVisible();
  await expect(makeButton(page)).toBeHidden();
  await expectNoAxeViolations(page);
});
