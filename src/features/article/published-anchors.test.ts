import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from './content-lint-integration.ts';
import {
  anchorAddress,
  articleAnchors,
  compareAnchors,
  describeAnchorProblems,
  mergeAnchors,
  siteAnchors,
} from './published-anchors.ts';

const published = ['/arterial-leg-pain/#rest-pain', '/arterial-leg-pain/#walking-pain', '/leg-pain/#causes'];

describe('articleAnchors', () => {
  it('lists every id a heading answers to, former ids included', () => {
    expect(
      articleAnchors('arterial-leg-pain', [
        { id: 'walking-pain', title: 'Pain when you walk', level: 2, formerIds: ['claudication'] },
        { id: 'what-it-feels-like', title: 'What it feels like', level: 3 },
      ]),
    ).toEqual([
      '/arterial-leg-pain/#walking-pain',
      '/arterial-leg-pain/#claudication',
      '/arterial-leg-pain/#what-it-feels-like',
    ]);
    expect(anchorAddress('leg-pain', 'causes')).toBe('/leg-pain/#causes');
  });
});

describe('compareAnchors', () => {
  it('finds nothing wrong when the site answers to exactly the recorded addresses', () => {
    expect(compareAnchors(published, [...published].reverse())).toEqual({ missing: [], unlisted: [] });
  });

  it('reports a removed section id as missing', () => {
    const current = ['/arterial-leg-pain/#walking-pain', '/leg-pain/#causes'];
    expect(compareAnchors(published, current)).toEqual({ missing: ['/arterial-leg-pain/#rest-pain'], unlisted: [] });
  });

  it('reports a rename without formerIds as one missing and one unlisted address', () => {
    const current = ['/arterial-leg-pain/#pain-at-rest', '/arterial-leg-pain/#walking-pain', '/leg-pain/#causes'];
    expect(compareAnchors(published, current)).toEqual({
      missing: ['/arterial-leg-pain/#rest-pain'],
      unlisted: ['/arterial-leg-pain/#pain-at-rest'],
    });
  });

  it('accepts a rename that keeps the old id in formerIds, once the new address is recorded', () => {
    const current = siteAnchors([
      {
        file: 'content/articles/arterial-leg-pain.mdx',
        slug: 'arterial-leg-pain',
        text: '<Section id="walking-pain" title="Walking">\n</Section>\n<Section id="pain-at-rest" formerIds="rest-pain" title="At rest">\n</Section>\n',
      },
      {
        file: 'content/articles/leg-pain.mdx',
        slug: 'leg-pain',
        text: '<Section id="causes" title="Causes">\n</Section>\n',
      },
    ]);
    expect(compareAnchors(published, current)).toEqual({ missing: [], unlisted: ['/arterial-leg-pain/#pain-at-rest'] });
    expect(compareAnchors(mergeAnchors(published, current), current)).toEqual({ missing: [], unlisted: [] });
  });

  it('reports an article that was removed or renamed as missing all its addresses', () => {
    expect(compareAnchors(published, ['/leg-pain/#causes']).missing).toEqual([
      '/arterial-leg-pain/#rest-pain',
      '/arterial-leg-pain/#walking-pain',
    ]);
  });
});

describe('mergeAnchors', () => {
  it('adds new addresses, sorted, and never drops a recorded one', () => {
    expect(mergeAnchors(published, ['/leg-pain/#causes', '/about/#author'])).toEqual([
      '/about/#author',
      '/arterial-leg-pain/#rest-pain',
      '/arterial-leg-pain/#walking-pain',
      '/leg-pain/#causes',
    ]);
  });
});

describe('describeAnchorProblems', () => {
  it('tells the author how to fix each problem', () => {
    expect(describeAnchorProblems({ missing: ['/a/#b'], unlisted: ['/a/#c'] })).toEqual([
      '/a/#b was published but no heading answers to it any more: put the id back, or add it to the renamed heading\'s formerIds="…"',
      '/a/#c is not recorded yet: run `npm run anchors:update` and commit the list',
    ]);
  });
});

describe('the site', () => {
  it('still answers to every address in tests/published-anchors.json, and the list records every address', () => {
    const list = JSON.parse(
      readFileSync(new URL('../../../tests/published-anchors.json', import.meta.url), 'utf8'),
    ) as string[];
    const current = siteAnchors(loadContent(new URL('../../../content', import.meta.url).pathname).articles);
    expect(describeAnchorProblems(compareAnchors(list, current))).toEqual([]);
    expect(list, 'the list is kept sorted and without repeats').toEqual(mergeAnchors(list, []));
  });
});
