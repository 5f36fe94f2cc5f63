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
