/** Build-time access to the articles collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleSummary } from './reading-order.ts';

export type Article = CollectionEntry<'articles'>;

export function summary(article: Article): ArticleSummary {
  const { title, description, topic, order } = article.data;
  return { slug: article.id, title, description, topic, order };
}

/** Every article's summary, in reading order. */
export async function getArticleSummaries(): Promise<ArticleSummary[]> {
  const entries = await getCollection('articles');
  return entries.map(summary).sort((a, b) => a.order - b.order);
}
