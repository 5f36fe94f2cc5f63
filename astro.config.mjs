// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { contentLint } from './src/integrations/content-lint.ts';
import { sectionLinkHandlerHash } from './src/lib/section-link-handler.ts';

// The public address: canonical links, Open Graph, the sitemap, printed addresses and QR codes.
// Set SITE_URL when deploying to a real host. Without it the site names the address `npm start`
// serves it on, so a local build never points readers (or their printouts) at a made-up host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // A test builds broken fixture content (CONTENT_DIR); keep its content cache apart from the real one.
  // The growth benchmark (npm run bench:scale) gives each build its own empty cache: ASTRO_CACHE_DIR.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? (process.env.CONTENT_DIR ? './node_modules/.astro-fixtures' : undefined),
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) drops the space between inline elements, which glues words
  // together on the page and in the search index ("chest" + <em>pain</em> -> "chestpain").
  compressHTML: true,
  // Shiki writes inline styles, which the Content-Security-Policy forbids; the articles hold no code.
  markdown: { syntaxHighlight: false },
  integrations: [contentLint(), mdx(), react()],
  vite: {
    plugins: [tailwindcss()],
    // Astro inlines small scripts into the page; keep every script in its own file instead, so that
    // pages without one ship none and the CSP allows them as 'self' rather than by hash.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind runs its search in a worker created from a blob: URL.
        "worker-src 'self' blob:",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: {
        // 'unsafe-hashes' with one hash allows only the section-link click handler, which loads its
        // behaviour on first use so that article pages run no script before the reader acts.
        resources: ["'self'", "'wasm-unsafe-eval'", "'unsafe-hashes'"],
        hashes: [sectionLinkHandlerHash()],
      },
    },
  },
});
