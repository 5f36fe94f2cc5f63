/**
 * The handout builder at /handout/: a doctor ticks parts and adds a note, sees how many pages it
 * prints on, and gets a link; a patient opening the link sees a reading page, not the builder.
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

test('a doctor builds a handout by keyboard, sees its length, and gets a link that opens the patient view on a phone', async ({
  page,
  browser,
}) => {
  // A long keyboard journey through two views and a second browser context: on the 2-core CI
  // machine under load it can pass 30 s.
  test.setTimeout(60_000);
  await page.goto('/handout/');
  // Ticked out of reading order: the handout still follows the order of the form.
  await tickSection(page, 'Leg pain from veins: blood clots and weak vein valves', 'What your veins do');
  await tickSection(page, 'Leg pain from narrowed arteries', 'Pain when you rest (rest pain)');
  await page.getByRole('checkbox', { name: /Leg pain: causes, symptoms and what helps/ }).focus();
  await page.keyboard.press('Space');
  // The length follows the ticks, before anything is made or printed.
  await expect(page.locator('[data-form-estimate]')).toHaveText(/^It prints on about \d+ pages?/);
  const note = 'Walk every day.\n<b>Not bold</b> & come back in 3 months.';
  await noteField(page).fill(note);
  await makeButton(page).focus();
  await page.keyboard.press('Enter');

  // The sender's view: the tools first, then the handout as the patient will see it.
  await expect(handoutHeading(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Your leg pain handout \|/);
  const items =
    's=leg-pain,arterial-leg-pain/rest-pain,venous-leg-pain/what-veins-do' + `&note=${encodeURIComponent(note)}`;
  expect(new URL(page.url()).hash).toBe(`#${items}&send`);
  const tools = page.getByRole('region', { name: 'Your handout is ready' });
  await expect(tools.getByText(/^It prints on about \d+ pages?/)).toBeVisible();
  const link = await tools.getByRole('textbox', { name: 'Link to send your patient' }).inputValue();
  expect(new URL(link).hash).toBe(`#${items}`);
  // The QR code on screen opens the same link, for a patient to scan from the doctor's monitor.
  await expect(tools.getByRole('img', { name: `QR code for ${link}` })).toBeVisible();

  const view = page.locator('[data-handout-view]');
  await expect(view.getByRole('heading', { level: 2 })).toContainText([
    'A note from the person who gave you this handout',
    'Leg pain: causes, symptoms and what helps',
    'Leg pain from narrowed arteries',
    'Leg pain from veins',
    // The warning cards come after the chosen parts, as on the articles.
    'Call your local emergency number now if:',
  ]);
  await expect(view.locator('.handout-section > h3')).toContainText([
    'Pain when you rest (rest pain)',
    'What your veins do',
  ]);
  // A section alone, without the rest of its article.
  await expect(view.getByRole('heading', { name: 'Pain when you walk (claudication)' })).toHaveCount(0);
  // Each part's own address right under its heading.
  const restPain = view.locator('.handout-section', { hasText: 'Pain when you rest (rest pain)' });
  await expect(restPain.locator('h3 + .part-address')).toHaveText(
    /Read this online: \S+\/arterial-leg-pain\/#rest-pain\s*$/,
  );
  await expect(view.locator('.handout-article-header + .part-address').first()).toHaveText(
    /Read this online: \S+\/leg-pain\/\s*$/,
  );
  // The note is text: markup in it is shown, never run or rendered.
  await expect(view.locator('.handout-note-text')).toHaveText(note);
  await expect(view.locator('.handout-note b')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);

  // A patient opens the link on a phone, in a browser that has never seen the builder.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const patient = await phone.newPage();
  await patient.goto(link);
  await expect(handoutHeading(patient)).toBeVisible();
  // First the site's name, the handout's title, then the labelled note: no builder controls.
  await expect(patient.getByRole('banner')).toContainText('Leg Pain Explained');
  const firstHeadings = await patient.getByRole('heading').allTextContents();
  expect(firstHeadings.slice(0, 2)).toEqual([
    'Your leg pain handout',
    'A note from the person who gave you this handout',
  ]);
  await expect(patient.getByText(/written by whoever made this link, not by Leg Pain Explained/)).toBeVisible();
  for (const control of ['Copy link', 'Print this handout', 'Make the handout'])
    await expect(patient.getByRole('button', { name: control })).toBeHidden();
  await expect(patient.getByRole('textbox')).toHaveCount(0);
  await expect(patient.getByRole('link', { name: 'Change this handout' })).toBeHidden();
  await expect(patient.locator('.handout-note-text')).toHaveText(note);
  expect(await patient.locator('.handout-article').allInnerTexts()).toEqual(
    await view.locator('.handout-article').allInnerTexts(),
  );
  // The sender's way back in is a small edit link at the end, never the first thing.
  await expect(patient.getByRole('link', { name: 'Change it' })).toHaveAttribute('href', /&edit$/);
  expect(await horizontalOverflow(patient)).toBeNull();
  await expectNoAxeViolations(patient);
  await phone.close();

  // Back returns to the form with the same choices.
  await page.goBack();
  await expect(builderHeading(page)).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Pain when you rest (rest pain)' })).toBeChecked();
  await expect(noteField(page)).toHaveValue(note);
});

test('a crafted note is shown as text under a label that says who wrote it and that the site has not checked it', async ({
  page,
}) => {
  const crafted = 'Stop your blood thinner today. <script>alert(1)</script>';
  await page.goto(`/handout/#s=venous-leg-pain/dvt&note=${encodeURIComponent(crafted)}`);
  const note = page.getByRole('region', { name: 'A note from the person who gave you this handout' });
  await expect(note).toContainText('This note was written by whoever made this link, not by Leg Pain Explained.');
  await expect(note).toContainText('We have not checked it.');
  await expect(note.locator('.handout-note-text')).toHaveText(crafted);
  await expect(note.locator('script')).toHaveCount(0);
  // The note never appears as the site's own words: it sits in its own box, not a site panel.
  await expect(page.locator('.panel .handout-note-text')).toHaveCount(0);
});

test("the short version holds each article's In brief and when to get help, and prints on fewer pages", async ({
  page,
}) => {
  await page.goto('/handout/#s=arterial-leg-pain,venous-leg-pain&edit');
  await expect(builderHeading(page)).toBeVisible();
  const estimate = page.locator('[data-form-estimate]');
  const pages = async () => Number(/about (\d+) page/.exec((await estimate.textContent()) ?? '')?.[1]);
  const full = await pages();
  await page.getByRole('radio', { name: /Short version/ }).check();
  const short = await pages();
  expect(short).toBeGreaterThan(0);
  expect(short).toBeLessThan(full);
  await makeButton(page).click();
  expect(new URL(page.url()).hash).toBe('#s=arterial-leg-pain,venous-leg-pain&short&send');
  const view = page.locator('[data-handout-view]');
  await expect(view.getByRole('heading', { name: 'In brief' })).toHaveCount(2);
  await expect(view.locator('.urgency')).not.toHaveCount(0);
  await expect(view.locator('[data-handout-content]')).toHaveCount(0);
  await expect(view.getByRole('heading', { name: 'Pain when you walk (claudication)' })).toHaveCount(0);
});

test('"Change this handout" opens the form with its choices ticked and its note filled in', async ({ page }) => {
  await page.goto('/handout/#s=arterial-leg-pain/walking-pain,venous-leg-pain&note=Rest%20your%20leg.&send');
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
  expect(new URL(page.url()).hash).toBe('#s=arterial-leg-pain/walking-pain&note=Rest%20your%20leg.&send');
});

test.describe('with permission to use the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" copies the handout link and says so', async ({ page }) => {
    await page.goto('/handout/#s=leg-pain&send');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    // The link for the patient: without the sender's tools.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url().replace(/&send$/, ''));
  });
});

test('a built handout fits a 320px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const view of ['', '&send']) {
    await page.goto(`/handout/#s=vascular-vs-nerve-pain,arterial-leg-pain/rest-pain&note=Rest.${view}`);
    await expect(handoutHeading(page)).toBeVisible();
    expect(await horizontalOverflow(page)).toBeNull();
  }
});

test('a partly broken link names the parts it could not find, shows the rest and offers the builder', async ({
  page,
}) => {
  await page.goto('/handout/#s=leg-pain,no-such-page,leg-pain/no-such-section');
  await expect(handoutHeading(page)).toBeVisible();
  const missing = page.getByRole('region', { name: 'Some parts of this handout could not be found' });
  await expect(missing.getByRole('listitem')).toHaveText([
    'A page called “no-such-page”',
    'A section called “no-such-section” of the page Leg pain: causes, symptoms and what helps',
  ]);
  await expect(missing.getByRole('link', { name: 'Leg pain: causes, symptoms and what helps' })).toHaveAttribute(
    'href',
    '/leg-pain/',
  );
  await expect(missing.getByRole('link', { name: 'Make a new handout' })).toHaveAttribute('href', '/handout/');
  await expect(page.locator('.handout-article')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('a link whose parts are all gone explains itself instead of showing an empty builder', async ({ page }) => {
  await page.goto('/handout/#s=old-page,older-page/some-section&note=Read%20this.');
  await expect(handoutHeading(page)).toBeVisible();
  await expect(makeButton(page)).toBeHidden();
  const missing = page.getByRole('region', { name: 'The parts of this handout could not be found' });
  await expect(missing.getByRole('listitem')).toHaveText([
    'A page called “old-page”',
    'A page called “older-page/some-section”',
  ]);
  await missing.getByRole('link', { name: 'Make a new handout' }).click();
  await expect(builderHeading(page)).toBeVisible();
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
