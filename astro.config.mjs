// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { contentLint } from './src/features/article/content-lint-integration.ts';
import { siteAddress } from './src/features/publishing/site-address-integration.ts';
import { sectionLinkHandlerHash } from './src/features/article/section-link-handler.ts';
import { cspDirectives, scriptSources } from './src/features/publishing/host-headers.ts';
import { siteForTooling } from './src/features/publishing/site-url.ts';

export default defineConfig({
  // The public address: canonical links, Open Graph, the sitemap, printed addresses and QR codes.
  // A build refuses to run without a valid SITE_URL (siteAddress, src/features/publishing/site-url.ts); `npm start`
  // and the tests build for http://localhost:4321 with LOCAL_PREVIEW=1.
  site: siteForTooling(process.env.SITE_URL),
  // The folder the build writes (DIST_DIR, as scripts/build-search-index.ts reads it).
  outDir: process.env.DIST_DIR ?? './dist',
  // A test builds broken fixture content (CONTENT_DIR); keep its content cache apart from the real one.
  // The growth benchmark (npm run bench:scale) gives each build its own empty cache: ASTRO_CACHE_DIR.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? (process.env.CONTENT_DIR ? './node_modules/.astro-fixtures' : undefined),
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) drops the space between inline elements, which glues words
  // together on the page and in the search index ("chest" + <em>pain</em> -> "chestpain").
  compressHTML: true,
  // Shiki writes inline styles, which the Content-Security-Policy forbids; the articles hold no code.
  markdown: { syntaxHighlight: false },
  integrations: [siteAddress(), contentLint(), mdx(), react()],
  vite: {
    plugins: [tailwindcss()],
    // Astro inlines small scripts into the page; keep every script in its own file instead, so that
    // pages without one ship none and the CSP allows them as 'self' rather than by hash.
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro marks each MDX article with a "use astro:head-inject" directive that the bundler
        // cannot keep and warns about, once per article (withastro/astro#18087). Astro reads the
        // marker before bundling, so dropping it is harmless: hide that one warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      // The same directives go into the CSP response header (src/features/publishing/host-headers.ts says how and why).
      directives: cspDirectives,
      scriptDirective: {
        // 'unsafe-hashes' with one hash allows only the section-link click handler, which loads its
        // behaviour on first use so that article pages run no script before the reader acts.
        resources: scriptSources,
        hashes: [sectionLinkHandlerHash()],
      },
    },
  },
});
