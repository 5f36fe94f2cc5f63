/**
 * The search index without stop words. The query handling never searches a stop word
 * (src/features/search/plan.ts drops them), yet Pagefind stores every position of "the", "and" or "my"
 * on every page: about a third of the index a first search downloads. So the index is built from
 * a copy of each page with its stop words left out, and each result's fragment is then given the
 * page's whole text back, with a word map from the index's positions to the text's
 * (src/features/search/word-map.ts). Excerpts read as the page does.
 */
import { tokenise } from '../../src/features/search/text.ts';
import { encodeWordMap, MAX_SKIP } from '../../src/features/search/word-map.ts';
import { textWords } from '../../src/features/search/page-text.ts';

/** Undoes the entities that can sit inside a word ("don&#39;t"), so the word is judged whole. */
const plain = (token: string) => token.replace(/&#0*39;|&#x0*27;|&apos;|&rsquo;|&#8217;/gi, "'");

/** A token of text (split at white space) that holds only stop words: "the", "(and", "don't". */
export function isStopToken(token: string, stopWords: ReadonlySet<string>): boolean {
  const words = tokenise(plain(token));
  return words.length > 0 && words.every((w) => stopWords.has(w));
}

/** The text with its stop-word tokens left out. */
export function withoutStopWords(text: string, stopWords: ReadonlySet<string>): string {
  return textWords(text)
    .filter((token) => !isStopToken(token, stopWords))
    .join(' ');
}

/**
 * The HTML with the stop words left out of its text (not of scripts, styles or attributes),
 * and out of any `questions:` metadata, which is searched but never shown. Images go too:
 * Pagefind would take the first one (a page's QR code) as metadata and index its address and
 * alt text ("QR code for https…") on every page, though no result shows it.
 */
export function htmlWithoutStopWords(html: string, stopWords: ReadonlySet<string>): string {
  const stripText = (text: string) =>
    text.replace(/[^\s]+/g, (token) => (isStopToken(token, stopWords) ? '' : token)).replace(/[ \t]{2,}/g, ' ');
  return html.replace(
    /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->)|(<[^>]*>)|([^<]+)/gi,
    (_all, raw: string | undefined, tag: string | undefined, text: string | undefined) => {
      if (raw) return raw;
      if (tag) {
        if (/^<img\b/i.test(tag)) return '';
        return tag.replace(
          /(data-pagefind-meta="questions:)([^"]*)"/,
          (_m, start: string, value: string) => `${start}${withoutStopWords(value, stopWords)}"`,
        );
      }
      return stripText(text ?? '');
    },
  );
}

/**
 * The word map from a page's indexed text (stop words left out) to its whole text, both as
 * Pagefind holds them (words split at white space), or null when the indexed text is not the
 * whole text less stop-word tokens (then the page is indexed whole).
 */
export function wordMapBetween(indexed: string, whole: string, stopWords: ReadonlySet<string>): string | null {
  const kept = textWords(indexed);
  const all = textWords(whole);
  const skips: number[] = [];
  let at = 0;
  // A mark left alone where its stop word went ("<strong>Our</strong>." indexes ".") stands for
  // the whole word with the mark ("Our.").
  const same = (token: string, word: string) =>
    token === word || (tokenise(word).length === 0 && token.endsWith(word) && isStopToken(token, stopWords));
  for (const word of kept) {
    let skip = 0;
    while (at < all.length && !same(all[at]!, word)) {
      if (!isStopToken(all[at]!, stopWords)) return null;
      skip++;
      at++;
    }
    if (at === all.length || skip > MAX_SKIP) return null;
    skips.push(skip);
    at++;
  }
  if (all.slice(at).some((token) => !isStopToken(token, stopWords))) return null;
  return encodeWordMap(skips);
}

/**
 * The address a lean record is indexed under: its own with `?text=<version>` (a hash of its whole
 * fragment) before any "#". Pagefind names a fragment by a hash of what it indexed, the address
 * included, and hosts keep fragments for a year; the lean record's fragment gets the whole text
 * (and its plain address) afterwards, so the version gives it a new name whenever the text
 * changes, a stop word included.
 */
export function withTextVersion(url: string, version: string): string {
  const at = url.includes('#') ? url.indexOf('#') : url.length;
  return `${url.slice(0, at)}?text=${version}${url.slice(at)}`;
}

/** Undoes withTextVersion. */
export function withoutTextVersion(url: string): string {
  return url.replace(/\?text=[0-9a-f]+/, '');
}
