/**
 * Picks the section of a page that best answers a search, and the few words of it to show with
 * the matched words marked. Works on Pagefind's page text, where word N of the text (split at
 * white space) is the word at position N in the results.
 */

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

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

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

export function buildExcerpt(
  content: string,
  anchors: readonly Anchor[],
  matches: ReadonlyMap<number, number>,
  options: ExcerptOptions = {},
): Excerpt {
  const { length = 24, topAnchors = [], title = '' } = options;
  const words = content.split(/\s+/).filter(Boolean);
  const inText = [...matches].filter(([at]) => at >= 0 && at < words.length);
  const weightIn = (from: number, to: number) =>
    inText.reduce((sum, [at, weight]) => (at >= from && at < to ? sum + weight : sum), 0);

  // The section holding most of the matched weight; the earlier one on a tie.
  let best: Region | null = null;
  let bestWeight = 0;
  for (const region of regions(anchors, words.length)) {
    const weight = weightIn(region.start, region.end);
    if (weight > bestWeight) [best, bestWeight] = [region, weight];
  }

  // Nothing matched in the text (the page matched on its title or aliases): show its opening.
  const titleWords =
    title && words.slice(0, wordCount(title)).join(' ').startsWith(title.trim()) ? wordCount(title) : 0;
  const region: Region = best ?? { start: 0, end: words.length, anchor: null };
  let from = region.anchor ? region.start + wordCount(region.anchor.text) : Math.max(region.start, titleWords);
  if (!best) {
    // Skip a heading that opens the page ("In brief").
    const opening = anchors.find((a) => a.location === from);
    if (opening) from += wordCount(opening.text);
  }
  const to = Math.max(from, region.end);

  // The window of `length` words holding most matched weight, started a few words before its
  // first match so the match reads in context.
  let start = from;
  if (best) {
    let windowWeight = -1;
    for (let s = from; s <= Math.max(from, to - length); s++) {
      const w = weightIn(s, s + length);
      if (w > windowWeight) [start, windowWeight] = [s, w];
    }
    const firstMatch = inText.map(([at]) => at).filter((at) => at >= start && at < start + length);
    if (firstMatch.length) start = Math.max(from, Math.min(start, Math.min(...firstMatch) - 3));
  }
  const end = Math.min(to, start + length);

  const parts: ExcerptPart[] = [];
  for (let at = start; at < end; at++) {
    const word = words[at]!;
    if (at > start) parts.push({ text: ' ', mark: false });
    if (!matches.has(at)) {
      parts.push({ text: word, mark: false });
      continue;
    }
    // A mark holds the word itself, not the punctuation around it.
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    parts.push({ text: before, mark: false }, { text: core || word, mark: true }, { text: after, mark: false });
  }
  if (start > from) parts.unshift({ text: '… ', mark: false });
  if (end < to) parts.push({ text: ' …', mark: false });

  const anchor = best?.anchor;
  const section = anchor && !topAnchors.includes(anchor.id) ? { id: anchor.id, title: anchor.text } : null;
  return { section, parts: mergeText(parts) };
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
