import { describe, expect, it } from 'vitest';
import { buildLexicon, onSite, planQuery, synonymTargetsOffSite, type LexiconSource } from './plan.ts';
import * as vocabulary from './search-vocabulary.ts';

const source: LexiconSource = {
  stopWords: ['my', 'when', 'i', 'in', 'the', 'and', 'at'],
  synonymGroups: [
    { say: ['support stockings', 'flight socks'], search: ['compression stockings'] },
    { say: ['trolley', 'shopping trolley'], search: ['shopping cart', 'cart'] },
    { say: ['pins and needles', 'tingly'], search: ['tingling', 'numbness'] },
    { say: ['clot'], search: ['dvt', 'thrombosis'] },
    { say: ['feet'], search: ['foot'], sameWord: true },
    { say: ['emergency room'], search: ['emergency'] },
  ],
  rewrites: [[/\ba\s*(?:&|and)\s*e\b/gi, ' emergency ']],
  spellingPairs: [['ischaem', 'ischem']],
  misspellings: { vericose: 'varicose' },
  glossary: [{ term: 'Oedema', also: ['edema', 'swelling'], misspelt: ['odema'] }],
  siteWords: [
    'calf',
    'cramp',
    'cramps',
    'walk',
    'walking',
    'ischaemia',
    'ischemia',
    'compression',
    'stockings',
    'shopping',
    'cart',
    'tingling',
    'numbness',
    'oedema',
    // The search index holds a glossary term's misspellings among its aliases.
    'odema',
    'swelling',
    'varicose',
    'veins',
    'angioplasty',
    'dvt',
    'thrombosis',
    'clot',
    'foot',
    'feet',
    'emergency',
  ],
};
const lexicon = buildLexicon(source);
const queries = (q: string) => planQuery(q, lexicon).concepts.map((c) => c.alternatives.map((a) => a.query));

describe('planQuery', () => {
  it('drops words with no meaning of their own and searches each remaining word', () => {
    expect(planQuery('calf cramps when I walk', lexicon)).toEqual({
      concepts: [
        { label: 'calf', alternatives: [{ query: 'calf', weight: 1, sameWord: true }] },
        { label: 'cramps', alternatives: [{ query: 'cramps', weight: 1, sameWord: true }] },
        { label: 'walk', alternatives: [{ query: 'walk', weight: 1, sameWord: true }] },
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
    const withCommon = buildLexicon({
      ...source,
      siteWords: [...(source.siteWords as readonly string[]), 'leg'],
      commonWords: ['leg'],
    });
    expect(planQuery('leg cramps walking', withCommon)).toEqual({
      concepts: [
        { label: 'leg', alternatives: [{ query: '"leg"', weight: 1, sameWord: true }] },
        { label: 'cramps', alternatives: [{ query: 'cramps', weight: 1, sameWord: true }] },
        { label: 'walking', alternatives: [{ query: 'walking', weight: 1, sameWord: true }] },
      ],
      full: 'cramps walking',
    });
    // Only words on most pages: nothing rarer to rank by, so Pagefind's own ranking is kept.
    expect(planQuery('leg', withCommon).concepts[0]!.alternatives).toEqual([
      { query: 'leg', weight: 1, sameWord: true },
    ]);
  });

  it('searches the British spelling of an American word as well', () => {
    expect(queries('ischemia')).toEqual([['ischemia', 'ischaemia']]);
  });

  it('uses the glossary: a term and its other names mean the same', () => {
    expect(queries('edema')).toEqual([['oedema', 'swelling']]);
    expect(queries('swelling')).toEqual([['swelling', 'oedema']]);
  });

  it("leads a glossary term's misspelling to the term, but never searches the misspelling for the term", () => {
    expect(queries('odema')).toEqual([['odema', 'oedema', 'swelling']]);
    expect(queries('oedema')).toEqual([['oedema', 'swelling']]);
  });

  it('corrects known misspellings and slips of the keyboard to words the site holds', () => {
    expect(queries('vericose veins')).toEqual([['varicose'], ['veins']]);
    expect(planQuery('anjioplasty', lexicon).concepts).toEqual([
      { label: 'anjioplasty', alternatives: [{ query: 'angioplasty', weight: 0.8, sameWord: true }] },
    ]);
  });

  it('gives a corrected word its other spellings too', () => {
    expect(queries('ishemia')).toEqual([['ischemia', 'ischaemia']]);
    expect(planQuery('ishemia', lexicon).concepts[0]!.alternatives[0]!.weight).toBeLessThan(1);
  });

  it("marks the other forms of the reader's word, which share its rarity, and counts them in full", () => {
    expect(planQuery('feet', lexicon).concepts[0]!.alternatives).toEqual([
      { query: 'feet', weight: 1, sameWord: true },
      { query: 'foot', weight: 1, sameWord: true },
    ]);
    expect(
      planQuery('clot', lexicon)
        .concepts[0]!.alternatives.filter((a) => a.sameWord)
        .map((a) => a.query),
    ).toEqual(['clot']);
  });

  it('reads marks that splitting into words would lose, such as "A&E"', () => {
    expect(queries('A&E')).toEqual([['emergency']]);
    expect(queries('a & e')).toEqual([['emergency']]);
    expect(queries('a and e')).toEqual([['emergency']]);
  });

  it('does not search a word the site lacks and has no other word for', () => {
    expect(planQuery('helicopter calf', lexicon)).toEqual({
      concepts: [
        { label: 'helicopter', alternatives: [] },
        { label: 'calf', alternatives: [{ query: 'calf', weight: 1, sameWord: true }] },
      ],
      full: null,
    });
  });

  it('gives an empty plan for a search of only small words', () => {
    expect(planQuery('when I', lexicon)).toEqual({ concepts: [], full: null });
  });
});

describe('synonymTargetsOffSite', () => {
  it('names the synonym targets no page holds, ignoring their small words', () => {
    const groups = [
      { say: ['long flight'], search: ['travel', 'compression stockings'] },
      { say: ['a clot'], search: ['clot in the thigh', 'clot in the calf'] },
    ];
    expect(synonymTargetsOffSite(groups, lexicon)).toEqual(['travel', 'clot in the thigh']);
    expect(synonymTargetsOffSite(source.synonymGroups, lexicon)).toEqual([]);
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

describe('the site vocabulary (src/features/search/search-vocabulary.ts)', () => {
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

  it('never lets a phrase shrink, once its small words are dropped, to a word that another group owns', () => {
    const key = (phrase: string) =>
      phrase
        .split(/[^a-z0-9]+/)
        .filter((w) => w && !vocabulary.stopWords.includes(w))
        .join(' ');
    const owner = new Map<string, number>();
    vocabulary.synonymGroups.forEach((group, index) => {
      for (const phrase of group.say) if (phrase === key(phrase)) owner.set(phrase, index);
    });
    const clashes = vocabulary.synonymGroups.flatMap((group, index) =>
      group.say
        .filter((phrase) => phrase !== key(phrase) && owner.has(key(phrase)) && owner.get(key(phrase)) !== index)
        .map((phrase) => `"${phrase}" reads as "${key(phrase)}"`),
    );
    expect(clashes).toEqual([]);
  });

  it('holds only lower-case entries, each phrase at most once per group', () => {
    for (const group of vocabulary.synonymGroups) {
      for (const phrase of [...group.say, ...group.search]) expect(phrase).toBe(phrase.toLowerCase());
      expect(new Set(group.say).size).toBe(group.say.length);
    }
  });
});
