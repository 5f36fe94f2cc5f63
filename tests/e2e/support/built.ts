/** Reading the built site from dist/ for checks that need no browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { htmlToText } from '../../../src/features/article/readability.ts';

const root = new URL('../../../', import.meta.url);

export const articleSlugs = readdirSync(new URL('content/articles/', root))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

export function builtHtml(slug: string): string {
  return readFileSync(new URL(`dist/${slug}/index.html`, root), 'utf8');
}

/** The article element's visible text, whitespace and typographic quotes normalised. */
export function articleText(html: string): string {
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  return htmlToText(article).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

export function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, root), 'utf8')) as T;
}

export function listDir(relativePath: string): string[] {
  return readdirSync(new URL(relativePath, root));
}
