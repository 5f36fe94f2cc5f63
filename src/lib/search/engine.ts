/**
 * Runs a reader's search against Pagefind: plans it (plan.ts), runs each search of the plan,
 * ranks the pages (rank.ts) and builds the results to show (excerpt.ts). It takes Pagefind as a
 * parameter, so the site, the quality benchmark and the unit tests run the same code.
 */
import { buildExcerpt, type Anchor, type ExcerptPart } from './excerpt.ts';
import { planQuery, type Alternative, type Lexicon, type QueryPlan } from './plan.ts';
import { rankPages, type AlternativeHits, type Hit, type RankedPage } from './rank.ts';

/** The part of a Pagefind fragment (a result's data) the results need. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: Anchor[];
}

export interface PagefindResult extends Hit {
  data: () => Promise<PagefindFragment>;
}

/** What the engine needs of Pagefind's JS API. */
export interface PagefindApi {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
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
  /** Number of records in the index, for how rare a word is. */
  totalPages: number;
  /** Pagefind ids of the glossary's records: they are shown as definitions, not pages. */
  glossaryIds: ReadonlySet<string>;
  maxPages?: number;
  maxDefinitions?: number;
  /** A page is shown only if it scores at least this share of the best page's score. */
  relativeCutoff?: number;
  /** A definition is shown only if the reader named the term and it matches this share of the question. */
  definitionCoverage?: number;
  /** Heading ids not worth linking to (passed to buildExcerpt). */
  topAnchors?: readonly string[];
}

export interface SearchEngine {
  search: (query: string) => Promise<SearchOutcome>;
}

/** Sub-searches kept between keystrokes: typing "calf cra" then "calf cramp" reuses "calf". */
const CACHE_SIZE = 200;

export function createSearchEngine(pagefind: PagefindApi, options: EngineOptions): SearchEngine {
  const {
    lexicon,
    totalPages,
    glossaryIds,
    maxPages = 6,
    maxDefinitions = 2,
    relativeCutoff = 0.5,
    definitionCoverage = 0.5,
    topAnchors = [],
  } = options;
  const cache = new Map<string, Promise<PagefindResult[]>>();
  // A page's text, title and headings never change; Pagefind would redo its own excerpt work on
  // every call of data(), which the engine does not use.
  const fragments = new Map<string, Promise<PagefindFragment>>();
  const fragmentOf = (result: PagefindResult) => {
    let pending = fragments.get(result.id);
    if (!pending) {
      pending = result.data();
      fragments.set(result.id, pending);
      pending.catch(() => fragments.delete(result.id));
    }
    return pending;
  };

  const run = (query: string): Promise<PagefindResult[]> => {
    let pending = cache.get(query);
    if (!pending) {
      pending = pagefind.search(query).then((r) => r?.results ?? []);
      cache.set(query, pending);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return pending;
  };

  const runAll = (alternatives: Alternative[]) =>
    Promise.all(alternatives.map(async (a) => ({ weight: a.weight, sameWord: a.sameWord, hits: await run(a.query) })));

  async function search(query: string): Promise<SearchOutcome> {
    const plan = planQuery(query, lexicon);
    const [conceptHits, fullHits] = await Promise.all([
      Promise.all(plan.concepts.map((concept) => runAll(concept.alternatives))),
      plan.full ? run(plan.full) : Promise.resolve(null),
    ]);

    const byId = new Map<string, PagefindResult>();
    for (const r of [...conceptHits.flat().flatMap((a: AlternativeHits) => a.hits), ...(fullHits ?? [])]) {
      byId.set(r.id, r as PagefindResult);
    }
    const ranked = rankPages(conceptHits, fullHits, totalPages);
    const pagesRanked = ranked.filter((r) => !glossaryIds.has(r.id));
    const top = pagesRanked[0]?.score ?? 0;
    const pageList = pagesRanked.filter((r) => r.score >= top * relativeCutoff).slice(0, maxPages);
    const definitionList = ranked
      .filter((r) => glossaryIds.has(r.id) && r.named && r.coverage >= definitionCoverage)
      .slice(0, maxDefinitions);

    const present = async (r: RankedPage): Promise<SearchResult> => {
      const fragment = await fragmentOf(byId.get(r.id)!);
      const title = fragment.meta.title ?? fragment.url;
      const excerpt = buildExcerpt(fragment.content, fragment.anchors ?? [], r.locations, { topAnchors, title });
      return {
        url: excerpt.section ? `${fragment.url}#${excerpt.section.id}` : fragment.url,
        title,
        section: excerpt.section?.title ?? null,
        excerpt: excerpt.parts,
      };
    };
    const [pages, definitions] = await Promise.all([
      Promise.all(pageList.map(present)),
      Promise.all(definitionList.map(present)),
    ]);
    return { query, pages, definitions, plan };
  }

  return { search };
}
