/**
 * The mechanisms that let search answer questions it was never tuned on: class codes, intents,
 * relaxation of long questions, the vocabulary's word list, and the index's page text.
 */
import { describe, expect, it } from 'vitest';
import { classCodeRewrites } from './class-codes.ts';
import { createSearchEngine, type PagefindApi, type PagefindFragment } from './engine.ts';
import { matchIntents, type Intent } from './intents.ts';
import { buildLexicon, planQuery, relaxations } from './plan.ts';
import { promote, rankPages } from './rank.ts';
import { tokenise } from './text.ts';
import { decodeWords, encodeWords, searchFilterOf, SITE_PAGE_FILTER } from './vocabulary.ts';
import { classCodes, intents as siteIntents } from './search-vocabulary.ts';
import { searchableText, separateCells } from '../../../scripts/lib/page-text.ts';

const rewrite = (text: string) =>
  classCodeRewrites(classCodes).reduce((t, [pattern, to]) => t.replace(pattern, to as (m: string) => string), text);

describe('class codes', () => {
  it('reads a CEAP class from a clinic letter as what it means, keeping the code', () => {
    expect(tokenise(rewrite('C4 venous'))).toEqual(['c4', 'skin', 'changes', 'venous']);
    expect(tokenise(rewrite('CEAP class C6s'))).toEqual(['c6', 'open', 'ulcer']);
  });

  it('reads Fontaine and Rutherford stages, the longer class first (IIb is not II then b)', () => {
    expect(tokenise(rewrite('Fontaine stage IIb'))).toEqual(['claudication']);
    expect(tokenise(rewrite('rutherford category 4'))).toEqual(['rest', 'pain']);
    expect(tokenise(rewrite('Rutherford IIb'))).toEqual(['acute', 'limb', 'ischaemia']);
  });

  it('leaves ordinary words alone: a "c" or a stage without its system is not a class', () => {
    expect(rewrite('vitamin c and stage 2')).toBe('vitamin c and stage 2');
    expect(rewrite('c4s5')).toBe('c4s5');
  });

  it('keeps a letter-and-digit code as one word, as the index holds "C4"', () => {
    expect(tokenise('C4: skin changes')).toEqual(['c4', 'skin', 'changes']);
  });

  it('plans a search for the code and for what it means', () => {
    const lexicon = buildLexicon({
      stopWords: ['my', 'says'],
      synonymGroups: [],
      rewrites: classCodeRewrites(classCodes),
      spellingPairs: [],
      misspellings: {},
      siteWords: ['skin', 'changes', 'claudication', 'letter'],
    });
    expect(planQuery('my letter says C4', lexicon).concepts.map((c) => c.label)).toEqual([
      'letter',
      'c4',
      'skin',
      'changes',
    ]);
    expect(planQuery('Fontaine IIb', lexicon).concepts.map((c) => c.label)).toEqual(['claudication']);
  });
});

describe('intents', () => {
  const intents: Intent[] = [
    { page: '/handout/', search: 'handout', triggers: ['print*', 'take doctor'] },
    { page: '/about/', search: 'about', triggers: ['who wrote'] },
  ];

  it('finds the tool a search asks for, by every word of a trigger in any order', () => {
    expect(matchIntents('something printable for my GP', intents).map((i) => i.page)).toEqual(['/handout/']);
    expect(matchIntents('what should I take to the doctor', intents).map((i) => i.page)).toEqual(['/handout/']);
    expect(matchIntents('Who actually wrote this?', intents).map((i) => i.page)).toEqual(['/about/']);
  });

  it('asks for no tool when only part of a trigger is there', () => {
    expect(matchIntents('who is at risk of a clot', intents)).toEqual([]);
    expect(matchIntents('doctor', intents)).toEqual([]);
  });

  it("routes the site's tool questions to the tool pages", () => {
    const page = (q: string) => matchIntents(q, siteIntents)[0]?.page;
    expect(page('leaflet for my appointment')).toBe('/handout/');
    expect(page('calculate my ABI')).toBe('/abi-calculator/');
    expect(page('is it my back or my arteries')).toBe('/shopping-cart-sign-quiz/');
    expect(page('is this checked by a doctor')).toBe('/about/');
    expect(page('calf pain when walking')).toBeUndefined();
  });
});

describe('relaxation of long questions', () => {
  it('drops the word most pages hold first, and keeps at least 2 words', () => {
    const words = [
      { query: 'calf', pages: 3 },
      { query: 'cramp', pages: 2 },
      { query: 'walking', pages: 12 },
      { query: 'shops', pages: 1 },
    ];
    expect(relaxations(words)).toEqual(['calf cramp shops', 'cramp shops']);
  });

  it('drops the later word on a tie, and has nothing to drop from 2 words', () => {
    expect(
      relaxations([
        { query: 'a', pages: 5 },
        { query: 'b', pages: 5 },
        { query: 'c', pages: 1 },
      ]),
    ).toEqual(['a c']);
    expect(
      relaxations([
        { query: 'a', pages: 5 },
        { query: 'b', pages: 5 },
      ]),
    ).toEqual([]);
  });

  it('gives a page holding part of a long question a smaller bonus than one holding all of it', () => {
    const concepts = [[{ weight: 1, hits: [{ id: 'p', score: 1, words: [0] }] }]];
    const whole = rankPages(concepts, [{ id: 'p', score: 1, words: [0] }], 10, 1)[0]!.score;
    const part = rankPages(concepts, [{ id: 'p', score: 1, words: [0] }], 10, 0.5)[0]!.score;
    expect(part).toBeLessThan(whole);
    expect(part).toBeGreaterThan(rankPages(concepts, null, 10)[0]!.score);
  });
});

describe('promote', () => {
  it('puts the asked-for page first without raising the best score, the rest in order', () => {
    const page = (id: string, score: number) => ({ id, score, coverage: score, named: false, locations: new Map() });
    const promoted = promote([page('a', 1), page('b', 0.8), page('tool', 0.2)], 'tool');
    expect(promoted.map((p) => [p.id, p.score])).toEqual([
      ['tool', 1],
      ['a', 1],
      ['b', 0.8],
    ]);
    expect(promote([page('a', 1)], 'tool').map((p) => p.id)).toEqual(['tool', 'a']);
  });

  it('shows the asked-for page by its opening, not by where its text holds the words', () => {
    const about = { id: 'about', score: 0.4, coverage: 0.4, named: false, locations: new Map([[900, 1]]) };
    expect(promote([about], 'about')[0]!.locations.size).toBe(0);
  });
});

describe('the vocabulary word list', () => {
  it('round-trips through encodeWords and decodeWords, sorted and without repeats', () => {
    const words = [
      'ankles',
      'ankle',
      'calf',
      'c4',
      'swelling',
      'swellings',
      'ankle',
      'abcdefghijklmnop',
      'abcdefghijklmnoq',
    ];
    const coded = encodeWords(words);
    expect(coded.startsWith('0abcdefghijklmnop 9jklmnoq')).toBe(true);
    expect(decodeWords(coded)).toEqual([...new Set(words)].sort());
  });

  it('refuses a word it could not read back, naming it', () => {
    expect(() => encodeWords(['calf pain'])).toThrow(/"calf pain"/);
  });
});

describe('the text of a built page', () => {
  it('is the searchable part, without ignored parts, with its search metadata', () => {
    const html = `<html><body><header>Menu</header><article data-pagefind-body><h1>Veins</h1>
      <div hidden data-pagefind-meta="questions:Why are my legs heavy?"></div>
      <nav data-pagefind-ignore>On this page</nav><p>Heavy&nbsp;legs &amp; swelling</p><script>var x</script></article></body></html>`;
    expect(searchableText(html)).toBe('Veins Why are my legs heavy? Heavy legs & swelling');
    expect(searchableText('<html><body><p>Home</p></body></html>')).toBeNull();
  });

  it('closes each table cell and list item with a full stop glued to its last word, so excerpts keep them apart', () => {
    expect(separateCells('<ul><li>Walk (Nadeau, 2013) </span> </li><li>Rest?</li></ul>')).toBe(
      '<ul><li>Walk (Nadeau, 2013). </span> </li><li>Rest?</li></ul>',
    );
    expect(separateCells('<tr><th>Question</th><td>Walking, <strong>uphill</strong></td><td>Rest.</td></tr>')).toBe(
      '<tr><th>Question.</th><td>Walking, <strong>uphill.</strong></td><td>Rest.</td></tr>',
    );
  });
});

describe('the engine with intents and relaxation', () => {
  const records: Record<string, PagefindFragment> = {
    arteries: { url: '/arteries/', content: 'Calf cramp when walking uphill.', meta: { title: 'Arteries' } },
    veins: { url: '/veins/', content: 'Heavy legs and walking in the evening.', meta: { title: 'Veins' } },
    handout: { url: '/handout/', content: 'Print pages for a patient.', meta: { title: 'Make a handout' } },
  };
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
  const fake = (): PagefindApi & { searches: string[]; loads: string[]; preloads: string[] } => {
    const searches: string[] = [];
    const loads: string[] = [];
    const preloads: string[] = [];
    return {
      searches,
      loads,
      preloads,
      preload: async (term) => void preloads.push(term),
      search: async (term) => {
        searches.push(term);
        const terms = words(term);
        const results = Object.entries(records).flatMap(([id, r]) => {
          const text = words(`${r.content} ${r.meta.title}`);
          if (!terms.every((t) => text.includes(t))) return [];
          const positions = words(r.content).flatMap((w, i) => (terms.includes(w) ? [i] : []));
          return [{ id, score: positions.length, words: positions, data: async () => (loads.push(id), records[id]!) }];
        });
        return { results };
      },
    };
  };
  const lexicon = buildLexicon({
    stopWords: ['my', 'the', 'for', 'a', 'to', 'of'],
    synonymGroups: [],
    spellingPairs: [],
    misspellings: {},
    siteWords: [...new Set(Object.values(records).flatMap((r) => words(`${r.content} ${r.meta.title}`)))],
  });
  const intents: Intent[] = [{ page: '/handout/', search: 'handout', triggers: ['leaflet'] }];
  const make = (pagefind: ReturnType<typeof fake>) =>
    createSearchEngine(pagefind, { lexicon, totalPages: 3, glossaryIds: new Set(), intents });

  it('puts the tool page first when the search asks for it, though no word of it is on the page', async () => {
    const outcome = await make(fake()).search('leaflet about calf cramp');
    expect(outcome.pages.map((p) => p.url)).toEqual(['/handout/', '/arteries/']);
  });

  it('drops the commonest word of a question no page answers in full, and searches the rest together', async () => {
    const pagefind = fake();
    await make(pagefind).search('calf cramp walking evening');
    // No page holds all 4; "walking" (on 2 pages) goes first.
    expect(pagefind.searches).toContain('calf cramp evening');
  });

  it('loads the text only of the pages it shows, and preloads the words being typed', async () => {
    const pagefind = fake();
    const engine = make(pagefind);
    const outcome = await engine.search('uphill');
    expect(outcome.pages.map((p) => p.url)).toEqual(['/arteries/']);
    expect(pagefind.loads).toEqual(['arteries']);
    engine.preload('heavy legs');
    await expect.poll(() => pagefind.preloads).toEqual(['heavy', 'legs']);
  });

  it('fetches no page text for a search the reader has already typed past', async () => {
    const pagefind = fake();
    const outcome = await make(pagefind).search('uphill', () => false);
    expect(outcome.pages).toEqual([]);
    expect(pagefind.loads).toEqual([]);
  });
});

describe('the search filter of an article', () => {
  it('marks the article about the site, so search ranks it below the articles about leg pain', () => {
    expect(searchFilterOf('about')).toBe(`kind:${SITE_PAGE_FILTER.kind[0]}`);
    for (const topic of ['overview', 'arteries', 'veins', 'nerves']) expect(searchFilterOf(topic)).toBeUndefined();
  });
});
