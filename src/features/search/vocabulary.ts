/**
 * The search vocabulary file that scripts/build-search-index.ts writes and the search page reads:
 * its shape, and the front coding of its word list (written by encodeWords, read by decodeWords).
 */

/** What dist/search/vocabulary.json holds. */
export interface SearchVocabulary {
  /** Records in the search index: pages and glossary terms. */
  pages: number;
  /**
   * Glossary terms with their other names and the misspellings people type for them (only when
   * there are any). Their search records carry the Pagefind filter GLOSSARY_FILTER.
   */
  glossary: { term: string; also: string[]; misspelt?: string[] }[];
  /**
   * The first 2 letters of the site's words (encodeParts): each has a file of the words starting
   * with them, front-coded (see encodeWords), which the search page loads only when a search asks.
   */
  wordParts: string;
  /** Words on most pages ("leg", "pain"): they say little about which page is best. */
  common: string[];
}

/** The Pagefind filter that marks the glossary's search records, so results can tell them apart. */
export const GLOSSARY_FILTER = { kind: ['glossary'] } as const;

/**
 * The Pagefind filter that marks pages about the site rather than about leg pain (/about/). Its
 * notes on how the source article was corrected name every medical topic, yet answer none: such a
 * page ranks below articles (see weighPages). The same filter name as the glossary's, so one
 * filter file serves both.
 */
export const SITE_PAGE_FILTER = { kind: ['site'] } as const;

/** The data-pagefind-filter an article of `topic` carries: the about topic is about the site. */
export const searchFilterOf = (topic: string): string | undefined =>
  topic === 'about' ? `kind:${SITE_PAGE_FILTER.kind[0]}` : undefined;

/**
 * Writes sorted words as one string, each as the number of letters it shares with the word before
 * (one digit, so at most 9) followed by the rest: ["ankle", "ankles"] -> "0ankle 5s". About a sixth
 * of the download of a plain list.
 */
export function encodeWords(words: Iterable<string>): string {
  let previous = '';
  return [...new Set(words)]
    .sort()
    .map((word) => {
      if (!/^[a-z0-9]+$/.test(word)) throw new Error(`encodeWords: "${word}" must be lower-case letters and digits`);
      let shared = 0;
      while (shared < 9 && shared < previous.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return shared + word.slice(shared);
    })
    .join(' ');
}

/** Undoes encodeWords: "0ankle 5s" is ["ankle", "ankles"]. */
export function decodeWords(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const item of coded.split(' ')) {
    if (!item) continue;
    const shared = Number(item[0]);
    previous = previous.slice(0, shared) + item.slice(1);
    words.push(previous);
  }
  return words;
}
