import { describe, expect, it } from 'vitest';
import { cutPageText, partsHolding, TEXT_PART_WORDS, textPartPath, wordsFrom } from './page-text.ts';

const text = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('a page text cut into parts', () => {
  it('keeps the opening part in the fragment and puts each further part in a file', () => {
    const { opening, parts, totalWords } = cutPageText(text(TEXT_PART_WORDS * 2 + 5));
    expect(totalWords).toBe(TEXT_PART_WORDS * 2 + 5);
    expect(opening.split(' ')).toHaveLength(TEXT_PART_WORDS);
    expect(parts.map((p) => p.split(' ').length)).toEqual([TEXT_PART_WORDS, 5]);
    expect(parts[0]!.startsWith(`w${TEXT_PART_WORDS} `)).toBe(true);
    expect(textPartPath('en_8c358c4', 2)).toBe('/search/text/en_8c358c4/2.txt');
  });

  it('needs no file for a text that fits in its opening part', () => {
    expect(cutPageText('Claudication: pain in your legs when you walk.').parts).toEqual([]);
  });

  it('names the parts an excerpt needs: none in the opening, 1 inside a part, 2 across a boundary', () => {
    expect(partsHolding(5, 29)).toEqual([]);
    expect(partsHolding(TEXT_PART_WORDS + 3, TEXT_PART_WORDS + 27)).toEqual([1]);
    expect(partsHolding(TEXT_PART_WORDS - 10, TEXT_PART_WORDS + 14)).toEqual([1]);
    expect(partsHolding(2 * TEXT_PART_WORDS - 4, 2 * TEXT_PART_WORDS + 20)).toEqual([1, 2]);
  });

  it('puts the words back where they were in the whole text', () => {
    const whole = text(TEXT_PART_WORDS * 3);
    const { opening, parts } = cutPageText(whole);
    const wordAt = wordsFrom(opening, new Map([[2, parts[1]!]]));
    expect(wordAt(3)).toBe('w3');
    expect(wordAt(2 * TEXT_PART_WORDS + 7)).toBe(`w${2 * TEXT_PART_WORDS + 7}`);
  });
});
