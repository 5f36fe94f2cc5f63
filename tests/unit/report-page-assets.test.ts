import { describe, expect, it } from 'vitest';
import { attributes, kindOf, pageAssets, pagePath, resolvePath, staticImports } from '../../scripts/lib/page-assets.ts';

const html = `<!doctype html><html><head>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/print.css" media="print">
<link rel="stylesheet" href="/_astro/BaseLayout.css">
<link rel="stylesheet" href="https://fonts.example/font.css">
<link rel="modulepreload" href="/_astro/chunk.js">
<link rel="canonical" href="https://leg-pain.example/x/">
<style>.a{color:red}</style>
<script type="application/ld+json">{"@type":"Article"}</script>
<script type="module" src="/_astro/page.js"></script>
<script>console.log(1)</script>
</head><body>
<img src="figure.png" alt="">
<img src="data:image/png;base64,AAAA" alt="">
<astro-island uid="1" component-url="/_astro/Tool.js" renderer-url="/_astro/client.js" client="visible"></astro-island>
<style>.b{color:blue}</style>
</body></html>`;

describe('pageAssets', () => {
  const assets = pageAssets(html, '/x/');

  it('lists stylesheets with their media, print ones included', () => {
    expect(assets.stylesheets).toEqual([
      { url: '/print.css', media: 'print' },
      { url: '/_astro/BaseLayout.css', media: 'all' },
    ]);
  });

  it('lists scripts, preloads and islands, and counts inline JavaScript but not JSON', () => {
    expect(assets.scripts).toEqual(['/_astro/chunk.js', '/_astro/page.js', '/_astro/Tool.js', '/_astro/client.js']);
    expect(assets.inlineScriptBytes).toBe('console.log(1)'.length);
  });

  it('lists images and icons, resolving relative paths and skipping data: URIs', () => {
    expect(assets.images).toEqual(['/favicon.svg', '/x/figure.png']);
  });

  it('joins inline CSS and names references to other hosts', () => {
    expect(assets.inlineCss).toBe('.a{color:red}\n.b{color:blue}');
    expect(assets.foreign).toEqual(['https://fonts.example/font.css']);
  });

  it('finds nothing to load on a page of plain HTML', () => {
    expect(pageAssets('<p>Hello</p>', '/')).toEqual({
      stylesheets: [],
      scripts: [],
      inlineScriptBytes: 0,
      inlineCss: '',
      images: [],
      foreign: [],
    });
  });
});

describe('helpers', () => {
  it('reads attributes in any quoting, with &amp; decoded', () => {
    expect(attributes(`<a href="/a?b=1&amp;c=2" data-x='y' hidden class=z>`)).toEqual({
      href: '/a?b=1&c=2',
      'data-x': 'y',
      hidden: '',
      class: 'z',
    });
  });

  it('resolves references against the page', () => {
    expect(resolvePath('../a.css', '/x/y/')).toEqual({ path: '/x/a.css', foreign: false });
    expect(resolvePath('#top', '/x/')).toBeUndefined();
    expect(resolvePath('https://cdn.example/a.js', '/')).toEqual({ path: 'https://cdn.example/a.js', foreign: true });
  });

  it('finds the static imports of a minified module, not dynamic ones', () => {
    const js = `import{a as b}from"./react-dom.js";import"./side.js";export*from'./re.js';const l=()=>import("./lazy.js");`;
    expect(staticImports(js)).toEqual(['./react-dom.js', './side.js', './re.js']);
  });

  it('names pages by their URL path and files by kind', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('leg-pain/index.html')).toBe('/leg-pain/');
    expect(pagePath('404.html')).toBe('/404.html');
    expect(['/a.css', '/a.mjs', '/f.svg', '/v.json'].map(kindOf)).toEqual(['css', 'js', 'image', 'other']);
  });
});
