/**
 * The growth benchmark's article generator: its articles must pass the same checks as real ones,
 * or `npm run bench:scale` would measure a build that fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/features/article/article-schema.ts';
import { buildIndex, lintArticle, lintCollection, splitFrontmatter } from '../../src/features/article/content-lint.ts';
import { articleHeadings } from '../../src/features/article/headings.ts';
import { copyArticle, syntheticArticles, withoutArticles } from '../../scripts/lib/synthetic-articles.ts';

const mini = `---
title: "Leg pain from narrowed arteries"
description: "Why narrowed leg arteries hurt when you walk, what rest pain means, and when to get help the same day or at once."
inBrief: ["Narrowed arteries can make your calf hurt when you walk.", "Rest pain is more serious."]
topic: arteries
order: 3
updated: 2026-11-25
sources: [source-article]
related: [other-article]
---

Intro text about your legs.

<Section id="walking-pain" title="Pain when you walk">

Your calf hurts when you walk. See [the other article](/other-article/#part) or [the emergency page](/emergency/).

<Subsection id="feels-like" title="What it feels like">

A cramp in your calf.

</Subsection>

</Section>
`;

describe('copyArticle', () => {
  const copy = copyArticle({ slug: 'arterial', text: mini }, 'arterial-v2', 2, 40);
  const { data, body } = splitFrontmatter(copy.text);

  it('gives the copy a new slug, title and order, and keeps the other fields', () => {
    expect(copy.slug).toBe('arterial-v2');
    expect(data.title).toBe('Leg pain from narrowed arteries (version 2)');
    expect(data.order).toBe(40);
    expect(data.related).toEqual(['other-article']);
    expect(data.updated).toBe('2026-11-25');
  });

  it('renames every section id and adds one varied sentence per section', () => {
    expect(articleHeadings(body).map((h) => h.id)).toEqual(['walking-pain-v2', 'feels-like-v2']);
    const added = body.split('\n').filter((line) => !mini.includes(line));
    expect(added).toHaveLength(3); // the two renamed headings and one new sentence
    expect(added[1]).toMatch(/^[A-Z][a-z ]+\.$/);
  });

  it('is deterministic', () => {
    expect(copyArticle({ slug: 'arterial', text: mini }, 'arterial-v2', 2, 40)).toEqual(copy);
  });
});

describe('withoutArticles', () => {
  it('turns links to left-out articles into plain text and drops them from related', () => {
    const { data, body } = splitFrontmatter(
      withoutArticles({ slug: 'a', text: mini }, new Set(['other-article'])).text,
    );
    expect(body).toContain('See the other article or [the emergency page](/emergency/).');
    expect(data.related).toEqual([]);
  });
});

describe('syntheticArticles on real articles', () => {
  const real = readdirSync('content/articles')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.slice(0, -4), text: readFileSync(`content/articles/${f}`, 'utf8') }));
  const glossary = readdirSync('content/glossary').map((f) => f.replace(/\.yaml$/, ''));
  const problems = (articles: { slug: string; text: string }[]) => {
    const sources = articles.map((a) => ({ ...a, file: `${a.slug}.mdx` }));
    const index = buildIndex(sources, glossary);
    return [
      ...lintCollection(sources),
      ...sources.flatMap((a) => lintArticle(a, index)),
      ...sources.flatMap((a) => {
        const parsed = articleSchema.safeParse(splitFrontmatter(a.text).data);
        return parsed.success ? [] : [`${a.slug}: ${parsed.error.message}`];
      }),
    ];
  };

  it('keeps 3 of the real articles, with links to the others removed, and they pass the content lint', () => {
    const three = syntheticArticles(real, 3);
    expect(three.map((a) => a.slug)).toEqual(
      real
        .map((a) => a.slug)
        .sort()
        .slice(0, 3),
    );
    expect(problems(three)).toEqual([]);
  });

  it('makes 8 articles from those 3: unique slugs and orders, all passing the content lint', () => {
    const eight = syntheticArticles(syntheticArticles(real, 3), 8);
    expect(eight).toHaveLength(8);
    expect(new Set(eight.map((a) => a.slug)).size).toBe(8);
    expect(eight.map((a) => a.slug).slice(3)).toEqual([
      'about-v2',
      'acute-limb-ischemia-v2',
      'arterial-leg-pain-v2',
      'about-v3',
      'acute-limb-ischemia-v3',
    ]);
    expect(problems(eight)).toEqual([]);
  });
});
