import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema } from '../article/article-schema.ts';
import { alphabet, groupByLetter, jumpList, letterId, letterOf } from './glossary-letters.ts';

const dir = new URL('../../../content/glossary/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const entries = files.map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  data: glossarySchema.parse(parse(readFileSync(new URL(file, dir), 'utf8'))),
}));
const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());

describe('glossarySchema', () => {
  const valid = { term: 'Diabetes', definition: 'Too much sugar in your blood, for a long time.' };

  it('accepts misspellings for search and leaves both lists empty by default', () => {
    expect(glossarySchema.parse(valid)).toMatchObject({ also: [], misspelt: [], everyday: false });
    expect(glossarySchema.parse({ ...valid, also: ['diabetic'], misspelt: ['diabetis'] })).toMatchObject({
      also: ['diabetic'],
      misspelt: ['diabetis'],
    });
  });

  it('refuses a misspelling that is not a list of words, and unknown fields', () => {
    expect(glossarySchema.safeParse({ ...valid, misspelt: 'diabetis' }).success).toBe(false);
    expect(glossarySchema.safeParse({ ...valid, misspelt: [''] }).success).toBe(false);
    expect(glossarySchema.safeParse({ ...valid, typos: ['diabetis'] }).success).toBe(false);
  });
});

describe('content/glossary', () => {
  it('every file fits the schema', () => {
    expect(entries.length).toBeGreaterThan(50);
  });

  it('no name shown as "Also called" is listed as a misspelling of the same term', () => {
    const both = entries.flatMap(({ id, data }) =>
      lower(data.also)
        .filter((name) => lower(data.misspelt).includes(name))
        .map((name) => `${id}: "${name}"`),
    );
    expect(both).toEqual([]);
  });

  it('the misspellings found in the audit are kept for search, not shown', () => {
    const audit: Record<string, string> = {
      angioplasty: 'angioplasy',
      atherosclerosis: 'athrosclerosis',
      diabetes: 'diabetis',
      sciatica: 'siatica',
      'varicose-veins': 'varicous veins',
    };
    for (const [id, word] of Object.entries(audit)) {
      const entry = entries.find((e) => e.id === id)!;
      expect(entry.data.misspelt, id).toContain(word);
      expect(lower(entry.data.also), id).not.toContain(word);
    }
  });

  it('no term id looks like the id of a letter heading on the glossary page', () => {
    expect(entries.map((e) => e.id).filter((id) => id.startsWith('letter-'))).toEqual([]);
  });
});

describe('the glossary A to Z', () => {
  it('files a term under its first letter, without accents; digits and signs under "#"', () => {
    expect(letterOf('angioplasty')).toBe('A');
    expect(letterOf('Échographie')).toBe('E');
    expect(letterOf('3D scan')).toBe('#');
    expect(letterId('A')).toBe('letter-a');
    expect(letterId('#')).toBe('letter-other');
  });

  it('groups sorted terms by letter and links only the letters that have terms', () => {
    const groups = groupByLetter(['Angioplasty', 'Artery', 'Calf', 'Stent'], (t) => t);
    expect(groups).toEqual([
      { letter: 'A', id: 'letter-a', items: ['Angioplasty', 'Artery'] },
      { letter: 'C', id: 'letter-c', items: ['Calf'] },
      { letter: 'S', id: 'letter-s', items: ['Stent'] },
    ]);
    const list = jumpList(groups);
    expect(list.map((l) => l.letter)).toEqual(alphabet);
    expect(list.filter((l) => l.id)).toEqual([
      { letter: 'A', id: 'letter-a' },
      { letter: 'C', id: 'letter-c' },
      { letter: 'S', id: 'letter-s' },
    ]);
    expect(list.find((l) => l.letter === 'B')).toEqual({ letter: 'B', id: null });
    expect(jumpList(groupByLetter(['3D scan'], (t) => t))[0]).toEqual({ letter: '#', id: 'letter-other' });
  });

  it('every glossary term falls under a letter that the jump list links', () => {
    const groups = groupByLetter(
      entries.map((e) => e.data.term).sort((a, b) => a.localeCompare(b, 'en')),
      (t) => t,
    );
    expect(groups.flatMap((g) => g.items)).toHaveLength(entries.length);
    const linked = jumpList(groups).filter((l) => l.id);
    expect(linked.map((l) => l.letter)).toEqual(groups.map((g) => g.letter));
  });
});
