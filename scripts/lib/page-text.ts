/**
 * The text of a built page as Pagefind indexes it: the element marked data-pagefind-body, less
 * anything inside data-pagefind-ignore (and scripts and styles), plus the values of
 * data-pagefind-meta attributes ("aliases:…", "questions:…"). Parsed with ultrahtml, the HTML
 * parser Astro itself uses.
 */
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Decodes the few entities Astro writes into text. */
const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

function find(node: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode | null {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function collect(node: HtmlNode, out: string[]): void {
  if (node.type === TEXT_NODE) {
    out.push(decode(node.value ?? ''));
    return;
  }
  if (node.type === ELEMENT_NODE) {
    const attributes = node.attributes ?? {};
    const meta = attributes['data-pagefind-meta'];
    // "key:value" pairs, comma-separated only where a key follows; the value is searched.
    if (meta) out.push(decode(meta.replace(/(^|,)\s*[\w-]+:/g, ' ')));
    if ('data-pagefind-ignore' in attributes || SKIPPED.has(node.name ?? '')) return;
  }
  for (const child of node.children ?? []) collect(child, out);
  out.push(' ');
}

const isBody = (n: HtmlNode) => n.type === ELEMENT_NODE && 'data-pagefind-body' in (n.attributes ?? {});

/** The page's searchable text, or null when the page has no data-pagefind-body (not indexed). */
export function searchableText(html: string): string | null {
  const body = find(parse(html) as HtmlNode, isBody);
  if (!body) return null;
  const out: string[] = [];
  collect(body, out);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text of the page's first h1. */
export function titleOf(html: string): string | null {
  const h1 = find(parse(html) as HtmlNode, (n) => n.type === ELEMENT_NODE && n.name === 'h1');
  if (!h1) return null;
  const out: string[] = [];
  collect(h1, out);
  return out.join('').replace(/\s+/g, ' ').trim() || null;
}

/** The content of <meta name="…">. */
export function metaContent(html: string, name: string): string | null {
  const meta = find(
    parse(html) as HtmlNode,
    (n) => n.type === ELEMENT_NODE && n.name === 'meta' && n.attributes?.name === name,
  );
  return meta?.attributes?.content ? decode(meta.attributes.content) : null;
}

/**
 * The page as it is given to Pagefind: a full stop closes each table cell and list item that does
 * not end with a stop, question mark, colon or the like. Pagefind joins cells and items with a
 * bare space, so a result's excerpt would read "Question Narrowed arteries Pinched nerve" as one
 * sentence. The stop is glued to the last word, so word positions do not change.
 */
export function separateCells(html: string): string {
  return html.replace(
    /([^\s.?!:;,>])((?:\s*<\/(?:strong|em|b|i|span|a|code|abbr|small|sup|sub|p)>)*)(\s*)<\/(td|th|li|dt|dd)>/g,
    '$1.$2$3</$4>',
  );
}
