/**
 * Runs a reader's search against Pagefind: plans it (plan.ts), runs each search of the plan,
 * ranks the pages (rank.ts) and builds the results to show (excerpt.ts). It takes Pagefind as a
 * parameter, so the site, the quality benchmark and the unit tests run the same code.
 */
import { excerptParts, planExcerpt, titleWordsAtStart, type Anchor, type ExcerptPart } from './excerpt.ts';
import { matchIntents, type Intent } from './intents.ts';
import { planQueryLoading, relaxations, type Alternative, type Lexicon, type QueryPlan } from './plan.ts';
import { toTextPositions } from './word-map.ts';
import { rememberedPromises } from './remembered.ts';
import { partsHolding, textWords, wordsFrom } from './page-text.ts';
import { promote, rankPages, weighPages, type AlternativeHits, type Hit, type RankedPage } from './rank.ts';

/** The part of a Pagefind fragment (a result's data) the results need. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: Anchor[];
  /** Where the indexed words sit in the text (the index leaves stop words out; see word-map.ts). */
  word_map?: string;
  /**
   * The words in the page's whole text, when `content` holds only its opening part and the rest
   * is fetched part by part (page-text.ts). Absent when `content` is the whole text.
   */
  text_words?: number;
}

export interface PagefindResult extends Hit {
  data: () => Promise<PagefindFragment>;
}

/** What the engine needs of Pagefind's JS API. */
export interface PagefindApi {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  /** Starts loading the index for a search without running it (Pagefind's preload). */
  preload?: (term: string) => Promise<void>;
}

export interface SearchResult {
  /** Address to link to: the page, or the matching section of it. */
  url: string;
  /** Page title, or the glossary term. */
  title: string;
  /** The matching section, when there is one. */
  section: string | null;
  excerpt: ExcerptPart[];
}

export interface SearchOutcome {
  query: string;
  /** Best pages first. */
  pages: SearchResult[];
  /** Glossary terms that match the search well. */
  definitions: SearchResult[];
  plan: QueryPlan;
}

export interface EngineOptions {
  lexicon: Lexicon;
  /**
   * Loads parts of the site's word list (SiteWords.lazy) into the lexicon: the search page loads
   * only the parts a search asks about. Not needed when the lexicon holds the whole list.
   */
  loadSiteWords?: (parts: string[]) => Promise<void>;
  /** Fetches part `n` of the text of result `id` (page-text.ts). Needed when fragments hold only the opening. */
  loadTextPart?: (id: string, n: number) => Promise<string>;
  /** Number of records in the index, for how rare a word is. */
  totalPages: number;
  /** Pagefind ids of the glossary's records: they are shown as definitions, not pages. */
  glossaryIds: ReadonlySet<string>;
  /** Pagefind ids of pages about the site, not leg pain: they rank below articles (SITE_PAGE_FILTER). */
  sitePageIds?: ReadonlySet<string>;
  /** What a page about the site's score counts for, unless a search asks for it by intent. */
  sitePageWeight?: number;
  maxPages?: number;
  maxDefinitions?: number;
  /** A page is shown only if it scores at least this share of the best page's score. */
  relativeCutoff?: number;
  /** A definition is shown only if the reader named the term and it matches this share of the question. */
  definitionCoverage?: number;
  /** Heading ids not worth linking to (passed to planExcerpt). */
  topAnchors?: readonly string[];
  /** Searches that ask for a tool page ("print", "who wrote this"): that page comes first. */
  intents?: readonly Intent[];
}

export interface SearchEngine {
  /**
   * Runs a search. `wanted` is asked before the results' texts are fetched: when it says no (the
   * reader has typed on), the outcome comes back without pages or definitions and costs no download.
   */
  search: (query: string, wanted?: () => boolean) => Promise<SearchOutcome>;
  /** Starts loading what a search will need while the reader is still typing it. */
  preload: (query: string) => void;
}

/** Sub-searches kept between keystrokes: typing "calf cra" then "calf cramp" reuses "calf". */
const CACHE_SIZE = 200;

export function createSearchEngine(pagefind: PagefindApi, options: EngineOptions): SearchEngine {
  const {
    lexicon,
    loadSiteWords,
    loadTextPart,
    totalPages,
    glossaryIds,
    sitePageIds = new Set<string>(),
    sitePageWeight = 0.5,
    maxPages = 5,
    maxDefinitions = 2,
    relativeCutoff = 0.5,
    definitionCoverage = 0.5,
    topAnchors = [],
    intents = [],
  } = options;
  const cache = new Map<string, Promise<PagefindResult[]>>();
  // A page's text, title and headings never change; Pagefind would redo its own excerpt work on
  // every call of data(), which the engine does not use.
  const rememberFragment = rememberedPromises<string, PagefindFragment>();
  const fragmentOf = (result: PagefindResult) => rememberFragment(result.id, () => result.data());

  // The parts of a page's text an excerpt needs beyond the fragment's opening, each fetched once.
  const rememberPart = rememberedPromises<string, string>();
  async function textParts(id: string, start: number, end: number) {
    if (!loadTextPart) throw new Error('search: this index needs loadTextPart to show its excerpts');
    const wanted = partsHolding(start, end);
    const texts = await Promise.all(wanted.map((n) => rememberPart(`${id}/${n}`, () => loadTextPart(id, n))));
    return new Map(wanted.map((n, i) => [n, texts[i]!]));
  }

  const run = (query: string): Promise<PagefindResult[]> => {
    let pending = cache.get(query);
    if (!pending) {
      pending = pagefind.search(query).then((r) => r?.results ?? []);
      cache.set(query, pending);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return pending;
  };

  // The search record of each intent's page, found once: the first result of its search whose
  // address is that page. Null when the index has no such page.
  const rememberIntent = rememberedPromises<string, PagefindResult | null>();
  const intentRecord = (intent: Intent) =>
    rememberIntent(intent.page, () =>
      run(intent.search).then(async (hits) => {
        for (const hit of hits.slice(0, 3)) if ((await fragmentOf(hit)).url === intent.page) return hit;
        return null;
      }),
    );

  /**
   * The search for every concept at once; when no page holds them all, the same search with its
   * least telling words dropped first (plan.ts relaxations). Returns the hits and the share of
   * the concepts they hold.
   */
  async function fullMatch(plan: QueryPlan, conceptHits: AlternativeHits[][]) {
    if (!plan.full) return { hits: null, share: 1 };
    const hits = await run(plan.full);
    if (hits.length) return { hits, share: 1 };
    const telling = plan.concepts.flatMap((concept, i) => {
      const query = concept.alternatives[0]?.query;
      if (query === undefined || query.startsWith('"')) return [];
      return [{ query, pages: new Set(conceptHits[i]!.flatMap((a) => a.hits.map((h) => h.id))).size }];
    });
    for (const relaxed of relaxations(telling)) {
      const found = await run(relaxed);
      if (found.length) return { hits: found, share: relaxed.split(' ').length / telling.length };
    }
    return { hits, share: 1 };
  }

  const runAll = (alternatives: Alternative[]) =>
    Promise.all(alternatives.map(async (a) => ({ weight: a.weight, sameWord: a.sameWord, hits: await run(a.query) })));

  const planOf = (query: string) => planQueryLoading(query, lexicon, loadSiteWords);

  async function search(query: string, wanted: () => boolean = () => true): Promise<SearchOutcome> {
    const plan = await planOf(query);
    const asked = matchIntents(query, intents);
    const [conceptHits, intentHits] = await Promise.all([
      Promise.all(plan.concepts.map((concept) => runAll(concept.alternatives))),
      Promise.all(asked.map(intentRecord)),
    ]);
    const { hits: fullHits, share } = await fullMatch(plan, conceptHits);

    const byId = new Map<string, PagefindResult>();
    const intentPages = intentHits.filter((r): r is PagefindResult => r !== null);
    for (const r of [
      ...conceptHits.flat().flatMap((a: AlternativeHits) => a.hits),
      ...(fullHits ?? []),
      ...intentPages,
    ]) {
      byId.set(r.id, r as PagefindResult);
    }
    // The first intent asked for ends up first.
    const ranked = intentPages.reduceRight(
      (list, page) => promote(list, page.id),
      weighPages(rankPages(conceptHits, fullHits, totalPages, share), sitePageIds, sitePageWeight),
    );
    const pagesRanked = ranked.filter((r) => !glossaryIds.has(r.id));
    const top = pagesRanked[0]?.score ?? 0;
    const pageList = pagesRanked.filter((r) => r.score >= top * relativeCutoff).slice(0, maxPages);
    const definitionList = ranked
      .filter((r) => glossaryIds.has(r.id) && r.named && r.coverage >= definitionCoverage)
      .slice(0, maxDefinitions);

    const present = async (r: RankedPage): Promise<SearchResult> => {
      const fragment = await fragmentOf(byId.get(r.id)!);
      const title = fragment.meta.title ?? fragment.url;
      const matches = toTextPositions(r.locations, fragment.word_map);
      const opening = textWords(fragment.content);
      const page = { totalWords: fragment.text_words ?? opening.length, titleWords: titleWordsAtStart(opening, title) };
      const anchors = fragment.anchors ?? [];
      const plan = planExcerpt(page, anchors, matches, { topAnchors });
      // Word N of the page's text. A fragment holding only its text's opening fetches the parts
      // the excerpt shows; should that fail (the connection lost), the result still shows, with
      // an excerpt of the opening.
      let wordAt = (at: number) => opening[at] ?? '';
      let shown = plan;
      if (fragment.text_words !== undefined) {
        try {
          wordAt = wordsFrom(fragment.content, await textParts(r.id, plan.start, plan.end));
        } catch {
          shown = planExcerpt({ ...page, totalWords: opening.length }, anchors, matches, { topAnchors });
        }
      }
      return {
        url: plan.section ? `${fragment.url}#${plan.section.id}` : fragment.url,
        title,
        section: plan.section?.title ?? null,
        excerpt: excerptParts(shown, wordAt, matches),
      };
    };
    if (!wanted()) return { query, pages: [], definitions: [], plan };
    const [pages, definitions] = await Promise.all([
      Promise.all(pageList.map(present)),
      Promise.all(definitionList.map(present)),
    ]);
    return { query, pages, definitions, plan };
  }

  function preload(query: string): void {
    if (!pagefind.preload) return;
    const load = pagefind.preload;
    void planOf(query)
      .then((plan) => {
        for (const concept of plan.concepts) {
          for (const a of concept.alternatives) void load(a.query).catch(() => {});
        }
      })
      .catch(() => {});
  }

  return { search, preload };
}
