/** Turning what a reader typed into plain lower-case words. */

/**
 * The words of a text: lower case, accents dropped (Beşoğul -> besogul, as Pagefind does),
 * apostrophes removed so "can't" becomes "cant", split at every other mark. Numbers stay whole,
 * with their decimal point ("0.9"). A class code of one letter and one digit ("C4" on a clinic
 * letter) stays one word, as the search index holds it.
 */
export function tokenise(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ı/g, 'i')
      .replace(/['’‘`]/g, '')
      .match(/\b[a-z]\d\b|[a-z]+|\d+(?:\.\d+)?/g) ?? []
  );
}
