/**
 * Loads Pagefind and the search vocabulary the first time the reader opens search, and builds the
 * search engine (src/features/search/engine.ts) on them. Nothing here runs before that moment.
 */
import { createSearchEngine, type PagefindApi, type SearchEngine } from '../engine.ts';
import { buildLexicon } from '../plan.ts';
import { classCodeRewrites } from '../class-codes.ts';
import { decodeWords, GLOSSARY_FILTER, type SearchVocabulary } from '../vocabulary.ts';
import {
  classCodes,
  intents,
  misspellings,
  rewrites,
  spellingPairs,
  stopWords,
  synonymGroups,
} from '../search-vocabulary.ts';
import { pagefindRanking, searchVocabularyPath, topAnchors } from '../search-settings.ts';

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
  // The glossary's records, by the filter the index build gives them: shown as word meanings.
  const glossary = await pagefind.search(null, { filters: GLOSSARY_FILTER });
  const lexicon = buildLexicon({
    stopWords,
    synonymGroups,
    rewrites: [...rewrites, ...classCodeRewrites(classCodes)],
    spellingPairs,
    misspellings,
    glossary: vocabulary.glossary,
    siteWords: decodeWords(vocabulary.words),
    commonWords: vocabulary.common,
  });
  return createSearchEngine(pagefind, {
    lexicon,
    totalPages: vocabulary.pages,
    glossaryIds: new Set(glossary?.results.map((r) => r.id) ?? []),
    topAnchors,
    intents,
  });
}

/** The search engine, loaded once; a failed load is tried again on the next call. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= load().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}
