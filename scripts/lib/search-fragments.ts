/**
 * Pagefind's fragment files (one per search result: its address, text, headings and metadata),
 * read and written as Pagefind stores them: gzipped, after the signature "pagefind_dcd".
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The part of a fragment the build reads; the rest is kept as it is. */
export interface Fragment {
  url: string;
  content: string;
  [field: string]: unknown;
}

export function readFragment(stored: Uint8Array): Fragment {
  const bytes = stored[0] === 0x1f && stored[1] === 0x8b ? gunzipSync(stored) : Buffer.from(stored);
  const text = bytes.toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`not a Pagefind fragment (no "${SIGNATURE}" signature)`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

export function writeFragment(fragment: Fragment): Buffer {
  return gzipSync(Buffer.from(SIGNATURE + JSON.stringify(fragment), 'utf8'), { level: 9 });
}

/**
 * The fragment with only what a result shows: its address, text, title and headings. The other
 * metadata (aliases, questions, image) is searched from the index and never shown, yet would be
 * downloaded with every result.
 */
export function forResults(fragment: Fragment): Fragment {
  const meta = (fragment.meta ?? {}) as Record<string, string>;
  const anchors = Array.isArray(fragment.anchors)
    ? (fragment.anchors as { element: string; id?: string }[]).filter((a) => /^h[1-6]$/.test(a.element) && a.id)
    : [];
  return { ...fragment, meta: meta.title === undefined ? {} : { title: meta.title }, anchors };
}
