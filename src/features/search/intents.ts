/**
 * Searches that ask for a tool rather than a subject: "something to print for my GP" wants the
 * handout maker, "who wrote this" the about page. Their words rarely appear on the page they want,
 * so the engine puts that page first when a search asks for it (see engine.ts).
 */
import { tokenise } from './text.ts';

export interface Intent {
  /** The page that answers it, e.g. "/handout/". */
  page: string;
  /** A search that finds the page by its title or aliases (used once to find its search record). */
  search: string;
  /**
   * What readers type to ask for it. Each trigger matches when every one of its words is in the
   * search, in any order ("print", "who wrote"). A word ending in "*" matches any ending ("print*").
   */
  triggers: readonly string[];
}

const matchesWord = (pattern: string, word: string) =>
  pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;

/** The intents a search asks for, in the order they are listed. */
export function matchIntents(query: string, intents: readonly Intent[]): Intent[] {
  const words = tokenise(query);
  return intents.filter((intent) =>
    intent.triggers.some((trigger) =>
      trigger.split(' ').every((pattern) => words.some((word) => matchesWord(pattern, word))),
    ),
  );
}
