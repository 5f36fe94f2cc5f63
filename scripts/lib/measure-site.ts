/**
 * Measures a built site folder page by page: bytes of HTML, CSS, JavaScript and images (raw, gzip,
 * brotli), the JavaScript that runs before the reader does anything (from the HTML, and in
 * Chromium when a browser is given), and each article's reading grade.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from '@playwright/test';
import { articleText, fleschKincaidGrade, textStats } from '../../src/features/article/readability.ts';
import { recordPageLoad } from './browser-load.ts';
import { kindOf, pageAssets, pagePath, staticImports, type Kind } from './page-assets.ts';
import type { PageEntry, Report } from './report-types.ts';
import { addSizes, sizesOf, ZERO, type Sizes } from './sizes.ts';
import { serveStatic } from './static-server.ts';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Article slugs: the .mdx file names in <contentDir>/articles. */
export function articleSlugs(contentDir: string): Set<string> {
  const dir = join(contentDir, 'articles');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4)),
  );
}

export interface MeasureOptions {
  dist: string;
  contentDir: string;
  /** Headless Chromium for the load recording; without it only the HTML is read. */
  browser?: Browser | null;
  /** Pages loaded in the browser at once. */
  parallel?: number;
  /** Only these pages (URL paths); default every page. */
  paths?: string[];
}

export type SiteFigures = Pick<Report, 'pages' | 'totals'>;

export async function measureSite({
  dist,
  contentDir,
  browser,
  parallel = 4,
  paths,
}: MeasureOptions): Promise<SiteFigures> {
  const files = listFiles(dist);
  const htmlFiles = files.filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind/') && (!paths || paths.includes(pagePath(f))),
  );
  const slugs = articleSlugs(contentDir);
  const sizeCache = new Map<string, Sizes>();
  const fileSizes = (urlPath: string): Sizes | undefined => {
    if (!sizeCache.has(urlPath)) {
      const file = join(dist, urlPath.replace(/^\//, ''));
      if (!existsSync(file) || !statSync(file).isFile()) return undefined;
      sizeCache.set(urlPath, sizesOf(readFileSync(file)));
    }
    return sizeCache.get(urlPath);
  };
  const sum = (paths: string[]) => addSizes(...paths.map((p) => fileSizes(p) ?? ZERO));

  // Script files with everything they import statically: it all loads before the code runs.
  const withImports = (scripts: string[]): string[] => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const file = join(dist, path.replace(/^\//, ''));
      if (!existsSync(file)) return;
      for (const ref of staticImports(readFileSync(file, 'utf8'))) {
        if (/^(\.{1,2})?\//.test(ref)) visit(new URL(ref, `http://x${path}`).pathname);
      }
    };
    scripts.forEach(visit);
    return [...seen];
  };

  const loaded = new Map<string, string[]>();
  if (browser) {
    const server = await serveStatic(dist);
    try {
      const queue = htmlFiles.map(pagePath);
      const worker = async () => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const urls = await recordPageLoad(browser, server.origin + path);
          loaded.set(
            path,
            urls
              .filter((u) => u.startsWith(server.origin))
              .map((u) => decodeURIComponent(new URL(u).pathname))
              .filter((p) => p !== path),
          );
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
    } finally {
      await server.close();
    }
  }

  const pages: PageEntry[] = htmlFiles.map((file) => {
    const path = pagePath(file);
    const html = readFileSync(join(dist, file), 'utf8');
    const assets = pageAssets(html, path);
    const staticJs = withImports(assets.scripts);
    const fetched = loaded.get(path);
    const union = (kind: Kind, own: string[]) => [
      ...new Set([...own, ...(fetched ?? []).filter((p) => kindOf(p) === kind)]),
    ];
    const cssFiles = union(
      'css',
      assets.stylesheets.map((s) => s.url),
    );
    const jsFiles = union('js', staticJs);
    const imageFiles = union('image', assets.images);
    const otherFiles = (fetched ?? []).filter((p) => kindOf(p) === 'other' && fileSizes(p));
    const htmlSizes = sizesOf(html);
    const css = addSizes(sum(cssFiles), sizesOf(assets.inlineCss));
    const js = sum(jsFiles);
    const images = sum(imageFiles);
    const other = sum(otherFiles);
    const slug = path.slice(1, -1);
    const article = slugs.has(slug);
    let grade: number | null = null;
    let words: number | null = null;
    if (article) {
      const stats = textStats(articleText(html));
      grade = Number(fleschKincaidGrade(stats).toFixed(1));
      words = stats.words;
    }
    const browserJs = fetched?.filter((p) => kindOf(p) === 'js');
    return {
      path,
      article,
      html: htmlSizes,
      css,
      cssFiles,
      js,
      jsFiles,
      images,
      imageFiles,
      other,
      // Inline <style> is already inside the HTML: count the files only.
      total: addSizes(htmlSizes, sum(cssFiles), js, images, other),
      jsBeforeInteraction: {
        static: {
          files: staticJs,
          bytes: sum(staticJs).raw + assets.inlineScriptBytes,
          inlineBytes: assets.inlineScriptBytes,
        },
        browser: browserJs ? { files: browserJs, bytes: sum(browserJs).raw } : null,
      },
      grade,
      words,
      foreign: assets.foreign,
    };
  });
  pages.sort((a, b) => Number(b.article) - Number(a.article) || a.path.localeCompare(b.path));

  const unique = (key: 'cssFiles' | 'jsFiles' | 'imageFiles') => sum([...new Set(pages.flatMap((p) => p[key]))]);
  const folder = (keep: (f: string) => boolean) => {
    const chosen = files.filter(keep);
    return { ...addSizes(...chosen.map((f) => fileSizes(`/${f}`) ?? ZERO)), files: chosen.length };
  };
  return {
    pages,
    totals: {
      pages: pages.length,
      articles: pages.filter((p) => p.article).length,
      html: addSizes(...pages.map((p) => p.html)),
      css: unique('cssFiles'),
      js: unique('jsFiles'),
      images: unique('imageFiles'),
      site: folder((f) => !f.startsWith('pagefind/')),
      searchIndex: folder((f) => f.startsWith('pagefind/')),
    },
  };
}
