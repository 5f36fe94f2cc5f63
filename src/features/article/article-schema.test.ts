import { describe, expect, it } from 'vitest';
import { articleSchema } from './article-schema.ts';

const valid = {
  title: 'Leg pain from narrowed arteries',
  description: 'Why narrowed leg arteries cause pain when you walk or at night, and when it is urgent to get help.',
  inBrief: ['Narrowed arteries cause calf pain when you walk.', 'Pain at night is more serious.'],
  topic: 'arteries',
  order: 3,
  updated: '2026-11-25',
  sources: ['source-article', 'acc-aha-2024'],
};

const issues = (data: unknown) => {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('articleSchema', () => {
  it('accepts a complete article and fills in the defaults', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.alerts).toEqual([]);
    expect(parsed.updated).toEqual(new Date('2026-11-25'));
  });

  it('names each missing or wrong field', () => {
    expect(issues({ ...valid, title: undefined })).toEqual([expect.stringMatching(/^title: /)]);
    expect(issues({ ...valid, topic: 'bones' })).toEqual([expect.stringMatching(/^topic: /)]);
    expect(issues({ ...valid, alerts: ['fire'] })).toEqual([expect.stringMatching(/^alerts\.0: /)]);
    expect(issues({ ...valid, sources: ['acc-aha-2024'] })).toEqual(['sources: must include source-article']);
    expect(issues({ ...valid, colour: 'red' })).toEqual([expect.stringMatching(/colour/)]);
    // The date field is `updated` ("Last updated"); the old `reviewed` name is refused, by name.
    expect(issues({ ...valid, updated: undefined })).toEqual([expect.stringMatching(/^updated: /)]);
    expect(issues({ ...valid, reviewed: '2026-11-25' })).toEqual([expect.stringMatching(/reviewed/)]);
  });
});
