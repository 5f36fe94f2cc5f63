/** Pure helpers over article metadata: reading order, neighbours and topic groups. */

export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  topic: string;
  order: number;
}

export function byReadingOrder<T extends { order: number }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.order - b.order);
}

/** The articles before and after this one in the reading order (`about` stands outside it). */
export function neighbours<T extends ArticleSummary>(articles: readonly T[], slug: string): { prev?: T; next?: T } {
  const sequence = byReadingOrder(articles.filter((a) => a.topic !== 'about'));
  const at = sequence.findIndex((a) => a.slug === slug);
  if (at === -1) return {};
  return { prev: sequence[at - 1], next: sequence[at + 1] };
}

export function groupByTopic<T extends ArticleSummary>(
  articles: readonly T[],
  topicIds: readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>(topicIds.map((id) => [id, []]));
  for (const article of byReadingOrder(articles)) groups.get(article.topic)?.push(article);
  return groups;
}
