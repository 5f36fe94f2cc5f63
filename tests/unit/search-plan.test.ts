import { describe, expect, it } from 'vitest';
import { buildLexicon, onSite, planQuery, type LexiconSource } from '../../src/lib/search/plan.ts';
import * as vocabulary from '../../src/data/search-vocabulary.ts';

const source: LexiconSource = {
  stopWords: ['my', 'when', 'i', 'in', 'the', 'and', 'at'],
  synonymGroups: [
    { say: ['support stockings', 'flight socks'], search: ['compression stockings'] },
    { say: ['trolley', 'shopping trolley'], search: ['shopping cart', 'cart'] },
    { say: ['pins and needles', 'tingly'], search: ['tingling', 'numbness'] },
    { say: ['clot'], search: ['dvt', 'thrombosis'] },
  ],
  spellingPairs: [['ischaem', 'ischem']],
  misspellings: { vericose: 'varicose' },
  glossary: [{ term: 'Oedema', also: ['edema', 'swelling'] }],
  siteWords: [
    'calf',
    'cramp',
    'cramps',
    'walk',
    'walking',
    'ischaemia',
    'compression',
    'stockings',
    'shopping',
    'cart',
    'tingling',
    'numbness',
    'oedema',
    'swelling',
    'varicose',
    'veins',
    'angioplasty',
    'dvt',
    'thrombosis',
    'clot',
  ],
};
const lexicon = buildLexicon(source);
const queries = (q: string) => planQuery(q, lexicon).concepts.map((c) => c.alternatives.map((a) => a.query));

describe('planQuery', () => {
  it('drops words with no meaning of their own and searches each remaining word', () => {
    expect(planQuery('calf cramps when I walk', lexicon)).toEqual({
      concepts: [
        { label: 'calf', alternatives: [{ query: 'calf', weight: 1 }] },
        { label: 'cramps', alternatives: [{ query: 'cramps', weight: 1 }] },
        { label: 'walk', alternatives: [{ query: 'walk', weight: 1 }] },
      ],
      full: 'calf cramps walk',
    });
  });

  it("reads a patient's phrase as one concept and adds the site's words for it", () => {
    expect(queries('support stockings')).toEqual([['compression stockings']]);
    expect(queries('pins and needles in my calf')).toEqual([['tingling', 'numbness'], ['calf']]);
  });

  it('searches short synonyms exactly, so "dvt" cannot match longer words starting with it', () => {
    expect(queries('clot')).toEqual([['clot', '"dvt"', 'thrombosis']]);
  });

  it('searches a word on most pages exactly, and leaves it out of the search for every word at once', () => {
    const withCommon = buildLexicon({ ...source, siteWords: [...source.siteWords!, 'leg'], commonWords: ['leg'] });
    expect(planQuery('leg cramps walking', withCommon)).toEqual({
      concepts: [
        { label: 'leg', alternatives: [{ query: '"leg"', weight: 1 }] },
        { label: 'cramps', alternatives: [{ query: 'cramps', weight: 1 }] },
        { label: 'walking', alternatives: [{ query: 'walking', weight: 1 }] },
      ],
      full: 'cramps walking',
    });
    // Only words on most pages: nothing rarer to rank by, so Pagefind's own ranking is kept.
    expect(planQuery('leg', withCommon).concepts[0]!.alternatives).toEqual([{ query: 'leg', weight: 1 }]);
  });

  it('searches the British spelling of an American word', () => {
    expect(queries('ischemia')).toEqual([['ischaemia']]);
  });

  it('uses the glossary: a term and its other names mean the same', () => {
    expect(queries('edema')).toEqual([['oedema', 'swelling']]);
    expect(queries('swelling')).toEqual([['swelling', 'oedema']]);
  });

  it('corrects known misspellings and slips of the keyboard to words the site holds', () => {
    expect(queries('vericose veins')).toEqual([['varicose'], ['veins']]);
    expect(planQuery('anjioplasty', lexicon).concepts).toEqual([
      { label: 'anjioplasty', alternatives: [{ query: 'angioplasty', weight: 0.8 }] },
    ]);
  });

  it('does not search a word the site lacks and has no other word for', () => {
    expect(planQuery('helicopter calf', lexicon)).toEqual({
      concepts: [
        { label: 'helicopter', alternatives: [] },
        { label: 'calf', alternatives: [{ query: 'calf', weight: 1 }] },
      ],
      full: null,
    });
  });

  it('gives an empty plan for a search of only small words', () => {
    expect(planQuery('when I', lexicon)).toEqual({ concepts: [], full: null });
  });
});

describe('onSite', () => {
  it('accepts words of the site, other endings of them, and numbers', () => {
    expect(onSite('walking', lexicon)).toBe(true);
    expect(onSite('walks', lexicon)).toBe(true);
    expect(onSite('swellings', lexicon)).toBe(true);
    expect(onSite('0.9', lexicon)).toBe(true);
    expect(onSite('trolley', lexicon)).toBe(false);
  });
});

describe('the site vocabulary (src/data/search-vocabulary.ts)', () => {
  const real = buildLexicon({ ...vocabulary, siteWords: [] });

  it('maps everyday words to the medical words the articles use', () => {
    const alternatives = (q: string) => planQuery(q, real).concepts.flatMap((c) => c.alternatives.map((a) => a.query));
    expect(alternatives('support stockings')).toContain('compression stockings');
    expect(alternatives('pins and needles')).toContain('tingling');
    expect(alternatives('shopping trolley')).toContain('shopping cart');
    expect(alternatives('hardening of the arteries')).toContain('atherosclerosis');
    expect(alternatives('blood thinners')).toContain('anticoagulant');
    expect(alternatives('short of breath')).toContain('breathless');
  });

  it('holds only lower-case entries, each phrase at most once per group', () => {
    for (const group of vocabulary.synonymGroups) {
      for (const phrase of [...group.say, ...group.search]) expect(phrase).toBe(phrase.toLowerCase());
      expect(new Set(group.say).size).toBe(group.say.length);
    }
  });
});
