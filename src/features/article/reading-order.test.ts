import { describe, expect, it } from 'vitest';
import { groupByTopic, neighbours, type ArticleSummary } from './reading-order.ts';

const a = (slug: string, topic: string, order: number): ArticleSummary => ({
  slug,
  topic,
  order,
  title: slug,
  description: '',
});
const articles = [
  a('veins', 'veins', 3),
  a('start', 'overview', 1),
  a('about', 'about', 99),
  a('arteries', 'arteries', 2),
];

describe('neighbours', () => {
  it('gives the previous and next article in reading order', () => {
    const { prev, next } = neighbours(articles, 'arteries');
    expect(prev?.slug).toBe('start');
    expect(next?.slug).toBe('veins');
  });

  it('has no previous for the first and no next for the last; about stands outside the order', () => {
    expect(neighbours(articles, 'start').prev).toBeUndefined();
    expect(neighbours(articles, 'veins').next).toBeUndefined();
    expect(neighbours(articles, 'about')).toEqual({});
  });
});

describe('groupByTopic', () => {
  it('keeps every topic, even an empty one, with its articles in reading order', () => {
    const groups = groupByTopic([...articles, a('clots', 'veins', 0)], ['overview', 'arteries', 'veins', 'nerves']);
    expect([...groups.keys()]).toEqual(['overview', 'arteries', 'veins', 'nerves']);
    expect(groups.get('veins')?.map((x) => x.slug)).toEqual(['clots', 'veins']);
    expect(groups.get('nerves')).toEqual([]);
  });
});
