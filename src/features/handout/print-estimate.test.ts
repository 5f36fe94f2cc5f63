import { describe, expect, it } from 'vitest';
import { KEEP_WITH_NEXT, SPLITS, countPages, estimatePages, noteLines, type PrintHeights } from './print-estimate.ts';
import { handoutWording } from './wording.en.ts';

const text = (height: number) => ({ height, splits: true, keepWithNext: false });
const box = (height: number) => ({ height, splits: false, keepWithNext: false });
const heading = (height: number) => ({ height, splits: false, keepWithNext: true });

describe('countPages', () => {
  it('fills a sheet, then starts the next', () => {
    expect(countPages([box(400), box(400)], 1000)).toBe(1);
    expect(countPages([box(400), box(400), box(400)], 1000)).toBe(2);
  });

  it('runs a paragraph over onto the next sheet, but moves a box that does not fit whole', () => {
    expect(countPages([box(900), text(300)], 1000)).toBe(2);
    expect(countPages([box(600), box(500), box(500)], 1000)).toBe(2);
    expect(countPages([box(600), box(500), box(600)], 1000)).toBe(3);
  });

  it('never ends a sheet with a heading: it goes over with the start of what follows', () => {
    // 940 + 30 + 20 fits; the heading and the first 60px of a long paragraph do not: both go over.
    expect(countPages([box(940), heading(30), text(20)], 1000)).toBe(1);
    expect(countPages([box(940), heading(30), text(300)], 1000)).toBe(2);
  });

  it('splits a box taller than a sheet, as Chromium does', () => {
    expect(countPages([box(2500)], 1000)).toBe(3);
  });

  it('says what is wrong with a page height that is not a positive number', () => {
    expect(() => countPages([box(1)], 0)).toThrow(/pageHeight must be a positive number of pixels, got 0/);
  });
});

describe('noteLines', () => {
  it('counts each line of the note, wrapped', () => {
    expect(noteLines('', 50)).toBe(0);
    expect(noteLines('Walk.', 50)).toBe(1);
    expect(noteLines('a'.repeat(120), 50)).toBe(3);
    expect(noteLines('Walk.\n\nRest.', 50)).toBe(3);
  });
});

describe('estimatePages', () => {
  const paper = {
    pageHeight: 1000,
    noteLine: 25,
    noteCharsPerLine: 50,
    addressLine: 20,
    addressCharsPerLine: 60,
    addressLines: 2,
  };
  const heights: PrintHeights = {
    papers: { A4: paper, Letter: { ...paper, pageHeight: 900 } },
    blocks: {
      h1: [100, 100, KEEP_WITH_NEXT],
      note: [100, 100, 0],
      address: [100, 100, 0],
      text: [700, 760, SPLITS],
    },
  };

  it("counts A4 and Letter separately, and adds the note's and the link's extra lines", () => {
    expect(estimatePages(['h1', 'text'], heights).pages).toEqual({ A4: 1, Letter: 1 });
    expect(estimatePages(['h1', 'note', 'text'], heights, { note: 'Walk.' }).pages).toEqual({ A4: 1, Letter: 2 });
    // 9 more lines of note: 225px more.
    expect(estimatePages(['h1', 'note', 'text'], heights, { note: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj' }).pages.A4).toBe(2);
    // A link of 2 lines as measured adds nothing; one of 12 lines adds 200px.
    expect(estimatePages(['h1', 'address', 'text'], heights, { address: 'x'.repeat(100) }).pages.A4).toBe(1);
    expect(estimatePages(['h1', 'address', 'text'], heights, { address: 'x'.repeat(700) }).pages.A4).toBe(2);
  });

  it('names blocks it has no measurement for, rather than guessing', () => {
    expect(estimatePages(['h1', 'new-section:0'], heights).unmeasured).toEqual(['new-section:0']);
  });
});

// What the builder tells the doctor. "About": checked against real PDFs, the estimate is exact or
// one page too many (the print test allows no fewer).
describe('the page count in words (handoutWording.estimate)', () => {
  it('says one number when both papers agree, and both when they do not', () => {
    expect(handoutWording.estimate({ A4: 1, Letter: 1 })).toBe('It prints on about 1 page.');
    expect(handoutWording.estimate({ A4: 2, Letter: 3 })).toBe(
      'It prints on about 2 pages of A4 paper (3 on US Letter).',
    );
  });
});
