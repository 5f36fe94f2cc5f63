/**
 * Synthetic articles for the growth benchmark (npm run bench:scale), made from the real ones: each
 * copy gets a new slug, title, reading order and section ids, and an extra sentence per section
 * mixing the article's own words with made-up ones, so the search index grows a vocabulary as a
 * bigger site would instead of repeating the same words. Pure and deterministic: the same input
 * gives the same articles. The output is never committed: the benchmark writes it to a temp folder.
 */
import { stringify } from 'yaml';
import { headingElements } from '../../src/features/article/headings.ts';
import { parseMdx } from '../../src/features/article/mdx-tree.ts';
import { splitFrontmatter } from '../../src/features/article/content-lint.ts';

export interface ArticleFile {
  slug: string;
  /** The whole .mdx file. */
  text: string;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'pel',
  'dri',
  'nu',
  'sa',
  'ther',
  'ol',
  'ax',
  'bi',
  'cor',
  'fen',
];

/** A small seeded random number generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let state = (h << 13) | (h >>> 19);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A made-up word of 2 to 4 syllables, e.g. "kalomi". */
export function madeUpWord(random: () => number): string {
  const length = 2 + Math.floor(random() * 3);
  return Array.from({ length }, () => pick(random, SYLLABLES)).join('');
}

/** Plain words of an article's running text (not inside tags, links or frontmatter). */
export function proseWords(body: string): string[] {
  const text = body
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('<'))
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return text.match(/\b[a-z]{3,}\b/g) ?? [];
}

/** A sentence of about a dozen words: the article's own words with 2 made-up ones among them. */
export function variedSentence(random: () => number, words: readonly string[]): string {
  const count = 10 + Math.floor(random() * 4);
  const out = Array.from({ length: count }, () => (words.length ? pick(random, words) : madeUpWord(random)));
  for (let i = 0; i < 2; i++) out[Math.floor(random() * count)] = madeUpWord(random);
  const sentence = out.join(' ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** A copy of an article under a new slug, with its title, order, section ids and some text varied. */
export function copyArticle(source: ArticleFile, slug: string, copyNumber: number, order: number): ArticleFile {
  const { data, body } = splitFrontmatter(source.text);
  const random = seededRandom(slug);
  const suffix = ` (version ${copyNumber})`;
  const title = String(data.title ?? slug);
  const frontmatter = { ...data, title: title.slice(0, 80 - suffix.length).trimEnd() + suffix, order };
  const words = proseWords(body);
  // Edits at places the MDX syntax tree gives, applied from the end so earlier offsets stay right.
  const edits: { at: number; end: number; text: string }[] = [];
  for (const { element, name, heading } of headingElements(parseMdx(body))) {
    // New section ids: a section's id is its own (links from other articles keep pointing at the original).
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    const { start, end } = id?.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined)
      edits.push({ at: start.offset, end: end.offset, text: `id="${heading.id}-v${copyNumber}"` });
    const first = element.children[0]?.position?.start.offset;
    if (name === 'Section' && first !== undefined)
      edits.push({ at: first, end: first, text: `${variedSentence(random, words)}\n\n` });
  }
  const newBody = edits
    .sort((a, b) => b.at - a.at)
    .reduce((text, e) => text.slice(0, e.at) + e.text + text.slice(e.end), body);
  return { slug, text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${newBody}` };
}

/** Links to articles that are left out become plain text, and left-out related articles are dropped. */
export function withoutArticles(article: ArticleFile, missing: ReadonlySet<string>): ArticleFile {
  if (missing.size === 0) return article;
  const { data, body } = splitFrontmatter(article.text);
  const newBody = body.replace(/\[([^\]]+)\]\(\/([a-z0-9-]+)\/[^)\s]*\)/g, (link, label: string, slug: string) =>
    missing.has(slug) ? label : link,
  );
  const related = Array.isArray(data.related)
    ? (data.related as string[]).filter((s) => !missing.has(s))
    : data.related;
  return { slug: article.slug, text: `---\n${stringify({ ...data, related }, { lineWidth: 0 })}---\n${newBody}` };
}

/**
 * `count` articles made from `sources`: the real ones first (as they are), then copies of each in
 * turn. Fewer than the real ones: the first `count` by slug, with links to the others removed.
 */
export function syntheticArticles(sources: readonly ArticleFile[], count: number): ArticleFile[] {
  const real = [...sources].sort((a, b) => a.slug.localeCompare(b.slug));
  if (count <= real.length) {
    const kept = real.slice(0, count);
    const missing = new Set(real.slice(count).map((a) => a.slug));
    return kept.map((a) => withoutArticles(a, missing));
  }
  const taken = new Set(real.map((a) => a.slug));
  const maxOrder = Math.max(0, ...real.map((a) => Number(splitFrontmatter(a.text).data.order) || 0));
  const out = [...real];
  for (let i = 0; out.length < count; i++) {
    const source = real[i % real.length]!;
    const copyNumber = Math.floor(i / real.length) + 2;
    let slug = `${source.slug}-v${copyNumber}`;
    while (taken.has(slug)) slug += 'x';
    taken.add(slug);
    out.push(copyArticle(source, slug, copyNumber, maxOrder + i + 1));
  }
  return out;
}
