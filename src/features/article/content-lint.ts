/**
 * Checks an article before Astro builds it: its frontmatter against the schema, and what the schema
 * cannot see, inside the MDX body, read as a syntax tree (src/features/article/mdx-tree.ts). Each
 * problem names the file, the line and the field (or the element and attribute), so a broken article
 * fails the build with a message an author can act on.
 * Pure functions: the build integration and the unit tests both feed them file contents.
 */
import type { Heading as MdastHeading, Link, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { LineCounter, isMap, isNode, isScalar, parseDocument, parse as parseYaml } from 'yaml';
import { sourceIds } from './sources.ts';
import { headingElements, type Heading } from './headings.ts';
import { jsxAttribute, jsxElements, lineOf, parseMdx, stringAttribute } from './mdx-tree.ts';
import { reservedIdProblem } from './reserved-ids.ts';
import { articleSchema } from './article-schema.ts';

export interface ArticleSource {
  /** Path shown in messages, e.g. content/articles/arterial-leg-pain.mdx */
  file: string;
  /** The article's slug (file name without .mdx). */
  slug: string;
  /** Whole file contents, frontmatter included. */
  text: string;
}

export interface SiteIndex {
  /** Article slug -> its section ids. */
  sections: Map<string, Set<string>>;
  /** Glossary ids (file names in content/glossary). */
  glossary: Set<string>;
  /** Addresses that are not articles but exist, e.g. "abi-calculator". */
  pages: Set<string>;
  /** Article slug -> former section id -> the id it was renamed to. */
  formerIds?: Map<string, Map<string, string>>;
}

/** Pages built from src/pages rather than from articles; links to them are valid. */
export const STATIC_PAGES = [
  '',
  'abi-calculator',
  'shopping-cart-sign-quiz',
  'glossary',
  'emergency',
  'search',
  'handout',
] as const;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VAGUE_LABELS = /^(click here|here|read more|more|this|this page|link|learn more|find out more)$/i;

/** Frontmatter and body, for scripts that copy or inspect articles; the lint reads the syntax tree. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const data = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The frontmatter of a parsed article, with the line each field and list item is written on. */
interface Frontmatter {
  data: Record<string, unknown>;
  /** The line of a field (`['sources']`) or of one item of a list (`['sources', 2]`). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

function readFrontmatter(tree: Root): Frontmatter {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node) return { data: {}, lineOf: () => 1 };
  const lines = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: lines });
  // The YAML text starts on the line after the opening ---.
  const firstLine = lineOf(node) + 1;
  const at = (offset: number | undefined) =>
    offset === undefined ? lineOf(node) : firstLine + lines.linePos(offset).line - 1;
  return {
    data: (doc.toJS() ?? {}) as Record<string, unknown>,
    lineOf: (path) => {
      const [field, ...rest] = path;
      if (!isMap(doc.contents)) return lineOf(node);
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
      if (!pair) return lineOf(node);
      // A list item's own line when the path names one; else the field's key.
      const item: unknown = rest.length > 0 ? doc.getIn(path as unknown[], true) : undefined;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      return at((isNode(item) ? item.range : undefined)?.[0] ?? keyRange?.[0]);
    },
  };
}

/** Schema problems of the frontmatter, each naming the line and the field. */
function lintFrontmatter(file: string, fm: Frontmatter): string[] {
  const result = articleSchema.safeParse(fm.data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) =>
          `${file}:${fm.lineOf([key])}: frontmatter field ${key}: not a known field (see src/features/article/article-schema.ts)`,
      );
    }
    const [field, ...rest] = issue.path;
    const name = [String(field), ...rest.map((p) => `[${String(p)}]`)].join('');
    if (!(String(field) in fm.data)) {
      const message = issue.message.startsWith('Required')
        ? issue.message
        : `Required; add ${String(field)}: to the frontmatter`;
      return [`${file}:${fm.lineOf([])}: frontmatter field ${name}: ${message}`];
    }
    return [`${file}:${fm.lineOf(issue.path)}: frontmatter field ${name}: ${issue.message}`];
  });
}

function listField(data: Record<string, unknown>, field: string): string[] {
  const value = data[field];
  return Array.isArray(value) ? value.map(String) : [];
}

type Parsed = { tree: Root } | { problem: string };
// The index, the collection check and the article check each need the tree: parse each article once.
const parsedArticles = new WeakMap<ArticleSource, Parsed>();

/** The tree of an article, or the parser's complaint as a lint message. */
function parseArticle(article: ArticleSource): Parsed {
  let parsed = parsedArticles.get(article);
  if (!parsed) {
    try {
      parsed = { tree: parseMdx(article.text) };
    } catch (error) {
      const { line, reason } = error as { line?: number; reason?: string };
      parsed = { problem: `${article.file}:${line ?? 1}: the MDX cannot be read: ${reason ?? String(error)}` };
    }
    parsedArticles.set(article, parsed);
  }
  return parsed;
}

/** Every problem with one article, each as "file:line: field or element: what is wrong". */
export function lintArticle(article: ArticleSource, index: SiteIndex): string[] {
  const parsed = parseArticle(article);
  if ('problem' in parsed) return [parsed.problem];
  const { tree } = parsed;
  const problems: string[] = [];
  const fm = readFrontmatter(tree);
  const at = (node: Parameters<typeof lineOf>[0]) => `${article.file}:${lineOf(node)}`;

  if (!KEBAB.test(article.slug))
    problems.push(`${article.file}:1: file name must be a lowercase-kebab-case slug (it is the page's address)`);
  problems.push(...lintFrontmatter(article.file, fm));

  visit(tree, 'heading', (node: MdastHeading) => {
    problems.push(`${at(node)}: Markdown heading found; use <Section id="…" title="…"> so the heading has a stable id`);
  });

  const seen = new Set<string>();
  for (const { name: tag, element, heading: h } of headingElements(tree)) {
    for (const attribute of ['id', 'title', 'formerIds']) {
      if (jsxAttribute(element, attribute).kind === 'expression')
        problems.push(`${at(element)}: <${tag}> attribute ${attribute} must be written as ${attribute}="…"`);
    }
    if (!h.id) {
      if (jsxAttribute(element, 'id').kind === 'missing')
        problems.push(`${at(element)}: <${tag} title="${h.title}"> has no id`);
    } else if (!KEBAB.test(h.id)) problems.push(`${at(element)}: <${tag}> id "${h.id}" must be lowercase-kebab-case`);
    else if (reservedIdProblem(h.id)) problems.push(`${at(element)}: <${tag}> id "${h.id}" ${reservedIdProblem(h.id)}`);
    else if (seen.has(h.id)) problems.push(`${at(element)}: <${tag}> id "${h.id}" is used twice`);
    if (!h.title && jsxAttribute(element, 'title').kind === 'missing')
      problems.push(`${at(element)}: <${tag} id="${h.id}"> has no title`);
    seen.add(h.id);
    for (const former of h.formerIds ?? []) {
      const where = `${at(element)}: <${tag} id="${h.id}"> former id "${former}"`;
      if (!KEBAB.test(former)) problems.push(`${where} must be lowercase-kebab-case`);
      else if (reservedIdProblem(former)) problems.push(`${where} ${reservedIdProblem(former)}`);
      else if (seen.has(former)) problems.push(`${where} is used twice`);
      seen.add(former);
    }
  }

  for (const term of jsxElements(tree, ['Term'])) {
    const id = jsxAttribute(term, 'id');
    if (id.kind === 'missing') problems.push(`${at(term)}: <Term> has no id`);
    else if (id.kind === 'expression') problems.push(`${at(term)}: <Term> attribute id must be written as id="…"`);
    else if (!index.glossary.has(id.value))
      problems.push(
        `${at(term)}: <Term id="${id.value}"> is not in the glossary (add content/glossary/${id.value}.yaml)`,
      );
  }

  const cited = new Set(listField(fm.data, 'sources'));
  const known = new Set<string>(sourceIds);
  for (const [tag, attribute] of [
    ['Cite', 'id'],
    ['GuidelineUpdate', 'cite'],
  ] as const) {
    for (const element of jsxElements(tree, [tag])) {
      const value = jsxAttribute(element, attribute);
      const where = `${at(element)}: <${tag}> attribute ${attribute}`;
      if (value.kind === 'missing')
        problems.push(`${where}: missing; name a source from src/features/article/sources.ts`);
      else if (value.kind === 'expression') problems.push(`${where} must be written as ${attribute}="…"`);
      else if (!known.has(value.value))
        problems.push(`${where}: no source "${value.value}" in src/features/article/sources.ts`);
      else if (!cited.has(value.value))
        problems.push(`${at(element)}: cites "${value.value}", which is missing from the frontmatter field sources`);
    }
  }

  const checkLink = (node: Parameters<typeof lineOf>[0], label: string, href: string) => {
    if (VAGUE_LABELS.test(label.trim())) problems.push(`${at(node)}: link text "${label}" does not say where it goes`);
    const problem = checkInternalHref(href, index);
    if (problem) problems.push(`${at(node)}: link ${href}: ${problem}`);
  };
  visit(tree, 'link', (node: Link) => checkLink(node, toString(node), node.url));
  for (const anchor of jsxElements(tree, ['a'])) {
    const href = stringAttribute(anchor, 'href');
    if (href !== undefined) checkLink(anchor, toString(anchor), href);
  }

  listField(fm.data, 'related').forEach((slug, i) => {
    const where = `${article.file}:${fm.lineOf(['related', i])}: frontmatter field related`;
    if (slug === article.slug) problems.push(`${where}: lists the article itself`);
    else if (!index.sections.has(slug)) problems.push(`${where}: no article "${slug}"`);
  });
  return problems;
}

/** Why an internal link would not resolve, or undefined when it does (or is external). */
export function checkInternalHref(href: string, index: SiteIndex): string | undefined {
  if (!href.startsWith('/'))
    return /^(https?:|mailto:|tel:)/.test(href) ? undefined : 'internal links must start with /';
  const [path = '', fragment] = href.split('#');
  if (!path.endsWith('/')) return 'internal links must end with / (the site uses trailing slashes)';
  const slug = path.slice(1, -1);
  if (index.sections.has(slug)) {
    const renamedTo = fragment ? index.formerIds?.get(slug)?.get(fragment) : undefined;
    if (renamedTo) return `"#${fragment}" is a former id in ${slug}; link to "#${renamedTo}"`;
    if (fragment && !index.sections.get(slug)?.has(fragment)) return `no section "#${fragment}" in ${slug}`;
    return undefined;
  }
  if (slug === 'glossary')
    return fragment && !index.glossary.has(fragment) ? `no glossary entry "#${fragment}"` : undefined;
  if (index.pages.has(slug)) return undefined;
  return `no page "/${slug}/"`;
}

/** Checks across all articles: the reading order has no two articles in the same place. */
export function lintCollection(articles: ArticleSource[]): string[] {
  const problems: string[] = [];
  const byOrder = new Map<unknown, string>();
  for (const a of articles) {
    const parsed = parseArticle(a);
    // An article that cannot be parsed is reported by lintArticle.
    if ('problem' in parsed) continue;
    const fm = readFrontmatter(parsed.tree);
    const { order } = fm.data;
    const other = byOrder.get(order);
    if (other !== undefined)
      problems.push(
        `${a.file}:${fm.lineOf(['order'])}: frontmatter field order: ${String(order)} is also used by ${other}`,
      );
    else byOrder.set(order, a.file);
  }
  return problems;
}

/** The headings of an article, or none when it cannot be parsed (lintArticle reports why). */
function headingsOrNone(article: ArticleSource): Heading[] {
  const parsed = parseArticle(article);
  return 'problem' in parsed ? [] : headingElements(parsed.tree).map((h) => h.heading);
}

export function buildIndex(articles: ArticleSource[], glossaryIds: string[]): SiteIndex {
  const headings = new Map(articles.map((a) => [a.slug, headingsOrNone(a)]));
  return {
    sections: new Map([...headings].map(([slug, hs]) => [slug, new Set(hs.map((h) => h.id))])),
    glossary: new Set(glossaryIds),
    pages: new Set(STATIC_PAGES),
    formerIds: new Map(
      [...headings].map(([slug, hs]) => [
        slug,
        new Map(hs.flatMap((h) => (h.formerIds ?? []).map((former) => [former, h.id] as const))),
      ]),
    ),
  };
}
