/**
 * Class codes from clinic letters ("C4", "Rutherford 3", "Fontaine stage IIb") turned into the
 * words the site uses for that class. Few pages spell out a code, and a code alone ("IIb") matches
 * nothing useful; what the class means ("skin changes", "claudication") finds the right page.
 */

/** One classification and what each of its classes means in the site's words. */
export interface ClassSystem {
  /** What the reader types before the class (a regular expression source), e.g. "fontaine\\s*(?:stage\\s*)?". */
  prefix: string;
  /** Class as typed, lower case ("iib", "4", "c4") -> the site's words for it. */
  classes: Readonly<Record<string, string>>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A rewrite of the raw search: what to find, and what to put in its place. */
export type Rewrite = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

/**
 * Rewrites of the raw search (see plan.ts Lexicon.rewrites), one per system, each class replaced
 * once by its words (which may hold the code again: "C4" -> "c4 skin changes"). Longer classes are
 * tried first, so "IIb" is not read as "II" followed by "b".
 */
export function classCodeRewrites(systems: readonly ClassSystem[]): Rewrite[] {
  return systems.map((system) => {
    const codes = Object.keys(system.classes).sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`\\b${system.prefix}(${codes.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    return [pattern, (_match: string, code: string) => ` ${system.classes[code.toLowerCase()] ?? code} `] as const;
  });
}

/** Every word a class stands for, so the build can check that the site holds them. */
export const classCodeWords = (systems: readonly ClassSystem[]): string[] =>
  systems.flatMap((system) => Object.values(system.classes));
