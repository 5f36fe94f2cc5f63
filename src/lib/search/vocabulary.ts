/** Reads the search vocabulary file that scripts/build-search-index.mjs writes. */

/** What dist/search/vocabulary.json holds. */
export interface SearchVocabulary {
  /** Records in the search index: pages and glossary terms. */
  pages: number;
  /**
   * Glossary terms with their other names, the misspellings people type for them (only when there
   * are any) and the id of their search record.
   */
  glossary: { term: string; also: string[]; misspelt?: string[]; record: string }[];
  /** The site's words, front-coded (see decodeWords). */
  words: string;
  /** Words on most pages ("leg", "pain"): they say little about which page is best. */
  common: string[];
}

/**
 * Undoes the front coding of the word list: each item is the number of letters shared with the
 * word before (one digit) followed by the rest, so "0ankle 5s" is ["ankle", "ankles"].
 */
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
