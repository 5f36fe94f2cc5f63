import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildIndex, lintArticle, lintCollection, splitFrontmatter, type ArticleSource } from './content-lint.ts';
import { lintUrgency } from '../urgency/urgency-coverage.ts';

/** Reads content/ as files so that a bad article stops `astro build`, `dev` and `sync` early. */
export function loadContent(contentDir: string): { articles: ArticleSource[]; glossaryIds: string[] } {
  const articleDir = join(contentDir, 'articles');
  const articles = readdirSync(articleDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({
      file: join(articleDir, f),
      slug: f.replace(/\.mdx$/, ''),
      text: readFileSync(join(articleDir, f), 'utf8'),
    }));
  const glossaryIds = readdirSync(join(contentDir, 'glossary'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
  return { articles, glossaryIds };
}

export function contentLint(): AstroIntegration {
  return {
    name: 'content-lint',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // A preview serves a site the build has already checked.
        if (command === 'preview') return;
        const { articles, glossaryIds } = loadContent(process.env.CONTENT_DIR ?? './content');
        const index = buildIndex(articles, glossaryIds);
        const problems = [
          ...lintCollection(articles),
          ...articles.flatMap((a) => lintArticle(a, index)),
          ...articles.flatMap((a) => {
            const { data, body } = splitFrontmatter(a.text);
            return lintUrgency(a.file, a.slug, Array.isArray(data.alerts) ? (data.alerts as string[]) : [], body);
          }),
        ];
        if (problems.length > 0) {
          throw new Error(`The articles have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        }
        logger.info(`${articles.length} articles and ${glossaryIds.length} glossary terms checked`);
      },
    },
  };
}
