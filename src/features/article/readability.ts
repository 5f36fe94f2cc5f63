/**
 * Flesch-Kincaid grade of running text. A flag for pages to look at again, not a verdict: short
 * words do not make a clear page (style guide).
 */
import { syllable } from 'syllable';

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

/** Each line is its own unit: list items and headings end a sentence even without a full stop. */
export function textStats(text: string): TextStats {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const line of text.split(/\n+/)) {
    const lineWords = line.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
    if (lineWords.length === 0) continue;
    // A full stop inside "0.90" or "e.g." is not the end of a sentence.
    sentences += Math.max(1, (line.match(/[.!?]+(?=\s|$)/g) ?? []).length);
    words += lineWords.length;
    for (const w of lineWords) syllables += /\p{L}/u.test(w) ? Math.max(1, syllable(w)) : 1;
  }
  return { sentences, words, syllables };
}

export function fleschKincaidGrade({ sentences, words, syllables }: TextStats): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Visible text of an HTML fragment, one line per block element. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|li|h[1-6]|dt|dd|td|th|tr|div|section|aside|blockquote)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s+/g, '\n')
    .trim();
}

/**
 * The running text of a built article page: the "In brief" box and the .prose body, without the
 * sources list and navigation. Shared by `npm run readability` and `npm run report`.
 */
export function articleText(html: string): string {
  const body = /<div class="prose[^"]*">([\s\S]*?)<div class="panel not-a-diagnosis"/.exec(html)?.[1] ?? '';
  const brief = /<section class="panel in-brief"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  // The "link to this section" controls (handout branch) repeat each heading; they are not running text.
  return htmlToText((brief + body).replace(/<a class="section-link[\s\S]*?<\/a>/g, ''));
}
