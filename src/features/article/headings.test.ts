import { describe, expect, it } from 'vitest';
import { allHeadingIds, articleHeadings, articleSections, parseFormerIds } from './headings.ts';

const calf = `---
title: Calf pain
---
Intro.

<Section id="walking" title="Pain when you walk">

Calf pain when you walk.

<Subsection id="how-far" title="How far you can walk">

Text.

</Subsection>

</Section>

<Section id="pain-at-rest" formerIds="rest-pain  night-pain" title="Pain when you rest">

Text.

</Section>
`;

describe('articleHeadings', () => {
  it('lists sections and subsections with their ids, titles and levels in page order', () => {
    expect(articleHeadings(calf)).toEqual([
      { id: 'walking', title: 'Pain when you walk', level: 2 },
      { id: 'how-far', title: 'How far you can walk', level: 3 },
      { id: 'pain-at-rest', title: 'Pain when you rest', level: 2, formerIds: ['rest-pain', 'night-pain'] },
    ]);
  });

  it('reads a collection entry body (no frontmatter) the same as the whole file', () => {
    expect(articleHeadings(calf.replace(/^---[\s\S]*?---\n/, ''))).toEqual(articleHeadings(calf));
  });

  it('reads tags as MDX does: over several lines, with ">" and quotes in a title, and not in code', () => {
    const body = [
      'Write `<Section id="not-a-heading" title="Code">` to add a section.',
      '',
      '```',
      '<Section id="in-a-code-block" title="Code">',
      '```',
      '',
      '<Section',
      '  title="Pain > 10 minutes: the \'rest\' test"',
      '  id="rest-test"',
      '>',
      '',
      'Text.',
      '',
      '</Section>',
    ].join('\n');
    expect(articleHeadings(body)).toEqual([{ id: 'rest-test', title: "Pain > 10 minutes: the 'rest' test", level: 2 }]);
  });

  it('gives "On this page" and the handout the h2 sections only', () => {
    expect(articleSections(calf).map((h) => h.id)).toEqual(['walking', 'pain-at-rest']);
  });

  it('throws on MDX that does not parse, so a page build fails instead of losing its headings', () => {
    expect(() => articleHeadings('<Section id="a" title="A">\n\nText.\n')).toThrow(/Section/);
  });
});

describe('former ids', () => {
  it('are separated by any white space, and every id a heading answers to is listed', () => {
    expect(parseFormerIds(' a  b\tc ')).toEqual(['a', 'b', 'c']);
    expect(parseFormerIds(undefined)).toEqual([]);
    expect(allHeadingIds(articleHeadings(calf))).toEqual([
      'walking',
      'how-far',
      'pain-at-rest',
      'rest-pain',
      'night-pain',
    ]);
  });
});
