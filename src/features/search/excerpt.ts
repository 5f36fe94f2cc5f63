/**
 * Picks the section of a page that best answers a search, and the few words of it to show with
 * the matched words marked. Works on Pagefind's page text, where word N of the text (split at
 * white space) is the word at position N in the results.
 */
import { textWords } from './page-text.ts';

/** A heading with an id in the page, as Pagefind lists it. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  /** Position of the heading's first word in the page's text. */
  location: number;
}

/** A run of words to show; `mark` runs are the matched words. Plain text: render it as text. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  /** The section to link to, or null for the top of the page. */
  section: { id: string; title: string } | null;
  parts: ExcerptPart[];
}

export interface ExcerptOptions {
  /** Words to show. */
  length?: number;
  /** Heading ids that are not worth a link of their own (e.g. a summary at the top of each page). */
  topAnchors?: readonly string[];
  /** The page title, which starts the text and is already shown with each result. */
  title?: string;
}

const wordCount = (text: string) => textWords(text).length;

interface Region {
  start: number;
  end: number;
  anchor: Anchor | null;
}

/** The page cut at its headings: the top of the page, then one region per heading. */
function regions(anchors: readonly Anchor[], total: number): Region[] {
  const headings = anchors
    .filter((a) => /^h[1-6]$/.test(a.element) && a.id && a.location < total)
    .sort((a, b) => a.location - b.location);
  const list: Region[] = [{ start: 0, end: headings[0]?.location ?? total, anchor: null }];
  headings.forEach((h, i) => list.push({ start: h.location, end: headings[i + 1]?.location ?? total, anchor: h }));
  return list.filter((r) => r.end > r.start);
}

/**
 * Where an excerpt sits in a page's text: worked out from word positions and headings alone, so
 * the search page can fetch only those words of the page (see page-text.ts).
 */
export interface ExcerptPlan {
  section: { id: string; title: string } | null;
  /** The words shown: from `start` up to, not including, `end`. */
  start: number;
  end: number;
  /** Text is left out before or after the words shown: the excerpt says so with "…". */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How many words the page's text opens with that are its title (0 when it does not open with it). */
export function titleWordsAtStart(openingWords: readonly string[], title: string): number {
  const n = wordCount(title);
  return title && openingWords.slice(0, n).join(' ').startsWith(title.trim()) ? n : 0;
}

/**
 * Plans the excerpt of a page of `totalWords` words whose first `titleWords` are its title: the
 * section holding most matched weight, and the window of `length` words in it to show.
 */
export function planExcerpt(
  page: { totalWords: number; titleWords: number },
  anchors: readonly Anchor[],
  matches: ReadonlyMap<number, number>,
  options: Omit<ExcerptOptions, 'title'> = {},
): ExcerptPlan {
  const { length = 24, topAnchors = [] } = options;
  const { totalWords, titleWords } = page;
  const inText = [...matches].filter(([at]) => at >= 0 && at < totalWords);
  const weightIn = (from: number, to: number) =>
    inText.reduce((sum, [at, weight]) => (at >= from && at < to ? sum + weight : sum), 0);

  // The section holding most of the matched weight; the earlier one on a tie.
  let best: Region | null = null;
  let bestWeight = 0;
  for (const region of regions(anchors, totalWords)) {
    const weight = weightIn(region.start, region.end);
    if (weight > bestWeight) [best, bestWeight] = [region, weight];
  }

  // Nothing matched in the text (the page matched on its title or aliases): show its opening.
  const region: Region = best ?? { start: 0, end: totalWords, anchor: null };
  let from = region.anchor ? region.start + wordCount(region.anchor.text) : Math.max(region.start, titleWords);
  if (!best) {
    // Skip a heading that opens the page ("In brief").
    const opening = anchors.find((a) => a.location === from);
    if (opening) from += wordCount(opening.text);
  }
  const to = Math.max(from, region.end);

  // The window of `length` words holding most matched weight, moved to start a few words before
  // its first match (keeping all its matches), so the matches read in context rather than end it.
  let start = from;
  if (best) {
    let windowWeight = -1;
    for (let s = from; s <= Math.max(from, to - length); s++) {
      const w = weightIn(s, s + length);
      if (w > windowWeight) [start, windowWeight] = [s, w];
    }
    const inWindow = inText.map(([at]) => at).filter((at) => at >= start && at < start + length);
    if (inWindow.length) start = Math.max(from, Math.min(Math.max(start, Math.min(...inWindow) - 3), to - length));
  }
  const end = Math.min(to, start + length);

  const anchor = best?.anchor;
  const section = anchor && !topAnchors.includes(anchor.id) ? { id: anchor.id, title: anchor.text } : null;
  return { section, start, end, cutBefore: start > from, cutAfter: end < to };
}

/** The planned words, with the matched words marked. `wordAt` gives word N of the page's text. */
export function excerptParts(
  plan: ExcerptPlan,
  wordAt: (at: number) => string,
  matches: ReadonlyMap<number, number>,
): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (let at = plan.start; at < plan.end; at++) {
    const word = wordAt(at);
    if (at > plan.start) parts.push({ text: ' ', mark: false });
    if (!matches.has(at)) {
      parts.push({ text: word, mark: false });
      continue;
    }
    // A mark holds the word itself, not the punctuation around it.
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    parts.push({ text: before, mark: false }, { text: core || word, mark: true }, { text: after, mark: false });
  }
  if (plan.cutBefore) parts.unshift({ text: '… ', mark: false });
  if (plan.cutAfter) parts.push({ text: ' …', mark: false });
  return mergeText(parts);
}

/** The excerpt of a page whose whole text is at hand. */
export function buildExcerpt(
  content: string,
  anchors: readonly Anchor[],
  matches: ReadonlyMap<number, number>,
  options: ExcerptOptions = {},
): Excerpt {
  const words = textWords(content);
  const titleWords = titleWordsAtStart(words, options.title ?? '');
  const plan = planExcerpt({ totalWords: words.length, titleWords }, anchors, matches, options);
  return { section: plan.section, parts: excerptParts(plan, (at) => words[at]!, matches) };
}

/** Joins neighbouring unmarked parts and drops empty ones. */
function mergeText(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged[merged.length - 1];
    if (last && !last.mark && !part.mark) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
