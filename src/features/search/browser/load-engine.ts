/**
 * Loads Pagefind and the search vocabulary the first time the reader opens search, and builds the
 * search engine (src/features/search/engine.ts) on them. Nothing here runs before that moment.
 */
import { createSearchEngine, type PagefindApi, type SearchEngine } from '../engine.ts';
import { buildLexicon } from '../plan.ts';
import { classCodeRewrites } from '../class-codes.ts';
import { decodeWords, GLOSSARY_FILTER, SITE_PAGE_FILTER, type SearchVocabulary } from '../vocabulary.ts';
import {
  classCodes,
  intents,
  misspellings,
  rewrites,
  spellingPairs,
  stopWords,
  synonymGroups,
} from '../search-vocabulary.ts';
import {
  allSiteWordsPath,
  pagefindRanking,
  searchVocabularyPath,
  siteWordParts,
  siteWordsPath,
  topAnchors,
} from '../search-settings.ts';
import { decodeParts, SiteWords } from '../site-words.ts';
import { rememberedPromises } from '../remembered.ts';
import { textPartPath } from '../page-text.ts';

interface PagefindModule extends PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: PagefindApi['search'] &
    ((term: null, options: { filters: Record<string, readonly string[]> }) => ReturnType<PagefindApi['search']>);
}

let engine: Promise<SearchEngine> | null = null;

async function load(): Promise<SearchEngine> {
  // A variable path keeps the bundler from looking for Pagefind, which exists only after the build.
  const pagefindPath = '/pagefind/pagefind.js';
  const [pagefind, vocabulary] = await Promise.all([
    import(/* @vite-ignore */ pagefindPath) as Promise<PagefindModule>,
    fetch(searchVocabularyPath).then((r) => {
      if (!r.ok) throw new Error(`${searchVocabularyPath}: ${r.status}`);
      return r.json() as Promise<SearchVocabulary>;
    }),
  ]);
  // On the main thread: the index is small, and the worker would be another download.
  await pagefind.options({ noWorker: true, ranking: pagefindRanking });
  await pagefind.init();
  // The glossary's records, shown as word meanings, and the pages about the site, by the filters
  // the index build and the article template give them (one filter file holds both).
  const [glossary, sitePages] = await Promise.all([
    pagefind.search(null, { filters: GLOSSARY_FILTER }),
    pagefind.search(null, { filters: SITE_PAGE_FILTER }),
  ]);
  const site = SiteWords.lazy(decodeParts(vocabulary.wordParts));
  const lexicon = buildLexicon({
    stopWords,
    synonymGroups,
    rewrites: [...rewrites, ...classCodeRewrites(classCodes)],
    spellingPairs,
    misspellings,
    glossary: vocabulary.glossary,
    siteWords: site,
    commonWords: vocabulary.common,
  });
  return createSearchEngine(pagefind, {
    lexicon,
    loadSiteWords: (parts) => loadWords(site, parts),
    loadTextPart: (id, n) => fetchText(textPartPath(id, n)),
    totalPages: vocabulary.pages,
    glossaryIds: new Set(glossary?.results.map((r) => r.id) ?? []),
    sitePageIds: new Set(sitePages?.results.map((r) => r.id) ?? []),
    topAnchors,
    intents,
  });
}

/** A text file of the search's own; a failed fetch throws, so the search says it could not load. */
const fetchText = (path: string) =>
  fetch(path).then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.text();
  });

const rememberFile = rememberedPromises<string, string>();
/** A word file, fetched once; a failed fetch is tried again on the next search. */
const wordFile = (path: string) => rememberFile(path, () => fetchText(path));

/** Loads parts of the site's word list: each part's file, or the whole list when many are asked for. */
async function loadWords(site: SiteWords, parts: string[]): Promise<void> {
  if (parts.length > siteWordParts) {
    site.add(decodeWords(await wordFile(allSiteWordsPath)), site.allParts());
    return;
  }
  await Promise.all(parts.map(async (part) => site.add(decodeWords(await wordFile(siteWordsPath(part))), [part])));
}

/** The search engine, loaded once; a failed load is tried again on the next call. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= load().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}
