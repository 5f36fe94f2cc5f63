import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as vocabulary from './search-vocabulary.ts';
import { buildLexicon, planQuery, planQueryLoading } from './plan.ts';
import { decodeParts, encodeParts, partOf, SiteWords } from './site-words.ts';
import { tokenise } from './text.ts';

// The site's words as the index build takes them (3 letters or more), here from the articles' source.
const articleDir = new URL('../../../content/articles/', import.meta.url);
const siteWords = [
  ...new Set(
    readdirSync(articleDir).flatMap((f) =>
      tokenise(readFileSync(new URL(f, articleDir), 'utf8')).filter((w) => w.length >= 3 && /^[a-z]+$/.test(w)),
    ),
  ),
];
const querySets = ['public', 'held-out', 'blind-dev', 'blind-unseen'].flatMap((set) =>
  (
    JSON.parse(readFileSync(new URL(`../../../tests/search/${set}-queries.json`, import.meta.url), 'utf8')) as {
      queries: { q: string }[];
    }
  ).queries.map((q) => q.q),
);
// Slips of the keyboard and other spellings, which ask for more of the list than the words typed.
const slips = ['calf crmaps', 'varicoce veins', 'edema', 'ischemia', 'sciatca', 'stokings after surgery'];

/** A lexicon whose word list the search page would load part by part, and what it loaded. */
function lazyLexicon() {
  const site = SiteWords.lazy(new Set(siteWords.map(partOf)));
  const loads: string[][] = [];
  const load = async (parts: string[]) => {
    loads.push(parts);
    site.add(
      siteWords.filter((w) => parts.includes(partOf(w))),
      parts,
    );
  };
  return { lexicon: buildLexicon({ ...vocabulary, siteWords: site }), load, loads };
}

describe('the parts of the word list', () => {
  it('are listed compactly by first letter, and read back the same', () => {
    const parts = ['ab', 'ac', 'ba', 'zz'];
    expect(encodeParts(['ba', 'ab', 'zz', 'ac', 'ab'])).toBe('abc ba zz');
    expect(decodeParts(encodeParts(parts))).toEqual(parts);
  });
});

describe('the site word list loaded part by part', () => {
  const whole = buildLexicon({ ...vocabulary, siteWords });

  it('plans every search of the query sets exactly as the whole list does', async () => {
    for (const query of [...querySets, ...slips]) {
      const { lexicon, load } = lazyLexicon();
      expect(await planQueryLoading(query, lexicon, load), query).toEqual(planQuery(query, whole));
    }
  });

  it('loads only the parts of the words a search asks about, and all of them for a slip', async () => {
    const calf = lazyLexicon();
    await planQueryLoading('calf cramps', calf.lexicon, calf.load);
    expect(calf.loads.flat().sort()).toEqual(['ca', 'cr']);

    const slip = lazyLexicon();
    await planQueryLoading('sciatca', slip.lexicon, slip.load);
    expect(new Set(slip.loads.flat())).toEqual(new Set(siteWords.map(partOf)));
  });

  it('does not load a part twice', async () => {
    const { lexicon, load, loads } = lazyLexicon();
    await planQueryLoading('calf cramps', lexicon, load);
    await planQueryLoading('cramp in my calf', lexicon, load);
    expect(loads).toEqual([['ca', 'cr']]);
  });
});
