/** How a figure grows with the number of articles: the cost of each extra article between runs. Pure. */

export interface Point {
  articles: number;
  value: number;
}

export interface Step {
  from: number;
  to: number;
  /** Extra value per extra article between the two runs. */
  perArticle: number;
}

export function steps(points: readonly Point[]): Step[] {
  const sorted = [...points].sort((a, b) => a.articles - b.articles);
  const out: Step[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.articles === a.articles) continue;
    out.push({ from: a.articles, to: b.articles, perArticle: (b.value - a.value) / (b.articles - a.articles) });
  }
  return out;
}

/**
 * "Roughly linear": each extra article costs about the same at the large end as at the small end,
 * within `factor` (so a fixed start-up cost and noise do not count against it). Null with fewer
 * than 2 steps to compare.
 */
export function roughlyLinear(points: readonly Point[], factor = 2): boolean | null {
  const s = steps(points).map((x) => x.perArticle);
  if (s.length < 2) return null;
  const first = s[0]!;
  const last = s[s.length - 1]!;
  if (first <= 0) return last <= 0;
  return last <= first * factor;
}
