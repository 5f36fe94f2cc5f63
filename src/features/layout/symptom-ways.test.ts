/**
 * The ways in by symptom must lead somewhere real: every link lands on an existing article and,
 * when it names a section, on a heading that article declares. A renamed article or section
 * fails here, not in front of a reader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { symptomWays } from './symptom-ways.ts';
import { STATIC_PAGES } from '../article/content-lint.ts';
import { allHeadingIds, articleHeadings } from '../article/headings.ts';

const articleDir = new URL('../../../content/articles/', import.meta.url);
const articles = new Map(
  readdirSync(articleDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(new URL(f, articleDir), 'utf8');
      return [f.replace(/\.mdx$/, ''), new Set(allHeadingIds(articleHeadings(text)))] as const;
    }),
);

/** "/slug/#id" -> its problem, or null when it resolves. */
function problemWith(href: string): string | null {
  const m = /^\/([a-z0-9-]*)\/(?:#([a-z0-9-]+))?$/.exec(href);
  if (!m) return `${href}: must look like /slug/ or /slug/#section`;
  const [, slug = '', section] = m;
  if ((STATIC_PAGES as readonly string[]).includes(slug))
    return section ? `${href}: static pages have no sections here` : null;
  const ids = articles.get(slug);
  if (!ids) return `${href}: no article ${slug}`;
  if (section && !ids.has(section)) return `${href}: ${slug} has no section #${section}`;
  return null;
}

describe('symptomWays', () => {
  it('offers the 6 symptoms patients describe, each once', () => {
    expect(symptomWays.map((w) => w.symptom)).toEqual([
      'Pain when walking',
      'Pain at night or at rest',
      'A swollen leg',
      'Sudden pain, or a cold, pale leg',
      'Pain from your back down your leg',
      'Aching, heavy legs or visible veins',
    ]);
    expect(new Set(symptomWays.map((w) => w.id)).size).toBe(symptomWays.length);
  });

  it('links every symptom to 1 to 3 places that exist', () => {
    for (const way of symptomWays) {
      expect(way.links.length, way.id).toBeGreaterThanOrEqual(1);
      expect(way.links.length, way.id).toBeLessThanOrEqual(3);
    }
    const problems = symptomWays.flatMap((w) => w.links.map((l) => problemWith(l.href))).filter((p) => p !== null);
    expect(problems).toEqual([]);
  });

  it('sends each symptom first to the article that explains it', () => {
    const first = Object.fromEntries(symptomWays.map((w) => [w.id, w.links[0]!.href.split('#')[0]]));
    expect(first).toEqual({
      walking: '/arterial-leg-pain/',
      'night-or-rest': '/arterial-leg-pain/',
      'swollen-leg': '/venous-leg-pain/',
      'sudden-cold-pale': '/acute-limb-ischemia/',
      'back-down-leg': '/nerve-leg-pain/',
      'heavy-legs-veins': '/venous-leg-pain/',
    });
    // Only the sudden cold, pale leg is an emergency; the card says so in words, not only in colour.
    expect(symptomWays.filter((w) => w.emergency).map((w) => w.id)).toEqual(['sudden-cold-pale']);
    expect(symptomWays.find((w) => w.emergency)?.hint).toMatch(/emergency/);
  });

  it('names where each link goes in its text (no "read more")', () => {
    for (const link of symptomWays.flatMap((w) => w.links)) {
      expect(link.label, link.href).not.toMatch(/^(read more|more|here|click here|this page)$/i);
      expect(link.label.length, link.href).toBeGreaterThan(10);
    }
  });

  it('knows a broken link when it sees one', () => {
    expect(problemWith('/arterial-leg-pain/#no-such-section')).toMatch(/no section/);
    expect(problemWith('/no-such-article/')).toMatch(/no article/);
    expect(problemWith('/emergency/')).toBeNull();
  });
});
