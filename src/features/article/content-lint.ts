/**
 * Checks that the schema cannot: what is inside an article's MDX body. Each problem names the
 * file and the field or line, so a broken article fails the build with a message an author can act on.
 * Pure functions: the build integration and the unit tests both feed them file contents.
 */
import { parse as parseYaml } from 'yaml';

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

export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const data = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The h2/h3 headings an article declares with <Section> and <Subsection>, in order. */
export function extractHeadings(body: string): Heading[] {
  const headings: Heading[] = [];
  for (const m of body.matchAll(/<(Section|Subsection)\b[^>]*>/g)) {
    const formerIds = parseFormerIds(attr(m[0], 'formerIds'));
    headings.push({
      id: attr(m[0], 'id') ?? '',
      title: attr(m[0], 'title') ?? '',
      level: m[1] === 'Section' ? 2 : 3,
      ...(formerIds.length > 0 ? { formerIds } : {}),
    });
  }
  return headings;
}

/** The `formerIds` prop of <Section>/<Subsection>: ids separated by spaces, as in a class list. */
export function parseFormerIds(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id !== '');
}

/** Every id an article's headings answer to: current ids and former ones. */
export function allHeadingIds(headings: Heading[]): string[] {
  return headings.flatMap((h) => [h.id, ...(h.formerIds ?? [])]);
}

function lineOf(body: string, index: number, bodyLine: number): number {
  return bodyLine + body.slice(0, index).split('\n').length - 1;
}

/** Every problem with one article, each as "file: field/line: what is wrong". */
export function lintArticle(article: ArticleSource, index: SiteIndex): string[] {
  const problems: string[] = [];
  const { data, body, bodyLine } = splitFrontmatter(article.text);
  const at = (i: number) => `${article.file}:${lineOf(body, i, bodyLine)}`;

  if (!KEBAB.test(article.slug)) problems.push(`${article.file}: file name must be a lowercase-kebab-case slug`);

  for (const m of body.matchAll(/^#{1,6}\s/gm)) {
    problems.push(
      `${at(m.index)}: Markdown heading found; use <Section id="…" title="…"> so the heading has a stable id`,
    );
  }

  const seen = new Set<string>();
  for (const h of extractHeadings(body)) {
    const tag = h.level === 2 ? 'Section' : 'Subsection';
    if (!h.id) problems.push(`${article.file}: <${tag} title="${h.title}"> has no id`);
    else if (!KEBAB.test(h.id)) problems.push(`${article.file}: <${tag}> id "${h.id}" must be lowercase-kebab-case`);
    else if (seen.has(h.id)) problems.push(`${article.file}: <${tag}> id "${h.id}" is used twice`);
    if (!h.title) problems.push(`${article.file}: <${tag} id="${h.id}"> has no title`);
    seen.add(h.id);
    for (const former of h.formerIds ?? []) {
      if (!KEBAB.test(former))
        problems.push(`${article.file}: <${tag} id="${h.id}"> former id "${former}" must be lowercase-kebab-case`);
      else if (seen.has(former))
        problems.push(`${article.file}: <${tag} id="${h.id}"> former id "${former}" is used twice`);
      seen.add(former);
    }
  }

  for (const m of body.matchAll(/<Term\b[^>]*>/g)) {
    const id = attr(m[0], 'id');
    if (!id) problems.push(`${at(m.index)}: <Term> has no id`);
    else if (!index.glossary.has(id))
      problems.push(`${at(m.index)}: <Term id="${id}"> is not in the glossary (add content/glossary/${id}.yaml)`);
  }

  const cited = new Set(Array.isArray(data.sources) ? (data.sources as string[]) : []);
  for (const m of body.matchAll(/<(?:Cite\b[^>]*\bid|GuidelineUpdate\b[^>]*\bcite)\s*=\s*"([^"]*)"/g)) {
    if (!cited.has(m[1] ?? ''))
      problems.push(`${at(m.index)}: cites "${m[1]}", which is missing from the frontmatter field sources`);
  }

  for (const m of body.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    const [, label = '', href = ''] = m;
    if (VAGUE_LABELS.test(label.trim()))
      problems.push(`${at(m.index)}: link text "${label}" does not say where it goes`);
    const problem = checkInternalHref(href, index);
    if (problem) problems.push(`${at(m.index)}: link ${href}: ${problem}`);
  }

  const related = Array.isArray(data.related) ? (data.related as string[]) : [];
  for (const slug of related) {
    if (slug === article.slug) problems.push(`${article.file}: related lists the article itself`);
    else if (!index.sections.has(slug)) problems.push(`${article.file}: related: no article "${slug}"`);
  }
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
    const { order } = splitFrontmatter(a.text).data;
    const other = byOrder.get(order);
    if (other !== undefined) problems.push(`${a.file}: order ${String(order)} is also used by ${other}`);
    else byOrder.set(order, a.file);
  }
  return problems;
}

export function buildIndex(articles: ArticleSource[], glossaryIds: string[]): SiteIndex {
  const headings = new Map(articles.map((a) => [a.slug, extractHeadings(splitFrontmatter(a.text).body)]));
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
