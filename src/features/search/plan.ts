/**
 * Turns a reader's search into the searches to run. Pagefind only finds pages holding every word
 * typed, with no synonyms and no typo tolerance; so a question such as "calf cramps when I walk"
 * is split into its meaningful parts (concepts: "calf", "cramps", "walk"), each searched on its
 * own and with the other words the site may use for it. src/features/search/rank.ts then scores a page
 * by how much of the question it answers.
 */
import { SiteWords } from './site-words.ts';
import type { Rewrite } from './class-codes.ts';
import { tokenise } from './text.ts';
import { closestWords, spellingVariants } from './spelling.ts';

/** One search to run, and how much a match counts (1 for the reader's own word). */
export interface Alternative {
  query: string;
  weight: number;
  /**
   * The reader's word in another form (its other spelling, "feet" for "foot", "signs" for
   * "symptoms"): how rare the word is on the site is judged on all such forms together.
   */
  sameWord?: boolean;
}

/** One meaningful part of the reader's search. */
export interface Concept {
  /** The reader's words for it, normalised. */
  label: string;
  /**
   * The searches for it; a page matching any of them matches the concept. Empty when the site
   * has no word for it (the concept then plays no part in the ranking).
   */
  alternatives: Alternative[];
}

export interface QueryPlan {
  concepts: Concept[];
  /** All concepts at once, as Pagefind reads a search: pages that hold every one. Null for 1 concept. */
  full: string | null;
}

/** The words the planner knows; build it once with buildLexicon. */
export interface Lexicon {
  stopWords: ReadonlySet<string>;
  /** A phrase with its stop words removed ("pins needles") -> the site's words for it, best first. */
  phrases: ReadonlyMap<string, readonly string[]>;
  /** Phrases whose group holds forms of one word (see SynonymGroupSource.sameWord). */
  sameWordPhrases: ReadonlySet<string>;
  /** Rewrites of the raw search before it is split into words ("A&E" -> "emergency", "C4"). */
  rewrites: readonly Rewrite[];
  longestPhrase: number;
  spellingPairs: readonly (readonly [string, string])[];
  misspellings: Readonly<Record<string, string>>;
  /** Words the site holds (text, titles and aliases), from the search vocabulary files. */
  site: SiteWords;
  /** Words on most of the site's pages. */
  common: ReadonlySet<string>;
}

/** Words and phrases that mean the same to a reader (see src/features/search/search-vocabulary.ts). */
export interface SynonymGroupSource {
  say: readonly string[];
  search: readonly string[];
  /** The group holds forms of one word (foot, feet): they share one measure of rarity. */
  sameWord?: boolean;
}

export interface LexiconSource {
  stopWords: readonly string[];
  synonymGroups: readonly SynonymGroupSource[];
  /** Rewrites of the raw search, for marks the split into words would lose ("A&E"). */
  rewrites?: readonly Rewrite[];
  spellingPairs: readonly (readonly [string, string])[];
  misspellings: Readonly<Record<string, string>>;
  /**
   * Glossary terms with their other names: each is a group of words meaning the same. Their
   * misspellings lead to the group but are never searched for the other names.
   */
  glossary?: readonly { term: string; also: readonly string[]; misspelt?: readonly string[] }[];
  /**
   * Words found on the site: a list, or a SiteWords loaded part by part (the search page). Without
   * them every word is searched as typed.
   */
  siteWords?: readonly string[] | SiteWords;
  /** Words on most pages (from the search vocabulary file). */
  commonWords?: readonly string[];
}

/** Weights of the kinds of alternative: the reader's word counts most, a guess least. */
export const WEIGHTS = { typed: 1, spelling: 1, synonym: 0.85, correction: 0.8 } as const;

/** Alternatives per concept, the reader's own word included: each costs a search. */
export const MAX_ALTERNATIVES = 4;

const contentWords = (text: string, stop: ReadonlySet<string>) => tokenise(text).filter((w) => !stop.has(w));

export function buildLexicon(source: LexiconSource): Lexicon {
  const stopWords = new Set(source.stopWords);
  const phrases = new Map<string, string[]>();
  const sameWordPhrases = new Set<string>();
  const addGroup = (say: readonly string[], search: readonly string[], sameWord = false) => {
    const targets = search.map((s) => contentWords(s, stopWords).join(' ')).filter(Boolean);
    for (const phrase of [...search, ...say]) {
      const key = contentWords(phrase, stopWords).join(' ');
      if (!key) continue;
      const list = phrases.get(key) ?? [];
      for (const t of targets) if (t !== key && !list.includes(t)) list.push(t);
      phrases.set(key, list);
      if (sameWord) sameWordPhrases.add(key);
    }
  };
  for (const group of source.synonymGroups) addGroup(group.say, group.search, group.sameWord);
  for (const entry of source.glossary ?? []) addGroup(entry.misspelt ?? [], [entry.term, ...entry.also]);
  const longestPhrase = Math.max(1, ...[...phrases.keys()].map((k) => k.split(' ').length));
  return {
    stopWords,
    phrases,
    longestPhrase,
    sameWordPhrases,
    rewrites: source.rewrites ?? [],
    spellingPairs: source.spellingPairs,
    misspellings: source.misspellings,
    site: source.siteWords instanceof SiteWords ? source.siteWords : SiteWords.whole(source.siteWords ?? []),
    common: new Set(source.commonWords ?? []),
  };
}

/**
 * Whether the site holds the word, or another ending of it ("swellings" when the site has
 * "swelling"). Pagefind answers a word it does not hold with pages holding a word the search
 * starts with ("helicopter" finds "he"), so a word the site lacks must not be searched as typed.
 */
export function onSite(word: string, lexicon: Lexicon): boolean {
  if (lexicon.site.unknown || lexicon.site.has(word) || /\d/.test(word)) return true;
  const stem = word.replace(/(ings|ing|ed|es|s|ly)$/, '');
  if (stem.length < 4) return false;
  return lexicon.site.hasWordStartingWith(stem);
}

/**
 * The synonym targets ("search" words of a group) that no page holds, once their small words are
 * dropped. Such a synonym finds nothing, and it hides the slip-of-the-keyboard correction that
 * would otherwise run; it usually means an article was reworded. The build fails on any.
 */
export function synonymTargetsOffSite(groups: readonly SynonymGroupSource[], lexicon: Lexicon): string[] {
  return groups.flatMap((group) =>
    group.search.filter((target) => !contentWords(target, lexicon.stopWords).every((w) => onSite(w, lexicon))),
  );
}

/**
 * Pagefind also finds words that start with what is searched: a synonym such as "pe" would find
 * "peripheral". Quotes make it match the word itself, so short synonyms get them. So do words on
 * most pages ("leg") when the search holds a rarer word: their many relatives ("legal", "legs")
 * make the search several times slower, and they barely change the ranking. A search of only such
 * words keeps Pagefind's full ranking, which quotes would flatten.
 */
const quoted = (query: string, lexicon: Lexicon, quoteCommon: boolean, synonym: boolean) =>
  (synonym && query.length <= 3) || (quoteCommon && lexicon.common.has(query)) ? `"${query}"` : query;

function conceptFor(words: string[], lexicon: Lexicon, quoteCommon: boolean): Concept {
  const label = words.join(' ');
  const alternatives: Alternative[] = [];
  const add = (query: string, weight: number, sameWord: boolean) => {
    if (alternatives.length < MAX_ALTERNATIVES && !alternatives.some((a) => a.query === query)) {
      alternatives.push({ query, weight, ...(sameWord ? { sameWord } : {}) });
    }
  };
  /** The searches for one reading of the words; `scale` is below 1 for a guessed correction. */
  const addReading = (phrase: string, scale: number) => {
    const parts = phrase.split(' ');
    if (parts.every((w) => onSite(w, lexicon)))
      add(quoted(phrase, lexicon, quoteCommon, false), WEIGHTS.typed * scale, true);
    if (parts.length === 1) {
      for (const v of spellingVariants(phrase, lexicon.spellingPairs)) {
        if (lexicon.site.has(v)) add(v, WEIGHTS.spelling * scale, true);
      }
    }
    const sameWord = lexicon.sameWordPhrases.has(phrase);
    for (const synonym of lexicon.phrases.get(phrase) ?? []) {
      if (synonym.split(' ').every((w) => onSite(w, lexicon))) {
        add(
          quoted(synonym, lexicon, quoteCommon, true),
          (sameWord ? WEIGHTS.typed : WEIGHTS.synonym) * scale,
          sameWord,
        );
      }
    }
  };
  addReading(label, 1);
  // A word the site does not hold and has no other word for: most likely a slip of the keyboard.
  // The corrected word gets its own spellings and synonyms ("ishemia" -> "ischemia" -> "ischaemia").
  if (alternatives.length === 0 && words.length === 1) {
    for (const c of closestWords(label, lexicon.site.all())) addReading(c, WEIGHTS.correction);
  }
  return { label, alternatives };
}

/** The searches that answer what the reader typed. */
export function planQuery(raw: string, lexicon: Lexicon): QueryPlan {
  const rewritten = lexicon.rewrites.reduce(
    (text, [pattern, to]) => (typeof to === 'string' ? text.replace(pattern, to) : text.replace(pattern, to)),
    raw,
  );
  const words = tokenise(rewritten)
    .map((w) => lexicon.misspellings[w] ?? w)
    .filter((w) => !lexicon.stopWords.has(w));
  const quoteCommon = words.some((w) => !lexicon.common.has(w));
  const concepts: Concept[] = [];
  for (let i = 0; i < words.length;) {
    let length = Math.min(lexicon.longestPhrase, words.length - i);
    // The longest known phrase starting here, else the single word.
    while (length > 1 && !lexicon.phrases.has(words.slice(i, i + length).join(' '))) length--;
    const concept = conceptFor(words.slice(i, i + length), lexicon, quoteCommon);
    if (!concepts.some((c) => c.label === concept.label)) concepts.push(concept);
    i += length;
  }
  // Every concept at once, in the reader's words; quoted ones cannot join a search of several words,
  // and say little anyway.
  const telling = concepts
    .map((c) => c.alternatives[0]?.query)
    .filter((q): q is string => q !== undefined && !q.startsWith('"'));
  const full = telling.length > 1 ? telling.join(' ') : null;
  return { concepts, full };
}

/**
 * planQuery, once the parts of the site's word list the search asks about are loaded
 * (SiteWords.lazy): a plan made with parts missing is made again. A slip of the keyboard asks for
 * every part, once. With the whole list (or no `load`), it is planQuery.
 */
export async function planQueryLoading(
  raw: string,
  lexicon: Lexicon,
  load?: (parts: string[]) => Promise<void>,
): Promise<QueryPlan> {
  for (let pass = 0; ; pass++) {
    const plan = planQuery(raw, lexicon);
    const missing = lexicon.site.takeWanted();
    if (!missing.length || !load || pass === 3) return plan;
    await load(missing);
  }
}

/** One word of the search for all concepts at once, with the number of pages holding it. */
export interface TellingWord {
  query: string;
  pages: number;
}

/**
 * The searches to try, in turn, when no page holds every word of a long question: each drops the
 * least telling word left (the one most pages hold, as rarity is judged across the site; the later
 * word on a tie, as questions usually open with their subject) and keeps at least `keep` words.
 * "my calf cramps after walking to the shops" first loses "shops" or "walking", never "calf".
 */
export function relaxations(words: readonly TellingWord[], keep = 2): string[] {
  const order = words
    .map((w, at) => ({ ...w, at }))
    .sort((a, b) => b.pages - a.pages || b.at - a.at)
    .map((w) => w.at);
  const queries: string[] = [];
  const dropped = new Set<number>();
  for (const at of order) {
    if (words.length - dropped.size <= keep) break;
    dropped.add(at);
    queries.push(
      words
        .filter((_, i) => !dropped.has(i))
        .map((w) => w.query)
        .join(' '),
    );
  }
  return queries;
}
