/**
 * An article's MDX as a syntax tree (mdast with MDX JSX nodes), parsed the way MDX itself reads it:
 * remark-parse + remark-mdx, with the YAML frontmatter as its own node. Everything that needs to
 * know what an article holds (its headings, the content lint) reads this tree, never the text with
 * regular expressions, so a tag split over lines, a quote inside a title or a tag in a code span
 * cannot fool it. Line numbers in the tree count from the first line of the text given.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/**
 * The syntax tree of an MDX text (a whole file with frontmatter, or an entry's body). Throws the
 * parser's message (a VFileMessage with `line` and `reason`) when the text is not valid MDX.
 */
export function parseMdx(text: string): Root {
  return parser.parse(text);
}

/** Every JSX element called one of `names`, in the order they appear in the text. */
export function jsxElements(tree: Root, names: readonly string[]): MdxJsxElement[] {
  const found: MdxJsxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && names.includes(node.name ?? ''))
      found.push(node);
  });
  return found;
}

/** An attribute as written: absent, a plain string (`id="x"`), or an expression (`id={x}`) we cannot read. */
export type JsxAttribute = { kind: 'missing' } | { kind: 'string'; value: string } | { kind: 'expression' };

export function jsxAttribute(element: MdxJsxElement, name: string): JsxAttribute {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return { kind: 'missing' };
  if (typeof attribute.value === 'string') return { kind: 'string', value: attribute.value };
  // `<Term id>` with no value is `true` in JSX: as unreadable as an expression for our purposes.
  return { kind: 'expression' };
}

/** The attribute's value when it is a plain string, else undefined. */
export function stringAttribute(element: MdxJsxElement, name: string): string | undefined {
  const attribute = jsxAttribute(element, name);
  return attribute.kind === 'string' ? attribute.value : undefined;
}

/** The line a node starts on (1 when the parser gave it no position). */
export function lineOf(node: RootContent | Root): number {
  return node.position?.start.line ?? 1;
}
