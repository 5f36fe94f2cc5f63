/**
 * The content lint refuses section ids that the article page's template uses itself
 * (src/features/article/reserved-ids.ts). That list is only as good as it is complete: here every
 * id on every built article page must be either one of the article's own headings (or a former
 * id kept for old links) or on the reserved list, and every reserved id must still be in use.
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/features/article/content-lint-integration.ts';
import { allHeadingIds, articleHeadings } from '../../src/features/article/headings.ts';
import { RESERVED_IDS, reservedIdProblem } from '../../src/features/article/reserved-ids.ts';

const { articles } = loadContent('content');

test('the reserved ids cover every id the article page template puts on a page', async ({ request }) => {
  const unreserved: string[] = [];
  const used = new Set<string>();
  for (const article of articles) {
    const html = await (await request.get(`/${article.slug}/`)).text();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const own = new Set(allHeadingIds(articleHeadings(article.text)));
    for (const id of ids) {
      if (own.has(id)) continue;
      if (reservedIdProblem(id) === undefined) unreserved.push(`/${article.slug}/: id "${id}"`);
      else used.add(id);
    }
  }
  expect(unreserved, 'add these to RESERVED_IDS in src/features/article/reserved-ids.ts').toEqual([]);
  expect(RESERVED_IDS.filter((id) => !used.has(id))).toEqual([]);
});
