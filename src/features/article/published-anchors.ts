/**
 * Section addresses that the site has published. Doctors send /slug/#id links and print them as
 * QR codes, so once an address is out it must keep working: tests/published-anchors.json records
 * every one, and a test fails when an article no longer answers to a recorded address.
 * Pure functions: the unit tests, the e2e test and `npm run anchors:update` all use them.
 */
import { allHeadingIds, articleHeadings, type Heading } from './headings.ts';
import type { ArticleSource } from './content-lint.ts';

/** "/arterial-leg-pain/#walking-pain": the form every entry of the list takes. */
export function anchorAddress(slug: string, id: string): string {
  return `/${slug}/#${id}`;
}

/** Every address one article answers to: its section ids and the former ids kept for old links. */
export function articleAnchors(slug: string, headings: Heading[]): string[] {
  return allHeadingIds(headings).map((id) => anchorAddress(slug, id));
}

/** Every address all the articles answer to, sorted. */
export function siteAnchors(articles: readonly ArticleSource[]): string[] {
  return articles.flatMap((a) => articleAnchors(a.slug, articleHeadings(a.text))).sort();
}

export interface AnchorComparison {
  /** Published addresses that no longer resolve: a broken promise to every reader who has one. */
  missing: string[];
  /** Addresses the site now has that the list does not record yet. */
  unlisted: string[];
}

/** Compares the recorded list with the addresses the articles answer to now. */
export function compareAnchors(published: readonly string[], current: readonly string[]): AnchorComparison {
  const now = new Set(current);
  const recorded = new Set(published);
  return {
    missing: [...recorded].filter((a) => !now.has(a)).sort(),
    unlisted: [...now].filter((a) => !recorded.has(a)).sort(),
  };
}

/**
 * The new list: everything recorded plus everything new. It never drops an entry, so an address
 * can only leave the list by a hand edit that shows in review.
 */
export function mergeAnchors(published: readonly string[], current: readonly string[]): string[] {
  return [...new Set([...published, ...current])].sort();
}

/** What to tell an author whose change breaks or adds addresses; empty when all is well. */
export function describeAnchorProblems({ missing, unlisted }: AnchorComparison): string[] {
  return [
    ...missing.map(
      (a) =>
        `${a} was published but no heading answers to it any more: put the id back, or add it to the renamed ` +
        `heading's formerIds="…"`,
    ),
    ...unlisted.map((a) => `${a} is not recorded yet: run \`npm run anchors:update\` and commit the list`),
  ];
}
