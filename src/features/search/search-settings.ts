/** Settings of the site search, shared by the search UI and the quality benchmark. */

/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/). metaWeights boost a page whose title or
 * aliases (the words patients use, from each article's frontmatter and the glossary's "also" and
 * "misspelt") hold the searched word: a page about a thing beats a page that mentions it. The
 * questions a page answers (frontmatter `questions`) count a little less than its aliases.
 */
export const pagefindRanking = {
  metaWeights: { title: 5, aliases: 3, questions: 2 },
} as const;

/** Where scripts/build-search-index.ts writes the vocabulary the query handling needs. */
export const searchVocabularyPath = '/search/vocabulary.json';

/** The site's words starting with one letter, and all of them (see site-words.ts). */
export const siteWordsPath = (part: string): string => `/search/words/${part}.txt`;
export const allSiteWordsPath = '/search/words/all.txt';
/** A search asking for more parts than this loads the whole list in one file instead. */
export const siteWordParts = 12;

/** Heading ids that open every article ("In brief"): a match there links to the top of the page. */
export const topAnchors = ['in-brief'] as const;

/** Searches suggested when nothing is found: everyday words, each with answers on the site. */
export const exampleSearches = ['calf pain when walking', 'swollen leg', 'varicose veins', 'pins and needles'] as const;
