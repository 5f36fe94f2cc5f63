/**
 * Every word the search page's script writes, in English: the status line, the results' labels and
 * what to try when nothing is found. The page's own markup is in search.astro and SearchForm.astro.
 * A second language is one more file of the same shape (SearchWording).
 */
export const searchWording = {
  loading: 'Loading search…',
  couldNotLoad: 'Sorry, search could not load. Check your connection and try again.',
  /** "You can also browse all topics." */
  alsoBrowse: ['You can also ', 'browse all topics', '.'] as const,
  section: (title: string) => `Section: ${title}`,
  pagesLabel: 'Pages',
  definitionsHeading: 'What the words mean',
  noResults: (query: string) => `No results for “${query}”`,
  found: (pages: number, meanings: number, query: string) => {
    const p = `${pages} ${pages === 1 ? 'page' : 'pages'}`;
    const m = meanings ? ` and ${meanings} ${meanings === 1 ? 'word meaning' : 'word meanings'}` : '';
    return `${p}${m} found for “${query}”`;
  },
  nothingFound: {
    lead: (query: string) => `Sorry, nothing on this site matches “${query}”. You could try:`,
    fewerWords: 'fewer words, or other words for the same thing',
    spelling: 'checking the spelling',
    examples: 'one of these searches: ',
    /** "Or browse all topics, listed below." */
    browse: ['Or ', 'browse all topics', ', listed below.'] as const,
  },
};

export type SearchWording = typeof searchWording;
