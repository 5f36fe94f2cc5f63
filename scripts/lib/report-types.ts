/**
 * The shape of reports/report.json. A later run is compared with an earlier one field by field
 * (report-compare.ts), so change it only by adding fields, or raise REPORT_VERSION.
 */
import type { Check } from './report-checks.ts';
import type { Sizes } from './sizes.ts';

export const REPORT_VERSION = 1;

/** Our targets, aimed past a stock Astro Starlight build of the same source (about 46 KB and 28 KB of JS). */
export const TARGETS = {
  /** An article's first visit, all files together, compressed (gzip, the larger of the two). */
  articleTotalKb: 15,
  /** The CSS a page loads (files and inline <style>), compressed. */
  cssKb: 10,
  /** JavaScript an article runs before the reader does anything. */
  articleJsBytes: 0,
  /** Flesch-Kincaid grade of an article's running text (CONTRIBUTING: aim for 7 or less). */
  grade: 7,
  /**
   * What the first search downloads on today's site, the search page included, brotli (as a host
   * compresses it; Pagefind's own files are counted as stored). The search issue's budget.
   */
  firstSearchKb: 125,
  /** What the first search may download once the site has 1,000 articles (bench:scale). */
  firstSearchAtScaleKb: 150,
} as const;

export interface JsBeforeInteraction {
  /** Read from the HTML: script files (with their static imports) and inline script bytes. */
  static: { files: string[]; bytes: number; inlineBytes: number };
  /** Recorded in headless Chromium during a page load with no interaction; null if not run. */
  browser: { files: string[]; bytes: number } | null;
}

export interface PageEntry {
  /** URL path, e.g. "/arterial-leg-pain/". */
  path: string;
  article: boolean;
  html: Sizes;
  /** Stylesheet files (every media: print ones download too) plus inline <style>. */
  css: Sizes;
  cssFiles: string[];
  js: Sizes;
  jsFiles: string[];
  images: Sizes;
  imageFiles: string[];
  /** Anything else the browser fetched on load (fonts, JSON). */
  other: Sizes;
  /** A first visit: HTML and every file above, each counted once. */
  total: Sizes;
  jsBeforeInteraction: JsBeforeInteraction;
  /** Flesch-Kincaid grade of the article's running text; null for other pages. */
  grade: number | null;
  words: number | null;
  /** References to other hosts (should be none). */
  foreign: string[];
}

export interface SearchSetFigures {
  file: string;
  queries: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

export interface FirstSearchFigures {
  query: string;
  /** Everything the search downloads after the article page, compressed. */
  total: Sizes;
  /** Without the search page's HTML and icon: UI, vocabulary, Pagefind, WebAssembly, index, fragments. */
  searchOnly: Sizes;
}

export interface SearchFigures {
  /** Where the figures come from, and when that file was written. */
  source: string;
  measuredAt: string;
  /** True when the file is older than this report's build: figures of an earlier site. */
  stale: boolean;
  sets: SearchSetFigures[];
  firstSearch: FirstSearchFigures[];
  /** Warm search in Chromium, index loaded: median and p90 milliseconds. */
  warmMs: { median: number; p90: number } | null;
}

export interface Report {
  version: typeof REPORT_VERSION;
  generatedAt: string;
  commit: string | null;
  /** Seconds `npm run build` took, or null when the report used an existing build. */
  buildSeconds: number | null;
  targets: typeof TARGETS;
  pages: PageEntry[];
  totals: {
    pages: number;
    articles: number;
    /** HTML of every page, summed. */
    html: Sizes;
    /** Each CSS, JS and image file the pages load, counted once. */
    css: Sizes;
    js: Sizes;
    images: Sizes;
    /** The whole built site without the search index, and the search index alone. */
    site: Sizes & { files: number };
    searchIndex: Sizes & { files: number };
  };
  /** The search benchmark's figures (npm run search:quality), or null: not measured. */
  search: SearchFigures | null;
  /** Why search is not measured, when it is not. */
  searchNote: string | null;
  /** Each target with the figure it is judged on (report-checks.ts). */
  checks: Check[];
}
