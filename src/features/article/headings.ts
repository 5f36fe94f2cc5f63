/**
 * An article's h2/h3 headings, read from its MDX syntax tree: the <Section id title> and
 * <Subsection id title> elements, in page order. Astro's `render().headings` lists only Markdown
 * `##` headings, and ours are components with stable ids, so the article page ("On this page"),
 * the handout (its choosable parts), the published-anchors list and the content lint all read
 * them here.
 */
import type { Root } from 'mdast';
import { jsxElements, parseMdx, stringAttribute, type MdxJsxElement } from './mdx-tree.ts';

export interface Heading {
  id: string;
  title: string;
  level: 2 | 3;
  /**
   * Ids this heading had before it was renamed (`formerIds="old-id other-old-id"`). Links that
   * doctors sent or printed with an old id must keep landing here. Absent when there are none.
   */
  formerIds?: string[];
}

/** The components that make a heading, and the level each one renders. */
export const HEADING_ELEMENTS = { Section: 2, Subsection: 3 } as const;
export type HeadingElementName = keyof typeof HEADING_ELEMENTS;

/** The `formerIds` prop of <Section>/<Subsection>: ids separated by spaces, as in a class list. */
export function parseFormerIds(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id !== '');
}

/** One heading and the element it was read from (for the lint's line numbers). */
export interface HeadingElement {
  heading: Heading;
  element: MdxJsxElement;
  name: HeadingElementName;
}

/** The heading elements of a parsed article, in page order. A missing id or title reads as "". */
export function headingElements(tree: Root): HeadingElement[] {
  return jsxElements(tree, Object.keys(HEADING_ELEMENTS)).map((element) => {
    const name = element.name as HeadingElementName;
    const formerIds = parseFormerIds(stringAttribute(element, 'formerIds'));
    return {
      name,
      element,
      heading: {
        id: stringAttribute(element, 'id') ?? '',
        title: stringAttribute(element, 'title') ?? '',
        level: HEADING_ELEMENTS[name],
        ...(formerIds.length > 0 ? { formerIds } : {}),
      },
    };
  });
}

/** The headings of an article's MDX (a whole file, or a collection entry's `body`). */
export function articleHeadings(mdx: string): Heading[] {
  return headingElements(parseMdx(mdx)).map((h) => h.heading);
}

/** The h2 sections only: the entries of "On this page" and the parts a doctor can put in a handout. */
export function articleSections(mdx: string): Heading[] {
  return articleHeadings(mdx).filter((h) => h.level === 2);
}

/** Every id an article's headings answer to: current ids and former ones. */
export function allHeadingIds(headings: Heading[]): string[] {
  return headings.flatMap((h) => [h.id, ...(h.formerIds ?? [])]);
}
