/**
 * The search index leaves out the stop words (see scripts/lib/search-stop-words.ts): word N of
 * the index is not word N of the page's text. A page's fragment keeps the readable text (its
 * opening; the rest in parts, see page-text.ts) and carries a word map that says, for each indexed word, how many words of the text were left out
 * before it. Written by encodeWordMap at build time, read by decodeWordMap on the search page.
 */

/** Words left out before one indexed word, as one base-36 digit: at most this many. */
export const MAX_SKIP = 35;

/**
 * Writes the number of words left out before each indexed word as one base-36 digit:
 * [0, 2, 0] is "020". Throws when a run of left-out words is longer than MAX_SKIP.
 */
export function encodeWordMap(skips: readonly number[]): string {
  return skips
    .map((skip) => {
      if (!Number.isInteger(skip) || skip < 0 || skip > MAX_SKIP) {
        throw new Error(`encodeWordMap: ${skip} words left out in a row; at most ${MAX_SKIP} fit one digit`);
      }
      return skip.toString(36);
    })
    .join('');
}

/** The position in the page's text of each indexed word: "020" is [0, 3, 4]. */
export function decodeWordMap(map: string): number[] {
  const positions: number[] = [];
  let at = -1;
  for (const digit of map) {
    at += parseInt(digit, 36) + 1;
    positions.push(at);
  }
  return positions;
}

/**
 * Moves matched word positions from the index's count to the page text's: the matches
 * Pagefind reports count indexed words only. Without a map (a page indexed whole) they are left
 * as they are.
 */
export function toTextPositions<T>(matches: ReadonlyMap<number, T>, map: string | undefined): Map<number, T> {
  if (!map) return new Map(matches);
  const positions = decodeWordMap(map);
  const moved = new Map<number, T>();
  for (const [at, value] of matches) {
    const position = positions[at];
    if (position !== undefined) moved.set(position, value);
  }
  return moved;
}
