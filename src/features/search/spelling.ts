/** British and American spellings, and spelling correction against the site's own words. */

/**
 * The other spellings of a word, from pairs of word parts such as ["oedem", "edem"] (British
 * first). Each pair is tried in both directions; each pair changes the word in one place only.
 */
export function spellingVariants(word: string, pairs: readonly (readonly [string, string])[]): string[] {
  const variants = new Set<string>();
  for (const [british, american] of pairs) {
    // British first: "oedema" holds "edem" too, and must not become "ooedema".
    const [from, to] = word.includes(british) ? [british, american] : [american, british];
    const at = word.indexOf(from);
    if (at >= 0) variants.add(word.slice(0, at) + to + word.slice(at + from.length));
  }
  variants.delete(word);
  return [...variants];
}

/**
 * Edit distance counting a swap of 2 neighbouring letters as 1 (the optimal string alignment
 * distance), the commonest kind of typing slip. Gives up and returns max + 1 once the distance
 * must exceed max, which keeps a scan of the whole vocabulary fast.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many slips a word of this length may hold and still be corrected: 1, or 2 from 8 letters. */
export function allowedSlips(word: string): number {
  if (word.length < 4) return 0;
  return word.length >= 8 ? 2 : 1;
}

/**
 * The known words closest to a misspelt one, nearest first, at most `limit`. Words that keep the
 * first letter win ties: people rarely get the first letter wrong.
 */
export function closestWords(word: string, known: Iterable<string>, limit = 2): string[] {
  const max = allowedSlips(word);
  if (max === 0) return [];
  const found: { candidate: string; distance: number }[] = [];
  for (const candidate of known) {
    if (candidate === word || Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ candidate, distance: distance + (candidate[0] === word[0] ? 0 : 0.5) });
  }
  return found
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((f) => f.candidate);
}
