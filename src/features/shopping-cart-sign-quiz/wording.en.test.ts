import { describe, expect, it } from 'vitest';
import { quizWording } from './wording.en.ts';

const { result } = quizWording;

describe('the quiz wording', () => {
  it('counts the "not sure" answers in the singular and the plural', () => {
    expect(result.notSure(1)).toBe('You were not sure about 1 question. It was left out.');
    expect(result.notSure(3)).toBe('You were not sure about 3 questions. They were left out.');
  });

  it('names both sides in the points line, with their points', () => {
    expect(result.points(9, 0)).toBe('Points for narrowed arteries: 9. Points for a pinched nerve in the back: 0.');
  });

  it('gives every way the answers can lean a different headline', () => {
    const headlines = Object.values(quizWording.lean).map((lean) => lean.headline);
    expect(new Set(headlines).size).toBe(headlines.length);
  });
});
