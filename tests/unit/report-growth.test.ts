import { describe, expect, it } from 'vitest';
import { roughlyLinear, steps } from '../../scripts/lib/growth.ts';

describe('growth', () => {
  it('gives the cost of each extra article between runs', () => {
    expect(
      steps([
        { articles: 100, value: 12 },
        { articles: 15, value: 3.5 },
        { articles: 1000, value: 102 },
      ]),
    ).toEqual([
      { from: 15, to: 100, perArticle: 0.1 },
      { from: 100, to: 1000, perArticle: 0.1 },
    ]);
  });

  it('calls growth roughly linear unless the last extra article costs over twice the first', () => {
    const run = (at1000: number) => [
      { articles: 15, value: 2 },
      { articles: 100, value: 3 },
      { articles: 1000, value: at1000 },
    ];
    expect(roughlyLinear(run(20))).toBe(true);
    expect(roughlyLinear(run(50))).toBe(false);
    expect(roughlyLinear(run(20).slice(0, 2))).toBeNull();
  });
});
