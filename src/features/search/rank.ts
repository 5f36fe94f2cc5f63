/**
 * The scoring rule that merges the searches of a query plan (src/features/search/plan.ts) into one
 * ranking. A page scores by how much of the question it answers (coverage): each concept counts
 * by how rare it is on the site, so "calf" outweighs "leg", which every page holds. Within a
 * concept, Pagefind's own score (which counts titles, headings and aliases most) says how well
 * the page matches. Pages holding every concept at once get a bonus.
 */

/** One Pagefind result, as much of it as the ranking needs. */
export interface Hit {
  id: string;
  score: number;
  /** Positions of the matched words in the page's text. */
  words: readonly number[];
  /** Metadata fields that matched, e.g. ["title", "aliases"]: the page is named by the words. */
  matchedMetaFields?: readonly string[];
}

/** The results of one search of the plan, with the weight of that search. */
export interface AlternativeHits {
  weight: number;
  hits: readonly Hit[];
  /** The search is the reader's word or another form of it (see plan.ts Alternative.sameWord). */
  sameWord?: boolean;
}

export interface RankedPage {
  id: string;
  /** Coverage (0 to 1) plus the bonus for holding every concept (up to FULL_MATCH_BONUS). */
  score: number;
  /** Share of the question's weight the page matches, 0 to 1. */
  coverage: number;
  /** Matched word positions with the weight of the concept each matched. */
  locations: Map<number, number>;
  /** Its title or aliases hold one of the concepts: the page is named by the reader's words. */
  named: boolean;
}

/** How much a match on every concept at once adds to the coverage. */
export const FULL_MATCH_BONUS = 0.3;

/** A match scores between half and all of its weight, by Pagefind's score relative to the best. */
const strength = (score: number, best: number) => 0.5 + (best > 0 ? (0.5 * score) / best : 0.5);

/**
 * Ranks pages given, for each concept, the results of each of its searches, and the results of
 * the search for all concepts at once (null when there is only 1 concept). `fullShare` (0 to 1)
 * is the share of the concepts that search held: less than 1 when a long question had to drop its
 * least telling words before any page held them all (see plan.ts relaxations).
 * `totalPages` is the number of records in the index.
 */
export function rankPages(
  concepts: readonly (readonly AlternativeHits[])[],
  full: readonly Hit[] | null,
  totalPages: number,
  fullShare = 1,
): RankedPage[] {
  interface Tally {
    sum: number;
    bonus: number;
    raw: number;
    named: boolean;
    locations: Map<number, number>;
  }
  const pages = new Map<string, Tally>();
  const page = (id: string) => {
    let p = pages.get(id);
    if (!p) pages.set(id, (p = { sum: 0, bonus: 0, raw: 0, named: false, locations: new Map() }));
    return p;
  };

  let totalWeight = 0;
  for (const alternatives of concepts) {
    const matched = new Set(alternatives.flatMap((a) => a.hits.map((h) => h.id)));
    // A concept nothing matches (a typo beyond repair, a word the site never uses) says
    // nothing about which page is best, so it does not count against any page.
    if (matched.size === 0) continue;
    // Rarity comes from the reader's own word and its other forms ("foot" for "feet") when the
    // site uses them: a broad synonym that many pages hold must not make a rare word look common,
    // and a rare form ("feet") must not make a word every page uses look rare.
    const forms = new Set(alternatives.filter((a) => a.sameWord).flatMap((a) => a.hits.map((h) => h.id)));
    const own = forms.size || matched.size;
    const rarity = Math.log(1 + Math.max(totalPages, own) / own);
    totalWeight += rarity;
    const best = new Map<string, number>();
    for (const { weight, hits } of alternatives) {
      const top = Math.max(0, ...hits.map((h) => h.score));
      for (const hit of hits) {
        const value = weight * strength(hit.score, top);
        if (value > (best.get(hit.id) ?? 0)) best.set(hit.id, value);
        const p = page(hit.id);
        p.raw += hit.score * weight;
        if (hit.matchedMetaFields?.some((f) => f === 'title' || f === 'aliases')) p.named = true;
        for (const w of hit.words) p.locations.set(w, Math.max(p.locations.get(w) ?? 0, rarity * weight));
      }
    }
    for (const [id, value] of best) page(id).sum += rarity * value;
  }

  if (full?.length) {
    const top = Math.max(...full.map((h) => h.score));
    for (const hit of full) page(hit.id).bonus = FULL_MATCH_BONUS * fullShare * strength(hit.score, top);
  }

  return [...pages]
    .map(([id, p]) => {
      const coverage = totalWeight > 0 ? p.sum / totalWeight : 0;
      return { id, coverage, score: coverage + p.bonus, raw: p.raw, named: p.named, locations: p.locations };
    })
    .sort((a, b) => b.score - a.score || b.raw - a.raw || a.id.localeCompare(b.id))
    .map(({ id, score, coverage, named, locations }) => ({ id, score, coverage, named, locations }));
}

/**
 * Scales the scores of the pages in `ids` by `weight` and ranks again: a page about the site that
 * merely holds the reader's words must not outrank an article that answers them. A page the
 * search names (its title or aliases hold the words, such as the author's name) keeps its score.
 */
export function weighPages(ranked: readonly RankedPage[], ids: ReadonlySet<string>, weight: number): RankedPage[] {
  return ranked
    .map((r) => (ids.has(r.id) && !r.named ? { ...r, score: r.score * weight } : r))
    .sort((a, b) => b.score - a.score);
}

/**
 * Puts the page a search asks for by intent (see intents.ts) first, whether or not the words
 * matched it; the other pages keep their order.
 */
export function promote(ranked: readonly RankedPage[], id: string): RankedPage[] {
  const found = ranked.find((r) => r.id === id);
  const top = ranked[0]?.score ?? 0;
  // The best score, not more: the other pages are kept or cut by their share of it (engine.ts).
  // The reader asked for the page itself, so its excerpt is its opening, which says what it is,
  // not wherever its text happens to hold the words ("NHS website" in a list of sources).
  const first: RankedPage = {
    id,
    score: Math.max(top, found?.score ?? 0),
    coverage: found?.coverage ?? 1,
    named: true,
    locations: new Map(),
  };
  return [first, ...ranked.filter((r) => r.id !== id)];
}
