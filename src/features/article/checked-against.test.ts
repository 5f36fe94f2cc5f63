import { describe, expect, it } from 'vitest';
import { checkedAgainst, checkedAgainstShort } from './checked-against.ts';
import type { SourceId } from './sources.ts';

describe('checkedAgainst', () => {
  it('names the source article first, then each cited work with its year', () => {
    expect(checkedAgainst(['source-article', 'acc-aha-2024', 'gvg-2019'])).toBe(
      'the source article; ACC/AHA guideline, 2024; Global Vascular Guidelines, 2019',
    );
  });

  it('names only the source article when the page cites nothing else', () => {
    expect(checkedAgainst(['source-article'])).toBe('the source article');
  });

  it('refuses an unknown source with a message naming it', () => {
    expect(() => checkedAgainst(['source-article', 'made-up' as SourceId])).toThrow(
      /made-up.*src\/features\/article\/sources\.ts/,
    );
  });
});

describe('checkedAgainstShort', () => {
  it('names one other work, and counts several', () => {
    expect(checkedAgainstShort(['source-article'])).toBe('the source article');
    expect(checkedAgainstShort(['source-article', 'gvg-2019'])).toBe(
      'the source article and Global Vascular Guidelines, 2019',
    );
    expect(checkedAgainstShort(['source-article', 'acc-aha-2024', 'gvg-2019'])).toBe(
      'the source article and 2 guidelines and studies',
    );
  });
});
