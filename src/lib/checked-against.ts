/**
 * The line under an article's title that says what the page was checked against. No clinician
 * has reviewed the site, so the label names only what is true: the date the text last changed
 * and the works it was compared with (the source article and the guidelines and studies it cites).
 */
import { sources, type SourceId } from '../data/sources.ts';

/** "the source article; ACC/AHA guideline, 2024; Global Vascular Guidelines, 2019". */
export function checkedAgainst(ids: readonly SourceId[]): string {
  const unknown = ids.filter((id) => !(id in sources));
  if (unknown.length > 0) {
    throw new Error(`checkedAgainst: unknown source id(s) ${unknown.join(', ')}; add them to src/data/sources.ts`);
  }
  const others = ids.filter((id) => id !== 'source-article').map((id) => sources[id].short);
  return ['the source article', ...others].join('; ');
}
