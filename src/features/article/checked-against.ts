/**
 * The line under an article's title that says what the page was checked against. No clinician
 * has reviewed the site, so the label names only what is true: the date the text last changed
 * and the works it was compared with (the source article and the guidelines and studies it cites).
 */
import { sources, type SourceId } from './sources.ts';

/** "the source article; ACC/AHA guideline, 2024; Global Vascular Guidelines, 2019". */
export function checkedAgainst(ids: readonly SourceId[]): string {
  const unknown = ids.filter((id) => !(id in sources));
  if (unknown.length > 0) {
    throw new Error(
      `checkedAgainst: unknown source id(s) ${unknown.join(', ')}; add them to src/features/article/sources.ts`,
    );
  }
  const others = ids.filter((id) => id !== 'source-article').map((id) => sources[id].short);
  return ['the source article', ...others].join('; ');
}

/**
 * The same in a few words, for the line under the title: on a phone the full list pushed the
 * article's "In brief" off the first screen. The sources section names every work.
 */
export function checkedAgainstShort(ids: readonly SourceId[]): string {
  const others = checkedAgainst(ids).split('; ').slice(1);
  if (others.length === 0) return 'the source article';
  if (others.length === 1) return `the source article and ${others[0]}`;
  return `the source article and ${others.length} guidelines and studies`;
}
