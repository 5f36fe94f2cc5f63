import { SOURCE_ANCHOR_PREFIX } from './sources.ts';

/**
 * Ids that the article page's template (layout and components) puts on every article page. A
 * section with one of these ids would give the page two elements with one id: "#sources" would
 * jump to the wrong place and the skip link could miss the main text. The content lint refuses
 * them; tests/e2e/reserved-ids.spec.ts checks that this list covers every id a built article
 * page carries besides its headings.
 */
export const RESERVED_IDS = [
  // BaseLayout.astro: the skip link's target.
  'main',
  // InBrief.astro
  'in-brief',
  // OnThisPage.astro, rendered twice (in the text on phones, beside it on wide screens).
  'on-this-page',
  'on-this-page-side',
  // SourcesList.astro: also the target of "list of sources" under the title.
  'sources',
  // MoreToRead.astro
  'related',
] as const;

/** Families of ids the components build from data: SourcesList's `source-<id>`, the comparison table's rows. */
export const RESERVED_ID_PREFIXES = [SOURCE_ANCHOR_PREFIX, 'compare-'] as const;

/** Why an article may not use this id, or undefined when it may. */
export function reservedIdProblem(id: string): string | undefined {
  if ((RESERVED_IDS as readonly string[]).includes(id)) return 'is used by the article page itself';
  const prefix = RESERVED_ID_PREFIXES.find((p) => id.startsWith(p));
  return prefix ? `starts with "${prefix}", which the article page uses for its own ids` : undefined;
}
