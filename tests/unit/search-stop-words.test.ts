import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { forResults, readFragment, writeFragment } from '../../scripts/lib/search-fragments.ts';
import {
  htmlWithoutStopWords,
  isStopToken,
  withoutStopWords,
  withoutTextVersion,
  withTextVersion,
  wordMapBetween,
} from '../../scripts/lib/search-stop-words.ts';
import { createSearchEngine, type PagefindFragment } from '../../src/features/search/engine.ts';
import { buildLexicon } from '../../src/features/search/plan.ts';
import { decodeWordMap, encodeWordMap, toTextPositions } from '../../src/features/search/word-map.ts';

const stop = new Set(['the', 'a', 'in', 'your', 'our', 'when', 'you', 'dont', 'and', 'of', 'my']);

describe('the word map between the index (no stop words) and the page text', () => {
  it('round-trips the words left out before each indexed word', () => {
    expect(encodeWordMap([0, 2, 0, 35])).toBe('020z');
    expect(decodeWordMap('020z')).toEqual([0, 3, 4, 40]);
  });

  it('refuses a run of left-out words too long for one digit', () => {
    expect(() => encodeWordMap([36])).toThrow(/36 words left out in a row; at most 35/);
  });

  it("moves Pagefind's matched positions onto the page text, and leaves a page indexed whole alone", () => {
    const matches = new Map([
      [1, 0.5],
      [2, 1],
    ]);
    expect([...toTextPositions(matches, '020')]).toEqual([
      [3, 0.5],
      [4, 1],
    ]);
    expect(toTextPositions(matches, undefined)).toEqual(matches);
  });
});

describe('the text the index is built from', () => {
  it('leaves out tokens that hold only stop words, with their marks', () => {
    expect(isStopToken('(The', stop)).toBe(true);
    expect(isStopToken("Don't", stop)).toBe(true);
    expect(isStopToken('don&#39;t', stop)).toBe(true);
    expect(isStopToken('calf,', stop)).toBe(false);
    expect(isStopToken('A&amp;E', stop)).toBe(false);
    expect(isStopToken('—', stop)).toBe(false);
    expect(withoutStopWords('Pain in the calf when you walk.', stop)).toBe('Pain calf walk.');
  });

  it('strips the text and the questions metadata, and never scripts, other attributes or the page itself', () => {
    const html =
      '<main data-pagefind-body><h1 id="t" title="the title">The calf</h1>' +
      '<div hidden data-pagefind-meta="questions:Why does my calf hurt?"></div>' +
      '<div hidden data-pagefind-meta="aliases:the calf"></div>' +
      '<script>const the = 1;</script><img src="/qr/x.svg" alt="QR code for the page">' +
      '<p>Pain in <em>the</em> calf.</p></main>';
    expect(htmlWithoutStopWords(html, stop)).toBe(
      '<main data-pagefind-body><h1 id="t" title="the title"> calf</h1>' +
        '<div hidden data-pagefind-meta="questions:Why does calf hurt?"></div>' +
        '<div hidden data-pagefind-meta="aliases:the calf"></div>' +
        '<script>const the = 1;</script>' +
        '<p>Pain <em></em> calf.</p></main>',
    );
  });

  it('maps the words of the lean text onto the whole text, a mark left alone included', () => {
    // "<strong>Our</strong>." leaves "." in the lean text where the whole text has "Our.".
    const map = wordMapBetween('Pain calf. . Rest', 'Pain in the calf. Our. Rest', stop);
    expect(map).not.toBeNull();
    expect(decodeWordMap(map!)).toEqual([0, 3, 4, 5]);
  });

  it('says so when the texts do not line up, so the page is indexed whole', () => {
    expect(wordMapBetween('Pain calf', 'Pain in the leg', stop)).toBeNull();
    expect(wordMapBetween('Pain', 'Pain in the calf', stop)).toBeNull();
  });
});

describe('with Pagefind itself', () => {
  afterAll(() => pagefind.close());

  it("puts each indexed word of the lean page on the same word of the page's whole text", async () => {
    const html =
      '<html lang="en"><body><main data-pagefind-body><h1>The pain in your calf</h1>' +
      '<p>When you walk, <strong>the</strong> calf cramps. <em>Our</em>. Rest eases it.</p>' +
      '<ul><li>Stop and rest.</li><li>Walk again</li></ul></main></body></html>';
    const contentOf = async (content: string) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      await index!.addHTMLFile({ url: '/calf/', content });
      const { files } = await index!.getFiles();
      const fragment = files.find((f) => f.path.includes('fragment/'))!;
      await index!.deleteIndex();
      return readFragment(fragment.content).content;
    };
    const whole = await contentOf(html);
    const lean = await contentOf(htmlWithoutStopWords(html, stop));
    const map = wordMapBetween(lean, whole, stop);
    expect(map).not.toBeNull();
    const wholeWords = whole.split(/\s+/);
    const leanWords = lean.split(/\s+/);
    expect(leanWords.length).toBeLessThan(wholeWords.length);
    decodeWordMap(map!).forEach((at, i) => {
      if (/\w/.test(leanWords[i]!)) expect(wholeWords[at]).toBe(leanWords[i]);
    });
  }, 30_000);
});

describe("the name of a lean record's fragment", () => {
  afterAll(() => pagefind.close());

  it('changes with the whole text, though the index without stop words is the same', async () => {
    expect(withTextVersion('/glossary/#dvt', 'ab12')).toBe('/glossary/?text=ab12#dvt');
    expect(withoutTextVersion('/glossary/?text=ab12#dvt')).toBe('/glossary/#dvt');
    expect(withoutTextVersion(withTextVersion('/calf/', 'ab12'))).toBe('/calf/');
    const fragmentName = async (version: string) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      await index!.addCustomRecord({ url: withTextVersion('/calf/', version), content: 'Pain calf.', language: 'en' });
      const { files } = await index!.getFiles();
      await index!.deleteIndex();
      return files.find((f) => f.path.includes('fragment/'))!.path;
    };
    expect(await fragmentName('aaa')).not.toBe(await fragmentName('bbb'));
  }, 30_000);
});

describe('the fragments a result downloads', () => {
  it('keep the address, text, title and headings, and nothing searched but never shown', () => {
    const fragment = {
      url: '/calf/',
      content: 'Calf pain.',
      word_count: 2,
      meta: { title: 'Calf', aliases: 'leg ache', questions: 'Why?', image: '/qr/calf.svg' },
      anchors: [
        { element: 'h2', id: 'in-brief', text: 'In brief', location: 0 },
        { element: 'div', id: 'box', text: '', location: 1 },
        { element: 'h3', text: 'No id', location: 1 },
      ],
      word_map: '0',
    };
    expect(forResults(fragment)).toEqual({
      url: '/calf/',
      content: 'Calf pain.',
      word_count: 2,
      meta: { title: 'Calf' },
      anchors: [{ element: 'h2', id: 'in-brief', text: 'In brief', location: 0 }],
      word_map: '0',
    });
    expect(readFragment(writeFragment(fragment))).toEqual(fragment);
  });
});

describe('the search engine on a page indexed without stop words', () => {
  it('marks the words the reader searched for in the whole text', async () => {
    const fragment: PagefindFragment = {
      url: '/calf/',
      content: 'Pain in the calf when you walk.',
      meta: { title: 'Calf' },
      // Indexed as "Pain calf walk.": positions 0, 1, 2.
      word_map: '020',
    };
    const lexicon = buildLexicon({
      stopWords: [...stop],
      synonymGroups: [],
      spellingPairs: [],
      misspellings: {},
      siteWords: ['pain', 'calf', 'walk'],
    });
    const engine = createSearchEngine(
      {
        search: async (term) => ({
          results: term === 'calf' ? [{ id: 'calf', score: 1, words: [1], data: async () => fragment }] : [],
        }),
      },
      { lexicon, totalPages: 1, glossaryIds: new Set() },
    );
    const outcome = await engine.search('my calf');
    expect(outcome.pages[0]?.excerpt).toEqual([
      { text: 'Pain in the ', mark: false },
      { text: 'calf', mark: true },
      { text: ' when you walk.', mark: false },
    ]);
  });
});
