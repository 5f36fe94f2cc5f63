import { describe, expect, it } from 'vitest';
import { tokenise } from './text.ts';
import { allowedSlips, closestWords, editDistance, spellingVariants } from './spelling.ts';
import { decodeWords } from './vocabulary.ts';

describe('tokenise', () => {
  it('lower-cases, drops accents and apostrophes, and splits at other marks', () => {
    expect(tokenise("Can't walk far: my CALF hurts!")).toEqual(['cant', 'walk', 'far', 'my', 'calf', 'hurts']);
    expect(tokenise('Prof. Dr. Yavuz Beşoğul')).toEqual(['prof', 'dr', 'yavuz', 'besogul']);
    expect(tokenise('ankle-brachial index of 0.9')).toEqual(['ankle', 'brachial', 'index', 'of', '0.9']);
  });

  it('gives no words for blank or punctuation-only text', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise('  ?! … ')).toEqual([]);
  });
});

const pairs = [
  ['ischaem', 'ischem'],
  ['oedem', 'edem'],
  ['colour', 'color'],
] as const;

describe('spellingVariants', () => {
  it('turns American spellings into British ones and back', () => {
    expect(spellingVariants('ischemia', pairs)).toEqual(['ischaemia']);
    expect(spellingVariants('oedema', pairs)).toEqual(['edema']);
    expect(spellingVariants('discoloured', pairs)).toEqual(['discolored']);
  });

  it('gives nothing for a word no pair touches', () => {
    expect(spellingVariants('calf', pairs)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts added, dropped and changed letters, and a swap of 2 letters as 1', () => {
    expect(editDistance('diabtes', 'diabetes')).toBe(1);
    expect(editDistance('claudicaton', 'claudication')).toBe(1);
    expect(editDistance('anjioplasty', 'angioplasty')).toBe(1);
    expect(editDistance('thormbosis', 'thrombosis')).toBe(1);
    expect(editDistance('vein', 'vein')).toBe(0);
    expect(editDistance('leg', 'arm')).toBe(3);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('stocking', 'varicose', 2)).toBe(3);
  });
});

describe('closestWords', () => {
  const site = ['angioplasty', 'angiography', 'arthritis', 'sciatica', 'stockings', 'swollen', 'calf'];

  it('finds the site words a misspelling is closest to', () => {
    expect(closestWords('anjioplasty', site)).toEqual(['angioplasty']);
    expect(closestWords('artheritis', site)).toEqual(['arthritis']);
    expect(closestWords('siatica', site)).toEqual(['sciatica']);
    expect(closestWords('swolen', site)).toEqual(['swollen']);
  });

  it('leaves short words alone: a slip in them could be any word', () => {
    expect(allowedSlips('cal')).toBe(0);
    expect(closestWords('cal', site)).toEqual([]);
  });

  it('finds nothing for a word unlike any on the site', () => {
    expect(closestWords('helicopter', site)).toEqual([]);
  });
});

describe('decodeWords', () => {
  it('reads the front-coded word list of the vocabulary file', () => {
    expect(decodeWords('0ankle 5s 0calf 3ves')).toEqual(['ankle', 'ankles', 'calf', 'calves']);
    expect(decodeWords('')).toEqual([]);
  });
});
