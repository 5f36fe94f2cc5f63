/**
 * One source of truth for what the site asks of its host: the Content-Security-Policy (as the
 * meta tag Astro writes and as a response header), the other security headers, cache rules,
 * compression and the /page -> /page/ redirect. astro.config.mjs reads the CSP from here;
 * scripts/write-host-config.ts turns the rest into dist/_headers (Netlify, Cloudflare Pages) and
 * deploy/nginx/leg-pain-explained.conf; scripts/serve.ts (`npm start`) sends the same headers.
 */
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;
/** A directive as astro.config.mjs accepts it, e.g. "img-src 'self' data:". */
type CspDirective = NonNullable<CspConfig['directives']>[number];

/**
 * The CSP directives of the meta tag, apart from script-src and style-src, which Astro writes
 * with the hashes of each page's own inline code.
 */
export const cspDirectives: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind runs its search in a worker created from a blob: URL.
  "worker-src 'self' blob:",
];

/**
 * script-src besides Astro's hashes: Pagefind compiles its WebAssembly search engine in the
 * browser ('wasm-unsafe-eval'); 'unsafe-hashes' lets the one hashed click handler run
 * (see src/features/article/section-link-handler.ts).
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'", "'unsafe-hashes'"];

/**
 * The CSP response header. Astro 7 writes each page's script and style hashes only into that
 * page's <meta> tag (an adapter with `staticHeaders` could collect them, but a static build has
 * none), and a browser enforces the header and the meta policy both. So the header must not
 * restrict scripts or styles itself: a header `default-src 'self'` would also govern script-src
 * and style-src and block the inline code the meta tag allows by hash. The header therefore
 * carries the meta directives that do not fall back on default-src, plus what a meta tag cannot
 * carry: frame-ancestors (no other site may show these pages in a frame, so no one can dress
 * medical advice in their own page). No report-to: reports would go to another host.
 */
export function headerCsp(): string {
  const shared = cspDirectives.filter((d) => !d.startsWith('default-src '));
  return ["frame-ancestors 'none'", ...shared].join('; ');
}

export interface Header {
  name: string;
  value: string;
}

/** Sent with every response. README.md ("Deploying") says what each is for. */
export function securityHeaders(): Header[] {
  return [
    { name: 'Content-Security-Policy', value: headerCsp() },
    // One year of https only. No includeSubDomains: a publisher's other subdomains are not ours to bind.
    { name: 'Strict-Transport-Security', value: 'max-age=31536000' },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    // The pages name conditions: a link out to a guideline must not tell its host which one the reader had open.
    { name: 'Referrer-Policy', value: 'no-referrer' },
    // Share and copy (section links) stay on; the powerful features the site never uses are off.
    {
      name: 'Permissions-Policy',
      value:
        'web-share=(self), clipboard-write=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
  ];
}

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML, Pagefind's entry files and the fixed-name vocabulary: ask the host each time (cheap with ETags). */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

export interface ImmutableRule {
  /** A regular expression valid in JavaScript and in nginx (PCRE), matched against the path. */
  pattern: string;
  /** The _headers path for the rule, where a folder splat says it; otherwise the matching files are listed. */
  splat?: string;
  why: string;
}

/** Files whose names change when their content does: a year in the cache, never asked again. */
export const immutableRules: ImmutableRule[] = [
  { pattern: '^/_astro/', splat: '/_astro/*', why: "Astro's scripts and styles, named by content hash" },
  { pattern: '^/pagefind/index/', splat: '/pagefind/index/*', why: 'search index chunks, named by content hash' },
  { pattern: '^/pagefind/fragment/', splat: '/pagefind/fragment/*', why: 'search result texts, named by content hash' },
  { pattern: '^/pagefind/pagefind\\.[^/]+\\.pf_meta$', why: 'search metadata, named by content hash' },
  // In a folder named by its result's fragment, whose name changes with the page's text and with
  // how it is cut (scripts/build-search-index.ts).
  { pattern: '^/search/text/', splat: '/search/text/*', why: 'parts of the search result texts' },
  // The search vocabulary holds one build's record ids. As /search/vocabulary.json it revalidates;
  // given a content hash (vocabulary.<hash>.json) it can be kept.
  { pattern: '^/search/vocabulary\\.[^/]+\\.json$', why: 'the hashed search vocabulary' },
];

/** The Cache-Control header for a path. */
export function cacheControlFor(pathname: string): string {
  return immutableRules.some((rule) => new RegExp(rule.pattern).test(pathname)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Types nginx compresses besides text/html (always). Pagefind's index files are gzip already. */
export const compressedTypes = [
  'text/css',
  'text/plain',
  'text/xml',
  'application/javascript',
  'text/javascript',
  'application/json',
  'application/xml',
  'image/svg+xml',
];

/**
 * dist/_headers for Netlify and Cloudflare Pages. `files` are the built site's paths ("/a/b.js"):
 * hashed files without a folder of their own are listed by name. Both hosts join the values of a
 * header that two rules set, so Cache-Control is set only by the immutable rules, which never
 * overlap; everything else gets the hosts' default, "public, max-age=0, must-revalidate".
 * Both hosts redirect /page to /page/ and serve 404.html by themselves.
 */
export function renderHeadersFile(files: string[]): string {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages. Made by scripts/write-host-config.ts from',
    '# src/features/publishing/host-headers.ts: edit that, not this file.',
    '/*',
    ...securityHeaders().map((h) => `  ${h.name}: ${h.value}`),
  ];
  for (const rule of immutableRules) {
    const paths = rule.splat ? [rule.splat] : files.filter((f) => new RegExp(rule.pattern).test(f)).sort();
    for (const path of paths) lines.push(`# ${rule.why}`, path, `  Cache-Control: ${CACHE_IMMUTABLE}`);
  }
  return `${lines.join('\n')}\n`;
}

const nginxHeaders = (cache: string) =>
  [...securityHeaders(), { name: 'Cache-Control', value: cache }].map(
    (h) => `    add_header ${h.name} "${h.value}" always;`,
  );

/**
 * The nginx part of the host configuration: include it inside your `server { … }` block, after
 * `root` points at dist/ (README.md, "Deploying"). nginx forgets server-level add_header lines in a
 * location that has its own, so every location carries the whole set.
 */
export function renderNginx(): string {
  const lines = [
    '# Leg Pain Explained: include inside the server block whose `root` is the built dist/ folder.',
    '# Made by `npm run deploy:config` from src/features/publishing/host-headers.ts: edit that, not this file.',
    '',
    'index index.html;',
    '# Redirects keep the address the reader typed relative: /page -> /page/ on any host name or port.',
    'absolute_redirect off;',
    'server_tokens off;',
    'charset utf-8;',
    'error_page 404 /404.html;',
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    `gzip_types ${compressedTypes.join(' ')};`,
    '',
    '# Pages: /page/ serves page/index.html; /page (a folder) redirects to /page/; the rest is the 404 page.',
    'location / {',
    '    try_files $uri $uri/ =404;',
    ...nginxHeaders(CACHE_REVALIDATE),
    '}',
  ];
  for (const rule of immutableRules) {
    lines.push('', `# ${rule.why}`, `location ~ ${rule.pattern} {`, ...nginxHeaders(CACHE_IMMUTABLE), '}');
  }
  lines.push(
    '',
    '# The Netlify / Cloudflare Pages header file is configuration, not a page.',
    'location = /_headers {',
    '    return 404;',
    '}',
  );
  return `${lines.join('\n')}\n`;
}
