/**
 * A page's text for its search result, cut into parts of a fixed number of words. A result shows
 * about 24 words of its page, yet Pagefind's fragment carries the whole text: 1,000 words to show
 * 24. So the fragment keeps only the opening part (the title and the start of "In brief"), and
 * the other parts are files of their own, which the search page fetches when an excerpt needs them.
 * The index build (scripts/build-search-index.ts) cuts the text; the search engine puts it back.
 */

/** Words per part: a 24-word excerpt then needs 1 or 2 parts. */
export const TEXT_PART_WORDS = 64;

/** Where part `n` (1 and up) of the text of the result with Pagefind id `id` is served. */
export const textPartPath = (id: string, n: number): string => `/search/text/${id}/${n}.txt`;

/**
 * A page's text as search positions count it: word N, split at white space, is position N in the
 * index's results (after the word map, word-map.ts), in the excerpts and in the parts.
 */
export const textWords = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The page's text as the fragment keeps it (the opening part) and the other parts, in order. */
export function cutPageText(content: string): { opening: string; parts: string[]; totalWords: number } {
  const words = textWords(content);
  const parts: string[] = [];
  for (let at = 0; at < words.length; at += TEXT_PART_WORDS)
    parts.push(words.slice(at, at + TEXT_PART_WORDS).join(' '));
  return { opening: parts[0] ?? '', parts: parts.slice(1), totalWords: words.length };
}

/** The parts (1 and up) holding words `start` up to `end`; part 0 is the fragment's own. */
export function partsHolding(start: number, end: number): number[] {
  const list: number[] = [];
  for (let n = Math.max(1, Math.floor(start / TEXT_PART_WORDS)); n * TEXT_PART_WORDS < end; n++) list.push(n);
  return list;
}

/** Word `at` of a page's text, from the opening and the parts fetched (by part number). */
export function wordsFrom(opening: string, fetched: ReadonlyMap<number, string>): (at: number) => string {
  const parts = new Map<number, string[]>([[0, textWords(opening)]]);
  for (const [n, text] of fetched) parts.set(n, textWords(text));
  return (at) => parts.get(Math.floor(at / TEXT_PART_WORDS))?.[at % TEXT_PART_WORDS] ?? '';
}
