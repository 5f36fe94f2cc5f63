/**
 * The words the site holds, as the query planner asks about them: is this word on the site, does a
 * word start with this stem, which words are there (for spelling correction). At 1,000 articles the
 * whole list is the largest thing a first search would download, so the search page loads it in
 * parts, one per first 2 letters, and only the parts a search asks about (SiteWords.lazy): a search
 * of "calf cramps" loads the words starting with "ca" and "cr", and a slip of the keyboard loads
 * them all.
 */

/** The part of the list a word is in: its first 2 letters (the site's words have at least 3). */
export const partOf = (word: string): string => word.slice(0, 2);

/** The parts as the vocabulary file lists them, grouped by first letter: ["ab", "ac", "ba"] is "abc ba". */
export function encodeParts(parts: Iterable<string>): string {
  const byFirst = new Map<string, string>();
  for (const part of [...new Set(parts)].sort()) byFirst.set(part[0]!, (byFirst.get(part[0]!) ?? '') + part.slice(1));
  return [...byFirst].map(([first, seconds]) => first + seconds).join(' ');
}

/** Undoes encodeParts: "abc ba" is ["ab", "ac", "ba"]. */
export function decodeParts(coded: string): string[] {
  return coded
    .split(' ')
    .filter(Boolean)
    .flatMap((group) => [...group.slice(1)].map((second) => group[0]! + second));
}

export class SiteWords {
  private readonly words = new Set<string>();
  private sorted: string[] = [];
  private readonly loaded = new Set<string>();
  private readonly wanted = new Set<string>();

  /** Parts the site has: the first letters of its words. Null when the list is whole from the start. */
  private readonly parts: ReadonlySet<string> | null;

  private constructor(parts: ReadonlySet<string> | null, words: Iterable<string>) {
    this.parts = parts;
    this.add(words);
  }

  /** The whole list, known at once (the build, the benchmarks, the unit tests). */
  static whole(words: Iterable<string>): SiteWords {
    return new SiteWords(null, words);
  }

  /** A list loaded part by part: `parts` are the first letters the site's words have. */
  static lazy(parts: Iterable<string>): SiteWords {
    return new SiteWords(new Set(parts), []);
  }

  /** Adds the words of parts just loaded. */
  add(words: Iterable<string>, parts: Iterable<string> = []): void {
    for (const w of words) this.words.add(w);
    for (const p of parts) this.loaded.add(p);
    this.sorted = [...this.words].sort();
  }

  /** Every part the site has. */
  allParts(): string[] {
    return [...(this.parts ?? [])];
  }

  /** No words at all: the planner then searches every word as typed. */
  get unknown(): boolean {
    return this.parts === null && this.words.size === 0;
  }

  /** Whether the part a word is in is here; if not, it is noted as wanted. */
  private ready(part: string): boolean {
    if (this.parts === null || this.loaded.has(part) || !this.parts.has(part)) return true;
    this.wanted.add(part);
    return false;
  }

  /**
   * Whether the site holds the word. A word whose part is not loaded yet counts as held, and its
   * part is asked for: the plan is made again once it is here, and meanwhile a word that only
   * seems missing must not set off a spelling correction, which would ask for the whole list.
   */
  has(word: string): boolean {
    if (!this.ready(partOf(word))) return true;
    return this.words.has(word);
  }

  /** Whether a word of the site starts with `stem` (held, like has(), while its part is loading). */
  hasWordStartingWith(stem: string): boolean {
    if (!this.ready(partOf(stem))) return true;
    let [low, high] = [0, this.sorted.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]! < stem) low = mid + 1;
      else high = mid;
    }
    return this.sorted[low]?.startsWith(stem) ?? false;
  }

  /** Every word, for spelling correction: asks for every part not loaded yet. */
  all(): Iterable<string> {
    for (const part of this.parts ?? []) this.ready(part);
    return this.words;
  }

  /** The parts asked about since the last call that are not loaded yet (and forgets them). */
  takeWanted(): string[] {
    const wanted = [...this.wanted];
    this.wanted.clear();
    return wanted;
  }
}
