import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  cspDirectives,
  headerCsp,
  renderHeadersFile,
  renderNginx,
  securityHeaders,
} from './host-headers.ts';

describe('the CSP header', () => {
  it('forbids framing and repeats every meta directive that cannot block hashed code', () => {
    const directives = headerCsp().split('; ');
    expect(directives[0]).toBe("frame-ancestors 'none'");
    for (const d of cspDirectives.filter((d) => !d.startsWith('default-src'))) expect(directives).toContain(d);
  });

  it('leaves scripts and styles to the meta tag, which holds each page’s hashes', () => {
    expect(headerCsp()).not.toMatch(/default-src|script-src|style-src/);
  });

  it('keeps what Pagefind needs in the shared directives', () => {
    expect(cspDirectives).toContain("worker-src 'self' blob:");
  });
});

describe('cache rules', () => {
  it('keeps files named by content for a year', () => {
    for (const path of [
      '/_astro/BaseLayout.CxK2a9.css',
      '/pagefind/index/en_3a5f.pf_index',
      '/pagefind/fragment/en_9b1c.pf_fragment',
      '/pagefind/pagefind.en_67fbb7e5ba.pf_meta',
      '/search/vocabulary.4f2a9c.json',
    ])
      expect(cacheControlFor(path), path).toBe(CACHE_IMMUTABLE);
  });

  it('asks again for pages, Pagefind entry files and the fixed-name vocabulary', () => {
    for (const path of [
      '/',
      '/arterial-leg-pain/',
      '/404.html',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      '/search/vocabulary.json',
      '/print.css',
    ])
      expect(cacheControlFor(path), path).toBe(CACHE_REVALIDATE);
  });
});

describe('dist/_headers', () => {
  const files = [
    '/index.html',
    '/_astro/a.1.css',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind.en_67fbb7e5ba.pf_meta',
    '/search/vocabulary.json',
    '/search/vocabulary.4f2a9c.json',
  ];
  const text = renderHeadersFile(files);
  const rules = text
    .split('\n')
    .filter((line) => !line.startsWith('#') && line !== '')
    .reduce<{ path: string; headers: string[] }[]>((acc, line) => {
      if (line.startsWith('  ')) acc.at(-1)!.headers.push(line.trim());
      else acc.push({ path: line, headers: [] });
      return acc;
    }, []);

  it('sends every security header on every path', () => {
    const all = rules.find((r) => r.path === '/*')!;
    for (const { name, value } of securityHeaders()) expect(all.headers).toContain(`${name}: ${value}`);
  });

  it('sets Cache-Control only on rules that never overlap, because the hosts join repeated headers', () => {
    expect(rules.find((r) => r.path === '/*')!.headers.some((h) => h.startsWith('Cache-Control'))).toBe(false);
    const cached = rules.filter((r) => r.headers.some((h) => h.startsWith('Cache-Control')));
    expect(cached.map((r) => r.path)).toEqual([
      '/_astro/*',
      '/pagefind/index/*',
      '/pagefind/fragment/*',
      '/pagefind/pagefind.en_67fbb7e5ba.pf_meta',
      '/search/text/*',
      '/search/vocabulary.4f2a9c.json',
    ]);
    for (const rule of cached) expect(rule.headers).toEqual([`Cache-Control: ${CACHE_IMMUTABLE}`]);
  });
});

describe('the nginx configuration kept in the repo', () => {
  it('is what src/features/publishing/host-headers.ts makes (run `npm run deploy:config` after changing it)', () => {
    const committed = readFileSync(new URL('../../../deploy/nginx/leg-pain-explained.conf', import.meta.url), 'utf8');
    expect(committed).toBe(renderNginx());
  });

  it('repeats the whole header set in every location, since nginx drops inherited add_header lines there', () => {
    // (A location that only answers 404 gets its headers from the 404 page's location.)
    const locations = renderNginx()
      .split(/\nlocation /)
      .slice(1)
      .filter((block) => !block.includes('return 404;'));
    expect(locations.length).toBeGreaterThanOrEqual(5);
    for (const block of locations) {
      for (const { name } of securityHeaders()) expect(block).toContain(`add_header ${name} `);
      expect(block).toContain('add_header Cache-Control ');
    }
  });
});
