import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './wording.en.ts';

/** Every string reachable in the catalogue, with its path ("search.nothingFound.lead"). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the English wording catalogue', () => {
  it('gathers every feature that has a wording file, so none is left out of a translation', () => {
    const features = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory() && readdirSync(new URL(`./${d.name}/`, import.meta.url)).includes('wording.en.ts'))
      .map((d) => d.name)
      .sort();
    expect(Object.keys(en).sort()).toEqual(features);
  });

  it('holds no text of only spaces, and none padded with more than one space', () => {
    // An empty string is allowed: it means "nothing here" (the arm boxes need no leg name).
    const bad = strings(en, '').filter(([, text]) => (text !== '' && text.trim() === '') || /^\s\s|\s\s$/.test(text));
    expect(bad).toEqual([]);
  });
});
