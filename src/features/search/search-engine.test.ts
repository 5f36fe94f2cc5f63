import { describe, expect, it } from 'vitest';
import { createSearchEngine, type PagefindApi, type PagefindFragment } from './engine.ts';
import { buildLexicon } from './plan.ts';
import { cutPageText, TEXT_PART_WORDS } from './page-text.ts';

/**
 * A stand-in for Pagefind over 3 pages and 1 glossary term: like Pagefind, a search finds the
 * pages holding every word (here: starting with it), in the text or in the metadata.
 */
const records: Record<string, PagefindFragment> = {
  arteries: {
    url: '/arterial-leg-pain/',
    content: 'Leg pain from narrowed arteries. Pain when you walk. Your calf cramps when you walk.',
    meta: { title: 'Leg pain from narrowed arteries.', aliases: 'claudication' },
    anchors: [{ element: 'h2', id: 'walking-pain', text: 'Pain when you walk', location: 5 }],
  },
  veins: {
    url: '/venous-leg-pain/',
    content: 'Leg pain from veins. A clot can make your calf swell.',
    meta: { title: 'Leg pain from veins.' },
  },
  nerves: {
    url: '/nerve-leg-pain/',
    content: 'Leg pain from a pinched nerve. It eases when you lean on a shopping cart.',
    meta: { title: 'Leg pain from a pinched nerve.' },
  },
  'glossary-claudication': {
    url: '/glossary/#claudication',
    content: 'Pain in your legs that comes on when you walk.',
    meta: { title: 'Claudication', aliases: 'walking pain' },
  },
};

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

const fakePagefind = (): PagefindApi & { searches: string[]; loads: string[] } => {
  const searches: string[] = [];
  const loads: string[] = [];
  return {
    searches,
    loads,
    search: async (term) => {
      searches.push(term);
      const terms = words(term.replace(/"/g, ''));
      const results = Object.entries(records).flatMap(([id, r]) => {
        const text = words(r.content);
        const meta = words(Object.values(r.meta).join(' '));
        const found = terms.every((t) => text.some((w) => w.startsWith(t)) || meta.some((w) => w.startsWith(t)));
        if (!found) return [];
        const positions = text.flatMap((w, i) => (terms.some((t) => w.startsWith(t)) ? [i] : []));
        const named = terms.some((t) => meta.some((w) => w.startsWith(t)));
        return [
          {
            id,
            score: positions.length + (named ? 5 : 0),
            words: positions,
            matchedMetaFields: named ? ['title'] : undefined,
            data: async () => {
              loads.push(id);
              return records[id]!;
            },
          },
        ];
      });
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
};

const lexicon = buildLexicon({
  stopWords: ['my', 'when', 'i', 'on', 'a'],
  synonymGroups: [{ say: ['trolley'], search: ['shopping cart'] }],
  spellingPairs: [],
  misspellings: {},
  glossary: [{ term: 'Claudication', also: ['walking pain'] }],
  siteWords: [
    ...new Set(Object.values(records).flatMap((r) => words(`${r.content} ${Object.values(r.meta).join(' ')}`))),
  ],
});

/** A site whose only word is "stockings", for the tests of long pages cut into parts. */
const stockingsOnly = buildLexicon({
  stopWords: [],
  synonymGroups: [],
  spellingPairs: [],
  misspellings: {},
  glossary: [],
  siteWords: ['stockings'],
});

const engine = (pagefind = fakePagefind()) =>
  createSearchEngine(pagefind, { lexicon, totalPages: 4, glossaryIds: new Set(['glossary-claudication']) });

describe('the search engine', () => {
  it('finds the answer to a question that no page holds every word of, and leaves out weak matches', async () => {
    // No page says "uphill"; the veins page holds only "calf", too little of the question.
    const outcome = await engine().search('my calf cramps when I walk uphill');
    expect(outcome.pages.map((p) => p.url)).toEqual(['/arterial-leg-pain/#walking-pain']);
    expect(outcome.pages[0]).toEqual({
      url: '/arterial-leg-pain/#walking-pain',
      title: 'Leg pain from narrowed arteries.',
      section: 'Pain when you walk',
      excerpt: [
        { text: 'Your ', mark: false },
        { text: 'calf', mark: true },
        { text: ' ', mark: false },
        { text: 'cramps', mark: true },
        { text: ' when you ', mark: false },
        { text: 'walk', mark: true },
        { text: '.', mark: false },
      ],
    });
  });

  it("finds a page by the site's word for the reader's word", async () => {
    const outcome = await engine().search('trolley');
    expect(outcome.pages.map((p) => p.url)).toEqual(['/nerve-leg-pain/']);
  });

  it('shows a glossary term as a word meaning when the reader names it, not as a page', async () => {
    const outcome = await engine().search('claudication');
    expect(outcome.pages.map((p) => p.url)).toEqual(['/arterial-leg-pain/']);
    expect(outcome.definitions).toEqual([
      {
        url: '/glossary/#claudication',
        title: 'Claudication',
        section: null,
        // Marked: "pain", from the term's other name "walking pain".
        excerpt: [
          { text: 'Pain', mark: true },
          { text: ' in your legs that comes on when you walk.', mark: false },
        ],
      },
    ]);
  });

  it('finds nothing for words the site does not hold, without asking Pagefind', async () => {
    const pagefind = fakePagefind();
    const outcome = await engine(pagefind).search('helicopter');
    expect(outcome.pages).toEqual([]);
    expect(outcome.definitions).toEqual([]);
    expect(pagefind.searches).toEqual([]);
  });

  it('reuses the searches of the last keystrokes, and loads each page’s text once', async () => {
    const pagefind = fakePagefind();
    const search = engine(pagefind);
    await search.search('calf');
    await search.search('calf walk');
    expect(pagefind.searches).toEqual(['calf', 'walk', 'calf walk']);
    expect(pagefind.loads.filter((id) => id === 'arteries')).toEqual(['arteries']);
  });

  it('shows the same result when a fragment holds only its opening and fetches the part the excerpt needs', async () => {
    // A long page whose match sits in its third part.
    const filler = Array.from({ length: TEXT_PART_WORDS * 2 }, () => 'leg').join(' ');
    const whole = `Leg pain from veins. ${filler} Support stockings help swollen legs. ${filler}`;
    const cut = cutPageText(whole);
    const pageOf = (fragment: PagefindFragment): PagefindApi => ({
      search: async (term) =>
        term === 'stockings'
          ? { results: [{ id: 'veins', score: 1, words: [TEXT_PART_WORDS * 2 + 5], data: async () => fragment }] }
          : { results: [] },
    });
    const fetched: string[] = [];
    const options = {
      lexicon: stockingsOnly,
      totalPages: 1,
      glossaryIds: new Set<string>(),
      loadTextPart: async (id: string, n: number) => {
        fetched.push(`${id}/${n}`);
        return cut.parts[n - 1]!;
      },
    };
    const meta = { title: 'Leg pain from veins.' };
    const wholeOutcome = await createSearchEngine(
      pageOf({ url: '/venous-leg-pain/', content: whole, meta }),
      options,
    ).search('stockings');
    const cutOutcome = await createSearchEngine(
      pageOf({ url: '/venous-leg-pain/', content: cut.opening, meta, text_words: cut.totalWords }),
      options,
    ).search('stockings');
    expect(cutOutcome.pages).toEqual(wholeOutcome.pages);
    expect(cutOutcome.pages[0]!.excerpt.find((p) => p.mark)?.text).toBe('stockings');
    expect(fetched).toEqual(['veins/2']);
  });

  it('still shows a result, with an excerpt of its opening, when a part of its text cannot be fetched', async () => {
    const filler = Array.from({ length: TEXT_PART_WORDS * 2 }, () => 'leg').join(' ');
    const cut = cutPageText(`Leg pain from veins. In brief. Veins ache. ${filler} Support stockings help.`);
    const pagefind: PagefindApi = {
      search: async () => ({
        results: [
          {
            id: 'veins',
            score: 1,
            words: [TEXT_PART_WORDS * 2 + 8],
            data: async () => ({
              url: '/venous-leg-pain/',
              content: cut.opening,
              meta: { title: 'Leg pain from veins.' },
              anchors: [{ element: 'h2', id: 'in-brief', text: 'In brief.', location: 4 }],
              text_words: cut.totalWords,
            }),
          },
        ],
      }),
    };
    const outcome = await createSearchEngine(pagefind, {
      lexicon: stockingsOnly,
      totalPages: 1,
      glossaryIds: new Set(),
      loadTextPart: () => Promise.reject(new Error('offline')),
    }).search('stockings');
    expect(outcome.pages).toHaveLength(1);
    expect(outcome.pages[0]!.excerpt.map((p) => p.text).join('')).toMatch(/^Veins ache\. leg leg/);
  });
});
