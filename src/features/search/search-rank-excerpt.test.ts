import { describe, expect, it } from 'vitest';
import { FULL_MATCH_BONUS, rankPages, weighPages, type Hit } from './rank.ts';
import { buildExcerpt, type Anchor } from './excerpt.ts';

const hit = (id: string, score: number, words: number[] = [], matchedMetaFields?: string[]): Hit => ({
  id,
  score,
  words,
  matchedMetaFields,
});

describe('rankPages', () => {
  it('puts the page that answers more of the question first, even without every word', () => {
    // "calf cramps night": the arteries page holds calf and night, the cramps page only cramps.
    const ranked = rankPages(
      [
        [{ weight: 1, hits: [hit('arteries', 2, [5])] }],
        [{ weight: 1, hits: [hit('cramps', 3, [9])] }],
        [{ weight: 1, hits: [hit('arteries', 1, [40])] }],
      ],
      null,
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['arteries', 'cramps']);
    expect(ranked[0]!.coverage).toBeCloseTo(2 / 3, 5);
  });

  it('counts a rare word for more than a word every page holds', () => {
    // "leg" is on all 4 pages; "ulcer" on 1.
    const all = ['a', 'b', 'c', 'd'].map((id) => hit(id, 1));
    const ranked = rankPages([[{ weight: 1, hits: all }], [{ weight: 1, hits: [hit('d', 1)] }]], null, 4);
    expect(ranked[0]!.id).toBe('d');
    expect(ranked[0]!.coverage).toBe(1);
    expect(ranked[1]!.coverage).toBeCloseTo(Math.log(2) / (Math.log(2) + Math.log(5)), 5);
  });

  it('judges how rare a word is on all its forms, so a rare form does not make a common word count most', () => {
    // "feet swelling": only page c says "feet", but 6 of 10 pages say "foot"; 2 say "swelling".
    const feet = [
      { weight: 1, sameWord: true, hits: [hit('c', 1)] },
      { weight: 1, sameWord: true, hits: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => hit(id, 1)) },
    ];
    const swelling = [{ weight: 1, sameWord: true, hits: [hit('a', 1), hit('g', 1)] }];
    const ranked = rankPages([feet, swelling], null, 10);
    const coverage = (id: string) => ranked.find((r) => r.id === id)!.coverage;
    expect(ranked[0]!.id).toBe('a');
    expect(coverage('g')).toBeGreaterThan(coverage('c'));
    expect(coverage('c')).toBeCloseTo(Math.log(1 + 10 / 6) / (Math.log(1 + 10 / 6) + Math.log(1 + 10 / 2)), 5);
  });

  it('gives a synonym match less than a match on the reader’s own word', () => {
    const ranked = rankPages(
      [
        [
          { weight: 1, hits: [hit('own', 1)] },
          { weight: 0.85, hits: [hit('synonym', 1)] },
        ],
      ],
      null,
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['own', 'synonym']);
    expect(ranked[1]!.score).toBeCloseTo(0.85, 5);
  });

  it('adds a bonus for holding every concept at once', () => {
    const ranked = rankPages(
      [[{ weight: 1, hits: [hit('a', 1), hit('b', 1)] }], [{ weight: 1, hits: [hit('a', 1), hit('b', 1)] }]],
      [hit('b', 1)],
      10,
    );
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      ['b', 1 + FULL_MATCH_BONUS],
      ['a', 1],
    ]);
  });

  it('ignores a concept nothing matched, and marks pages named by the words (title or aliases)', () => {
    const ranked = rankPages(
      [[{ weight: 1, hits: [] }], [{ weight: 1, hits: [hit('term', 1, [], ['title']), hit('page', 1, [3])] }]],
      null,
      10,
    );
    expect(ranked.map((r) => [r.id, r.coverage, r.named])).toEqual([
      ['page', 1, false],
      ['term', 1, true],
    ]);
  });

  it('gives no pages for no results', () => {
    expect(rankPages([], null, 10)).toEqual([]);
  });
});

const content =
  'Leg pain from narrowed arteries. In brief. Narrowed arteries cause pain. ' +
  'Pain when you walk. Your calf hurts when you walk uphill and eases when you stop. ' +
  'Pain at night. Your toes hurt in bed at night.';
// Word positions: "In" 5, "Pain" (walk heading) 11, "calf" 16, "uphill" 21, "Pain" (night heading) 27.
const anchors: Anchor[] = [
  { element: 'h2', id: 'in-brief', text: 'In brief', location: 5 },
  { element: 'h2', id: 'walking-pain', text: 'Pain when you walk', location: 11 },
  { element: 'h2', id: 'rest-pain', text: 'Pain at night', location: 27 },
];
const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('weighPages', () => {
  // "bypass using your own vein": the about page's notes on the source article hold both words.
  const concepts = [
    [{ weight: 1, hits: [hit('about', 3, [400]), hit('treatment', 2, [90])] }],
    [{ weight: 1, hits: [hit('about', 3, [410]), hit('treatment', 1, [95])] }],
  ];

  it('ranks a page about the site below an article that answers the same words', () => {
    expect(rankPages(concepts, null, 10)[0]!.id).toBe('about');
    const weighed = weighPages(rankPages(concepts, null, 10), new Set(['about']), 0.5);
    expect(weighed.map((r) => r.id)).toEqual(['treatment', 'about']);
  });

  it('keeps the score of a page about the site that the search names (title or aliases)', () => {
    const named = [[{ weight: 1, hits: [hit('about', 3, [], ['aliases']), hit('treatment', 2, [90])] }]];
    const weighed = weighPages(rankPages(named, null, 10), new Set(['about']), 0.5);
    expect(weighed[0]!.id).toBe('about');
  });
});

describe('buildExcerpt', () => {
  it('links to the section holding most matches and marks the matched words without their punctuation', () => {
    const matches = new Map([
      [16, 1], // calf
      [21, 1], // uphill
      [36, 1], // night.
    ]);
    const excerpt = buildExcerpt(content, anchors, matches, { title: 'Leg pain from narrowed arteries.' });
    expect(excerpt.section).toEqual({ id: 'walking-pain', title: 'Pain when you walk' });
    expect(text(excerpt.parts)).toBe('Your [calf] hurts when you walk [uphill] and eases when you stop.');
  });

  it('weighs matches: one rare word beats 2 common ones', () => {
    const matches = new Map([
      [16, 0.5],
      [18, 0.5],
      [36, 3],
    ]);
    expect(buildExcerpt(content, anchors, matches).section?.id).toBe('rest-pain');
  });

  it('shows a window of the given length with ellipses where the text goes on', () => {
    const excerpt = buildExcerpt(content, anchors, new Map([[21, 1]]), { length: 4 });
    expect(text(excerpt.parts)).toBe('… when you walk [uphill] …');
  });

  it('links a match in a top-of-page section to the page itself', () => {
    const excerpt = buildExcerpt(content, anchors, new Map([[9, 1]]), { topAnchors: ['in-brief'] });
    expect(excerpt.section).toBeNull();
    expect(text(excerpt.parts)).toBe('Narrowed arteries [cause] pain.');
  });

  it('shows the opening after the title and its first heading when only the title or aliases matched', () => {
    const excerpt = buildExcerpt(content, anchors, new Map(), { title: 'Leg pain from narrowed arteries.', length: 5 });
    expect(excerpt.section).toBeNull();
    expect(text(excerpt.parts)).toBe('Narrowed arteries cause pain. Pain …');
  });

  it('starts a few words before the match, so the match is not the last word shown', () => {
    const long = 'Title. One two three four five six seven eight nine ten eleven twelve thirteen fourteen.';
    // "ten" is word 10; a 6-word window could end on it, but reads better with it near the start.
    const excerpt = buildExcerpt(long, [], new Map([[10, 1]]), { title: 'Title.', length: 6 });
    expect(text(excerpt.parts)).toBe('… seven eight nine [ten] eleven twelve …');
  });
});
