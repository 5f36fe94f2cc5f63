/**
 * The ABI calculator as a reader uses it: keyboard, bad input, results, the #fragment link,
 * printing, privacy (no request, no storage) and accessibility in each state.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow } from './support/site.ts';

const PATH = '/abi-calculator/';

/** Box labels as a screen reader hears them. */
const box = {
  rightArm: 'Right arm',
  leftArm: 'Left arm',
  rightDp: 'Right leg: Top of the foot',
  rightPt: 'Right leg: Inner ankle',
  leftDp: 'Left leg: Top of the foot',
  leftPt: 'Left leg: Inner ankle',
} as const;
type Box = keyof typeof box;

const input = (page: Page, id: Box) => page.getByRole('textbox', { name: box[id], exact: true });
const resultHeading = (page: Page) => page.getByRole('heading', { name: 'Your ABI result' });
const summary = (page: Page) => page.locator('.error-summary');

async function open(page: Page, hash = '') {
  await page.goto(PATH + hash);
  await expect(input(page, 'rightArm')).toBeVisible();
}

async function fill(page: Page, values: Partial<Record<Box, string>>) {
  for (const [id, value] of Object.entries(values) as [Box, string][]) await input(page, id).fill(value);
}

async function workOut(page: Page) {
  await page.getByRole('button', { name: 'Work out the ABI' }).click();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const fullSet = { rightArm: '130', leftArm: '124', rightDp: '117', rightPt: '110', leftDp: '135', leftPt: '140' };

test('without JavaScript the page explains the sum and both sets of bands, and says the calculator needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const main = page.locator('main');
  await expect(main.getByText('The calculator needs JavaScript.')).toBeVisible();
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('heading', { name: 'How the ABI is worked out' })).toBeVisible();
  await expect(main).toContainText('Divide the ankle pressure by the arm pressure.');
  const bands = main.getByRole('heading', { name: 'The guideline bands' });
  await expect(bands).toBeVisible();
  for (const text of ['0.90 or below:', '0.91 to 0.99:', '1.00 to 1.40:', 'above 1.40:'])
    await expect(main.locator('.abi-band-list')).toContainText(text);
  await expect(main.getByRole('heading', { name: 'The older range in the source article' })).toBeVisible();
  await expect(main).toContainText('a normal ABI is 1.0 to 1.3, and that below 0.9 means PAD');
  await expect(main.getByRole('link', { name: 'AHA/ACC guideline, 2016' }).first()).toHaveAttribute(
    'href',
    '#source-aha-acc-2016',
  );
  await expect(main.getByRole('link', { name: 'ACC/AHA guideline, 2024' }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: 'Source article' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'how doctors measure the ankle-brachial index' })).toHaveAttribute(
    'href',
    '/leg-pain-diagnosis/#abi',
  );
  await expect(main.getByRole('link', { name: 'the toe-brachial index test' })).toHaveAttribute(
    'href',
    '/leg-pain-diagnosis/#toe-brachial-index',
  );
  await expect(main.getByText('This is not a diagnosis.')).toBeVisible();
  await context.close();
});

test('keyboard only: Tab to each box, type, submit with Enter, land on the announced result', async ({ page }) => {
  await page.goto(PATH);
  await expect(input(page, 'rightArm')).toBeVisible();
  // Start as a keyboard user does: from the top of the page, through the skip link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await input(page, 'rightArm').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(input(page, 'rightArm')).toBeFocused();
  for (const id of ['rightArm', 'leftArm', 'rightDp', 'rightPt', 'leftDp', 'leftPt'] as const) {
    await expect(input(page, id)).toBeFocused();
    await page.keyboard.type(fullSet[id]);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Work out the ABI' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(resultHeading(page)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Result:' })).toHaveText(
    'Result: Right leg ABI 0.90: abnormal. Left leg ABI 1.08: normal. Read the advice to show these readings to a doctor.',
  );
  const result = page.locator('.abi-result');
  await expect(result.getByRole('heading', { name: 'Right leg' })).toBeVisible();
  await expect(result.locator('.abi-leg').first()).toContainText('0.90');
  await expect(result.locator('.abi-leg').first()).toContainText('Abnormal');
  await expect(result).toContainText('117 mmHg ÷ 130 mmHg = 0.90');
  await expect(result).toContainText('140 mmHg ÷ 130 mmHg = 1.08');
  // The older rule is shown where it differs (0.90), with the severity grade of other sources.
  await expect(result).toContainText('By that rule, 0.90 would not count as PAD.');
  await expect(result).toContainText('By those grades, 0.90 is mild to moderate.');
  await expect(result.getByRole('img', { name: /ABI scale with the guideline bands/ })).toBeVisible();

  // The buttons after the result are reachable by keyboard too.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10; i++) {
    if (await page.getByRole('button', { name: 'Print this result' }).evaluate((el) => el === document.activeElement))
      break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Print this result' })).toBeFocused();

  // Clear all boxes empties the form and goes back to the first box.
  await page.getByRole('button', { name: 'Clear all boxes' }).focus();
  await page.keyboard.press('Enter');
  await expect(input(page, 'rightArm')).toBeFocused();
  await expect(input(page, 'rightArm')).toHaveValue('');
  await expect(resultHeading(page)).toHaveCount(0);
});

const badInput: { name: string; values: Partial<Record<Box, string>>; field: Box; message: string }[] = [
  {
    name: 'every box empty',
    values: {},
    field: 'rightArm',
    message: 'Enter at least 1 arm pressure. The ABI divides the ankle pressure by the arm pressure.',
  },
  {
    name: 'ankle values with no arm value',
    values: { rightDp: '117', leftPt: '120' },
    field: 'rightArm',
    message: 'Enter at least 1 arm pressure. The ABI divides the ankle pressure by the arm pressure.',
  },
  {
    name: 'an arm value with no ankle value',
    values: { rightArm: '130' },
    field: 'rightDp',
    message: 'Enter at least 1 ankle pressure. You can leave out a leg that was not measured.',
  },
  {
    name: 'not a number',
    values: { rightArm: 'abc', rightDp: '117' },
    field: 'rightArm',
    message: 'Enter the right arm pressure as a number, like 120. Use digits only, with no letters or units.',
  },
  {
    name: 'both blood pressure numbers',
    values: { leftArm: '120/80', rightDp: '117' },
    field: 'leftArm',
    message: 'Enter only the top number (systolic) for the left arm pressure. For 120/80, enter 120.',
  },
  {
    name: 'a negative pressure',
    values: { rightArm: '130', leftDp: '-90' },
    field: 'leftDp',
    message: 'The left top-of-foot pressure cannot be below 0. Remove the minus sign.',
  },
  {
    name: 'an arm pressure of 0',
    values: { rightArm: '0', rightDp: '117' },
    field: 'rightArm',
    message:
      'The right arm pressure cannot be 0. Check the reading, or leave the box empty if that arm was not measured.',
  },
  {
    name: 'an implausibly low arm pressure',
    values: { rightArm: '12', rightDp: '117' },
    field: 'rightArm',
    message:
      'The right arm pressure of 12 mmHg is too low for an arm reading. Check you copied the top number (systolic). This calculator needs at least 60.',
  },
  {
    name: 'above 300 mmHg',
    values: { rightArm: '130', rightPt: '310' },
    field: 'rightPt',
    message: 'The right inner-ankle pressure is above 300 mmHg. Check the reading: this calculator accepts up to 300.',
  },
  {
    name: 'a comma that is not a decimal comma',
    values: { rightArm: '1,205', rightDp: '117' },
    field: 'rightArm',
    message: 'Enter the right arm pressure with no more than 1 decimal place, like 120 or 120.5.',
  },
];

for (const { name, values, field, message } of badInput) {
  test(`bad input, ${name}: the message is next to the box and in the summary, and no result is shown`, async ({
    page,
  }) => {
    await open(page);
    await fill(page, values);
    await input(page, 'rightArm').press('Enter');

    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    const link = summary(page).getByRole('link', { name: message });
    await expect(link).toBeVisible();
    await expect(input(page, field)).toHaveAttribute('aria-invalid', 'true');
    await expect(input(page, field)).toHaveAccessibleDescription(new RegExp(`Error: ${escape(message)}$`));
    await expect(resultHeading(page)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Result:' })).toHaveCount(0);

    // The summary link puts the cursor in the box, without touching the address bar.
    await link.click();
    await expect(input(page, field)).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
  });
}

test('a decimal comma is read as a decimal point, and the result shows the reading as read', async ({ page }) => {
  await open(page);
  await fill(page, { rightArm: '130,5', rightDp: '117' });
  await workOut(page);
  await expect(resultHeading(page)).toBeFocused();
  await expect(page.locator('.abi-readings')).toContainText('130.5 mmHg');
  await expect(page.locator('.abi-result')).toContainText('117 mmHg ÷ 130.5 mmHg = 0.90');
});

test('one arm and one leg: works it out, and says both arms should be measured', async ({ page }) => {
  await open(page);
  await fill(page, { leftArm: '140', leftPt: '98' });
  await workOut(page);
  const result = page.locator('.abi-result');
  await expect(result.getByRole('heading', { name: 'Left leg' })).toBeVisible();
  await expect(result.getByRole('heading', { name: 'Right leg' })).toHaveCount(0);
  await expect(result).toContainText('Both arms should be measured');
  await expect(result).toContainText('Only 1 ankle pressure was given for this leg.');
});

test('one silent ankle artery with the other normal: a calm explanation and a doctor, no emergency card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await fill(page, { rightArm: '130', rightDp: '0', rightPt: '130' });
  await workOut(page);
  const result = page.locator('.abi-result');
  await expect(result).toContainText('130 mmHg ÷ 130 mmHg = 1.00');
  await expect(result.locator('.urgency-emergency')).toHaveCount(0);
  await expect(result.locator('.urgency-same-day')).toHaveCount(0);
  const cards = result.locator('.urgency');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveClass(/urgency-soon/);
  await expect(cards.first()).toContainText('you have not yet shown these readings to a doctor');
  await expect(result).toContainText('not an emergency on its own if your foot is warm and comfortable');
  await expect(page.getByRole('status').filter({ hasText: 'Result:' })).not.toContainText('emergency');
  await expectNoAxeViolations(page);
});

test('both ankle arteries silent: said plainly, with the emergency card if it is new or the leg is cold or numb', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await fill(page, { rightArm: '130', rightDp: '0', rightPt: '0' });
  await workOut(page);
  const result = page.locator('.abi-result');
  await expect(result).toContainText(
    'No blood flow signal was found at either ankle artery of your right leg (both 0 mmHg).',
  );
  const cards = result.locator('.urgency');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveClass(/urgency-emergency/);
  await expect(cards.first().getByRole('heading')).toContainText('Call your local emergency number now if:');
  await expect(cards.first()).toContainText('these readings of 0 are new');
  await expect(cards.first()).toContainText('cold, pale, numb or very painful');
  for (const number of ['112', '999', '911'])
    await expect(cards.first().getByRole('link', { name: number, exact: true })).toHaveAttribute(
      'href',
      `tel:${number}`,
    );
  await expect(page.getByRole('status').filter({ hasText: 'Result:' })).toContainText('Read the emergency advice.');
  await expectNoAxeViolations(page);
});

test('a severe result, or a higher ankle pressure under 50 mmHg, shows the same-day card only', async ({ page }) => {
  await open(page);
  await fill(page, { rightArm: '150', rightDp: '60' }); // 0.40
  await workOut(page);
  let cards = page.locator('.abi-result .urgency');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveClass(/urgency-same-day/);
  await expect(cards.first().getByRole('heading')).toContainText('Get medical help today if:');
  await expect(page.locator('.abi-result')).toContainText(
    'The ABI of your right leg is 0.40. Some sources call 0.40 or below severe.',
  );
  await expectNoAxeViolations(page);

  await fill(page, { rightArm: '60', rightDp: '49' }); // 0.82, but the ankle pressure is under 50
  await workOut(page);
  cards = page.locator('.abi-result .urgency');
  await expect(cards).toHaveCount(1);
  await expect(page.locator('.abi-result')).toContainText(
    'The higher ankle pressure of your right leg is 49 mmHg, under 50 mmHg.',
  );

  await fill(page, { rightArm: '150', rightDp: '62' }); // 0.41, 62 mmHg: abnormal, a doctor soon
  await workOut(page);
  await expect(resultHeading(page)).toBeFocused();
  await expect(page.locator('.abi-result .urgency')).toHaveCount(1);
  await expect(page.locator('.abi-result .urgency-soon')).toHaveCount(1);

  await fill(page, { rightArm: '100', rightDp: '100' }); // 1.00: no card
  await workOut(page);
  await expect(page.locator('.abi-result .urgency')).toHaveCount(0);
});

test('above 1.40 says the ABI cannot be trusted and points to the toe pressure test', async ({ page }) => {
  await open(page);
  await fill(page, { rightArm: '120', leftArm: '100', rightDp: '180' });
  await workOut(page);
  const result = page.locator('.abi-result');
  await expect(result.locator('.abi-badge')).toHaveText('Cannot be trusted');
  await expect(result).toContainText('toe-brachial index, TBI');
  await expect(result.getByRole('link', { name: 'the toe pressure test (toe-brachial index)' })).toHaveAttribute(
    'href',
    '/leg-pain-diagnosis/#toe-brachial-index',
  );
  // 20 mmHg between the arms is pointed out, without claiming a medical cut-off.
  await expect(result).toContainText('Your 2 arm pressures differ by 20 mmHg.');
  await expect(result).toContainText('not an agreed medical cut-off');
});

test('copy link: the readings go into the #fragment, and opening the link fills the form and shows the result', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await fill(page, fullSet);
  await workOut(page);
  await page.getByRole('button', { name: 'Copy a link to this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
  expect(link).toMatch(
    /\/abi-calculator\/#right-arm=130&left-arm=124&right-dp=117&right-pt=110&left-dp=135&left-pt=140$/,
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(page.url()).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  for (const [id, value] of Object.entries(fullSet) as [Box, string][])
    await expect(input(other, id)).toHaveValue(value);
  await expect(resultHeading(other)).toBeFocused();
  await expect(other.locator('.abi-result')).toContainText('117 mmHg ÷ 130 mmHg = 0.90');

  // Once a box changes, the old result and the old readings in the address bar go.
  await input(other, 'rightArm').fill('140');
  await expect(resultHeading(other)).toHaveCount(0);
  expect(new URL(other.url()).hash).toBe('');
});

test('a link with bad readings fills the form and shows the problems, not a result', async ({ page }) => {
  await open(page, '#right-arm=abc&right-dp=117');
  await expect(input(page, 'rightArm')).toHaveValue('abc');
  await expect(summary(page)).toBeFocused();
  await expect(resultHeading(page)).toHaveCount(0);
});

test('nothing typed leaves the device: the page makes no request and stores nothing while it is used', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await fill(page, { rightArm: 'x' });
  await workOut(page);
  await fill(page, fullSet);
  await workOut(page);
  await expect(resultHeading(page)).toBeFocused();
  await page.getByRole('button', { name: 'Copy a link to this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Print this result' }).click();
  await page.getByRole('button', { name: 'Clear all boxes' }).click();

  // The only fetch is the browser's own: Chromium asks for the tab icon again when the address
  // changes (the copied link's #fragment). The page itself fetches nothing, and no URL holds a reading.
  expect(requests.filter((url) => new URL(url).pathname !== '/favicon.svg')).toEqual([]);
  for (const url of requests) expect(url).not.toMatch(/130|124|117|110|135|140/);
  const storage = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
});

test('Print opens the print dialog, and the printout shows the readings, results and explanation, not the form', async ({
  page,
}) => {
  await open(page, '#right-arm=130&left-arm=124&right-dp=117&left-pt=140');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print this result' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.abi-form')).toBeHidden();
  // Role queries skip hidden elements, so look at every <button> in the markup.
  for (const button of await page.locator('main button').all()) await expect(button).toBeHidden();
  const result = page.locator('.abi-result');
  await expect(resultHeading(page)).toBeVisible();
  await expect(result.locator('.abi-readings')).toBeVisible();
  await expect(result.locator('.abi-readings')).toContainText('Right arm');
  await expect(result).toContainText('117 mmHg ÷ 130 mmHg = 0.90');
  await expect(result.getByText('This is not a diagnosis.')).toBeVisible();
  await expect(result.getByRole('img', { name: /ABI scale/ })).toBeVisible();
  // The printout is a handout for the appointment: the explainer stays on the screen.
  await expect(page.getByRole('heading', { name: 'What the result means' })).toBeHidden();
});

/** Pages in a PDF: one "/Type /Page" object each ("/Type /Pages" is the page tree). */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('a printed result is a handout of at most 2 A4 sheets, without the screen-only notes', async ({ page }) => {
  const results = {
    usual: '#right-arm=130&left-arm=128&right-dp=110&right-pt=117&left-dp=140&left-pt=135',
    // The longest result: both urgency cards, one ankle reading, an arm difference.
    longest: '#right-arm=150&left-arm=120&right-dp=0&right-pt=45&left-dp=190',
  };
  for (const [name, hash] of Object.entries(results)) {
    await page.emulateMedia({ media: 'screen' });
    await open(page, hash);
    await expect(resultHeading(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.print-only').first()).toContainText('Page date:');
    await expect(main.locator('.abi-readings')).toBeVisible();
    // One short "not a diagnosis" line: innerText leaves out what print hides.
    expect(await main.locator('.abi-reminder').evaluate((el) => (el as HTMLElement).innerText.trim())).toBe(
      'This is not a diagnosis. Talk to a doctor about any result.',
    );
    // Each band is named in words on the printed chart, for a black-and-white printer.
    await expect(main.locator('.abi-scale-names')).toBeVisible();
    await expect(main.locator('.abi-scale-names')).toHaveText(/Abnormal\s*Borderline\s*Normal\s*Cannot be\s*trusted/);
    for (const hidden of [
      main.getByText('Your readings stay on your device'),
      main.getByText('If you copy a link to your result'),
      main.getByText('Nothing you type leaves this device.'),
      main.getByRole('heading', { name: 'How the ABI is worked out' }),
      main.getByRole('heading', { name: 'Sources' }),
      main.locator('.not-a-diagnosis'),
    ])
      await expect(hidden, name).toBeHidden();
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(pages, `${name}: printed A4 sheets`).toBeGreaterThanOrEqual(1);
    expect(pages, `${name}: printed A4 sheets`).toBeLessThanOrEqual(2);
  }

  // Without a result, the printout still explains the sum.
  await page.emulateMedia({ media: 'screen' });
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'How the ABI is worked out' })).toBeVisible();
});

test('at 320px the scale keeps its text at 16px or more, numbers under their ticks and clear of the markers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const hash of [
    '#right-arm=130&left-arm=128&right-dp=110&right-pt=117&left-dp=140&left-pt=135',
    '#right-arm=100&right-dp=95&left-dp=97',
    '#right-arm=100&right-dp=20&left-dp=170',
  ]) {
    await open(page, hash);
    const scale = page.locator('.abi-scale-svg');
    await expect(scale).toBeVisible();
    const chart = await scale.evaluate((svg) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      // The size the text is drawn at: its font size times any scaling of the picture.
      const drawnSize = (el: SVGTextElement) => parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 0);
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
      return {
        sizes: texts.map((el) => [el.textContent, drawnSize(el)] as const),
        texts: texts.map((el) => ({ text: el.textContent, ...box(el) })),
        bar: box(svg.querySelector('.abi-scale-band')!),
        ticks: [...svg.querySelectorAll('.abi-scale-tick')].map((el) => {
          const r = el.getBoundingClientRect();
          return r.left + r.width / 2;
        }),
        numbers: [...svg.querySelectorAll('.abi-scale-number')].map((el) => ({ text: el.textContent, ...box(el) })),
        labels: [...svg.querySelectorAll('.abi-scale-label')].map((el) => ({ text: el.textContent, ...box(el) })),
      };
    });
    for (const [text, size] of chart.sizes) expect(size, `${hash}: "${text}"`).toBeGreaterThanOrEqual(16);
    expect(chart.numbers.map((n) => n.text)).toEqual(['0.90', '1.00', '1.40']);
    chart.numbers.forEach((number, i) => {
      expect(
        Math.abs((number.left + number.right) / 2 - chart.ticks[i]!),
        `${number.text} under its tick`,
      ).toBeLessThan(1.5);
      expect(number.top, `${number.text} just under the bar`).toBeGreaterThanOrEqual(chart.bar.bottom);
      expect(number.top - chart.bar.bottom, `${number.text} just under the bar`).toBeLessThan(16);
    });
    for (const label of chart.labels)
      expect(label.bottom, `${label.text} above the bar`).toBeLessThanOrEqual(chart.bar.top);
    for (const [i, a] of chart.texts.entries())
      for (const b of chart.texts.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${hash}: "${a.text}" and "${b.text}" overlap`).toBe(false);
      }
    expect(await horizontalOverflow(page)).toBeNull();
  }
});

test('the result fits a 320px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page, '#right-arm=150&left-arm=120&right-dp=0&right-pt=45&left-dp=190');
  await expect(resultHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Copy a link to this result' }).click();
  await expect(page.getByRole('textbox', { name: 'Link to this result' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeNull();
});

test('the boxes open a number keypad on phones and have tap targets of at least 44px', async ({ page }) => {
  await open(page);
  for (const id of Object.keys(box) as Box[]) {
    await expect(input(page, id)).toHaveAttribute('inputmode', 'decimal');
    const size = await input(page, id).boundingBox();
    expect(size?.height).toBeGreaterThanOrEqual(44);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the empty, error and result states (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await expectNoAxeViolations(page);

    await fill(page, { rightArm: '12', leftArm: '120/80', rightDp: '-5', leftPt: 'abc' });
    await workOut(page);
    await expect(summary(page)).toBeFocused();
    await expectNoAxeViolations(page);

    await fill(page, { ...fullSet, rightArm: '150', rightDp: '0', leftArm: '120' });
    await workOut(page);
    await expect(resultHeading(page)).toBeFocused();
    await page.getByRole('button', { name: 'Copy a link to this result' }).click();
    await expect(page.getByRole('textbox', { name: 'Link to this result' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
