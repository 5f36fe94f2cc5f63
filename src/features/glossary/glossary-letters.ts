/**
 * The glossary page's A–Z: its terms grouped under their first letter, and the jump list of every
 * letter from A to Z that links to each letter's heading (letters without a term are not links).
 */

/** The letters of the jump list. */
export const alphabet: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The letter a term is listed under: its first letter without accents, or "#" for a digit or sign. */
export function letterOf(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return alphabet.includes(first) ? first : '#';
}

/**
 * The id of a letter's heading ("letter-a"; "letter-other" for "#"). Glossary term ids are
 * kebab-case medical words, so they never start with "letter-".
 */
export const letterId = (letter: string): string =>
  letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;

export interface LetterGroup<T> {
  letter: string;
  id: string;
  items: T[];
}

/** Groups items, already sorted by term, under their letters, in the order given. */
export function groupByLetter<T>(items: readonly T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const item of items) {
    const letter = letterOf(termOf(item));
    let group = groups.find((g) => g.letter === letter);
    if (!group) groups.push((group = { letter, id: letterId(letter), items: [] }));
    group.items.push(item);
  }
  return groups;
}

/** One place in the jump list: a letter and the id it links to, or null when no term starts with it. */
export interface JumpLetter {
  letter: string;
  id: string | null;
}

/** Every letter from A to Z ("#" first when a term starts with a digit or sign), linked when it has terms. */
export function jumpList(groups: readonly { letter: string; id: string }[]): JumpLetter[] {
  const ids = new Map(groups.map((g) => [g.letter, g.id]));
  const letters = ids.has('#') ? ['#', ...alphabet] : alphabet;
  return letters.map((letter) => ({ letter, id: ids.get(letter) ?? null }));
}
