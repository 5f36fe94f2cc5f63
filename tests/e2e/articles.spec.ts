/**
 * What every article must be, checked on the built pages: faithful (the fact inventory), safe
 * (urgency cards first), honest (review date, sources, not-a-diagnosis), explained (glossary
 * links) and structured for linking.
 */
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { articleSlugs, articleText, builtHtml, listDir, readJson } from './support/built.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface FactFile {
  slug: string;
  facts: { source: string; all: string[] }[];
}

test('there is one article per section of the source, at the fixed slugs', () => {
  expect(articleSlugs.sort()).toEqual(
    [
      'about',
      'acute-limb-ischemia',
      'arterial-leg-pain',
      'claudication-treatment',
      'dvt-risk-factors',
      'endovascular-treatment',
      'leg-pain',
      'leg-pain-diagnosis',
      'nerve-leg-pain',
      'pad-risk-factors',
      'types-of-leg-pain',
      'vascular-vs-nerve-pain',
      'venous-insufficiency-treatment',
      'venous-leg-pain',
    ].sort(),
  );
});

for (const slug of articleSlugs) {
  test.describe(`/${slug}/`, () => {
    const html = builtHtml(slug);
    const text = articleText(html);

    test('keeps every fact of its source section', () => {
      const { facts } = readJson<FactFile>(`tests/facts/${slug}.json`);
      expect(facts.length).toBeGreaterThan(3);
      const lower = text.toLowerCase();
      const missing = facts.flatMap((f) =>
        f.all.filter((w) => !lower.includes(w.toLowerCase())).map((w) => `"${w}" (for: ${f.source})`),
      );
      expect(missing).toEqual([]);
    });

    test('shows when it last changed, what it was checked against, its sources and that it is not a diagnosis', () => {
      // No clinician has reviewed the site: the label says only what is true.
      expect(html).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">/);
      expect(text).toMatch(/Checked against the source article/);
      expect(text).not.toMatch(/last reviewed|page reviewed/i);
      expect(html).toContain('id="source-source-article"');
      expect(text).toContain('This is not a diagnosis.');
      expect(text).not.toMatch(/reviewed by (a|our) (doctor|clinician|surgeon)|medically reviewed/i);
    });

    test('opens with its urgency cards, then the In brief summary', () => {
      const afterH1 = html.slice(html.indexOf('</h1>'));
      const firstBlock = /<(aside|div|p|section)[^>]*>/.exec(afterH1)?.[0] ?? '';
      const cards = [
        ...afterH1.slice(0, afterH1.indexOf('in-brief')).matchAll(/class="urgency urgency-([a-z-]+)"/g),
      ].map((m) => m[1]);
      if (cards.length > 0) expect(firstBlock).toContain('urgency');
      // Emergencies come before anything urgent.
      expect(cards).toEqual([...cards].sort((a, b) => Number(b === 'emergency') - Number(a === 'emergency')));
      expect(html).toContain('class="panel in-brief"');
    });

    test('gives every section heading a unique id a doctor can link to', () => {
      const ids = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
}

test('pages about an emergency open with its card; pages about a long-lasting condition open with their text', () => {
  const expected: Record<string, string[]> = {
    'acute-limb-ischemia': ['emergency'],
    'dvt-risk-factors': ['emergency'],
    'venous-leg-pain': [],
    'arterial-leg-pain': [],
    'nerve-leg-pain': [],
  };
  for (const [slug, levels] of Object.entries(expected)) {
    const html = builtHtml(slug);
    const head = html.slice(html.indexOf('</h1>'), html.indexOf('class="panel in-brief"'));
    expect(
      [...head.matchAll(/class="urgency urgency-([a-z-]+)"/g)].map((m) => m[1]),
      slug,
    ).toEqual(levels);
  }
});

test('every medical word from the glossary that an article uses is explained there, with a link to the glossary', () => {
  // The glossary files are read as written: the test must not trust the build's own view of them.
  const glossary = listDir('content/glossary').map((file) => {
    const url = new URL(`../../content/glossary/${file}`, import.meta.url);
    const data = parseYaml(readFileSync(url, 'utf8')) as { term: string; also?: string[]; everyday?: boolean };
    return {
      id: file.replace(/\.yaml$/, ''),
      term: data.term,
      also: data.also ?? [],
      everyday: data.everyday === true,
    };
  });
  const unexplained: string[] = [];
  for (const slug of articleSlugs) {
    const html = builtHtml(slug);
    // Words inside a link already lead to an explanation; the sources list and the cards are not running text.
    const body = articleText(
      html
        .replace(/<section aria-labelledby="sources">[\s\S]*?<\/section>/, '')
        .replace(/<aside class="urgency[\s\S]*?<\/aside>/g, '')
        .replace(/<a\b[\s\S]*?<\/a>/g, ''),
    );
    // "spinal stenosis" is the linked term lumbar spinal stenosis, not an unexplained "stenosis".
    const linked = glossary.filter((g) => html.includes(`href="/glossary/#${g.id}"`));
    const unlinkedText = linked
      .flatMap((g) => [g.term, ...g.also])
      .sort((a, b) => b.length - a.length)
      .reduce((text, name) => text.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'), ' '), body);
    for (const { id, term, everyday } of glossary) {
      if (everyday) continue;
      const used = new RegExp(`\\b${escapeRegExp(term)}\\b`, 'i').test(unlinkedText);
      if (used && !html.includes(`href="/glossary/#${id}"`)) unexplained.push(`${slug}: "${term}" (${id})`);
    }
  }
  expect(unexplained).toEqual([]);
});

/** The glossary files as written: each term's id, its shown names and its search-only misspellings. */
const glossaryFiles = () =>
  listDir('content/glossary').map((file) => {
    const data = parseYaml(readFileSync(new URL(`../../content/glossary/${file}`, import.meta.url), 'utf8')) as {
      term: string;
      also?: string[];
      misspelt?: string[];
    };
    return { id: file.replace(/\.yaml$/, ''), term: data.term, also: data.also ?? [], misspelt: data.misspelt ?? [] };
  });

test('the glossary never shows a misspelling, yet searching for one still finds the term', async ({ page }) => {
  const glossary = glossaryFiles();
  const misspelt = glossary.flatMap((g) => g.misspelt);
  expect(misspelt).toContain('diabetis');
  await page.goto('/glossary/');
  const shown = (await page.locator('main').innerText()).toLowerCase();
  for (const word of misspelt) expect(shown, `"${word}" on /glossary/`).not.toContain(word.toLowerCase());
  const diabetes = page.locator('#diabetes + dd');
  await expect(diabetes).toContainText('Also called: diabetes mellitus, high blood sugar, diabetic');

  // The search still knows the misspelling (scripts/build-search-index.ts), so it needs no guess.
  const vocabulary = readJson<{ glossary: { term: string; misspelt?: string[] }[] }>('dist/search/vocabulary.json');
  expect(vocabulary.glossary.find((g) => g.term === 'Diabetes')?.misspelt).toContain('diabetis');
  await page.goto('/search/?q=diabetis');
  await expect(page.getByRole('status').filter({ hasText: /found for “diabetis”/ })).toBeVisible({ timeout: 15_000 });
  const meanings = page.getByRole('region', { name: 'What the words mean' });
  await expect(meanings.getByRole('link', { name: 'Diabetes', exact: true })).toHaveAttribute(
    'href',
    '/glossary/#diabetes',
  );
  // The definition shown is the definition, never the list of search words.
  await expect(page.locator('[data-search-results]')).not.toContainText('diabetis');
});

test('the glossary opens with an A to Z that jumps to each letter on a phone, and keeps every term address', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/glossary/');
  const glossary = glossaryFiles();
  // Doctors link to /glossary/#id: every term keeps its own anchor.
  for (const { id, term } of glossary) await expect(page.locator(`dt[id="${id}"]`)).toHaveText(term);

  const nav = page.getByRole('navigation', { name: 'Glossary A to Z' });
  const letters = new Set(glossary.map((g) => g.term[0]!.toUpperCase()));
  const links = nav.getByRole('link');
  await expect(links).toHaveText([...letters].sort());
  // Letters no term starts with are shown but are not links.
  await expect(nav).toContainText('Q');
  await expect(nav.getByRole('link', { name: 'Q', exact: true })).toHaveCount(0);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box?.width, await link.innerText()).toBeGreaterThanOrEqual(44);
    expect(box?.height, await link.innerText()).toBeGreaterThanOrEqual(44);
    const href = (await link.getAttribute('href')) ?? '';
    const heading = page.locator(`h2[id="${href.slice(1)}"]`);
    await expect(heading, href).toHaveText((await link.innerText()).trim());
  }
  // The first term under a letter starts with that letter.
  await expect(page.locator('h2#letter-s + dl dt').first()).toHaveText(/^\s*S/);

  // With the keyboard: the focus shows, and Enter brings the letter's heading into view.
  const s = nav.getByRole('link', { name: 'S', exact: true });
  await s.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(s).toBeFocused();
  expect(await s.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#letter-s$/);
  await expect(page.locator('#letter-s')).toBeInViewport();
  await expect(page.locator('#letter-s')).toBeFocused();
});

test('every article is reachable from the home page and carries the words patients search with', () => {
  const home = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  for (const slug of articleSlugs) {
    expect(home, `home page links to /${slug}/`).toContain(`href="/${slug}/`);
    const aliases = /data-pagefind-meta="aliases:([^"]*)"/.exec(builtHtml(slug))?.[1] ?? '';
    expect(aliases.split(',').length, `${slug} aliases`).toBeGreaterThanOrEqual(5);
  }
});
