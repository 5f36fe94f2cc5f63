/**
 * What a built HTML page asks the browser to load, read from its markup alone (no browser). Pure.
 * Enough for Astro's output: it is regular, generated HTML, so a tag scan is reliable here.
 */

export interface PageAssets {
  /** Stylesheets by URL path, with their media ("print" ones download too, at low priority). */
  stylesheets: { url: string; media: string }[];
  /** Scripts the page runs or preloads by itself: <script src>, modulepreload, islands' code. */
  scripts: string[];
  /** Bytes of inline JavaScript (<script> without src, not JSON): it runs as the page loads. */
  inlineScriptBytes: number;
  /** Inline <style> contents, joined: CSS that travels inside the HTML. */
  inlineCss: string;
  /** Images: <img src>, icons, preloaded images. */
  images: string[];
  /** Absolute URLs to another host: not measurable here, and the house rules forbid them. */
  foreign: string[];
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Attributes of one start tag, lower-case names, &amp; decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
  }
  return out;
}

/**
 * The URL path of a reference from a page, or undefined for data: URIs and fragments.
 * Another host comes back whole, marked foreign by the caller.
 */
export function resolvePath(ref: string, pagePath: string): { path: string; foreign: boolean } | undefined {
  if (!ref || ref.startsWith('data:') || ref.startsWith('#') || ref.startsWith('blob:')) return undefined;
  const base = 'http://site.invalid';
  const url = new URL(ref, base + pagePath);
  if (url.origin !== base) return { path: url.href, foreign: true };
  return { path: decodeURIComponent(url.pathname), foreign: false };
}

export function pageAssets(html: string, pagePath: string): PageAssets {
  const assets: PageAssets = {
    stylesheets: [],
    scripts: [],
    inlineScriptBytes: 0,
    inlineCss: '',
    images: [],
    foreign: [],
  };
  const add = (list: string[], ref: string | undefined) => {
    const resolved = resolvePath(ref ?? '', pagePath);
    if (!resolved) return;
    if (resolved.foreign) assets.foreign.push(resolved.path);
    else if (!list.includes(resolved.path)) list.push(resolved.path);
  };

  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) {
      const resolved = resolvePath(a.href ?? '', pagePath);
      if (resolved?.foreign) assets.foreign.push(resolved.path);
      else if (resolved) assets.stylesheets.push({ url: resolved.path, media: a.media ?? 'all' });
    } else if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) {
      add(assets.scripts, a.href);
    } else if (rel.includes('icon') || (rel.includes('preload') && a.as === 'image')) {
      add(assets.images, a.href);
    }
  }

  for (const m of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const a = attributes(m[1]!);
    if (!JS_TYPES.has((a.type ?? '').toLowerCase())) continue;
    if (a.src !== undefined) add(assets.scripts, a.src);
    else assets.inlineScriptBytes += Buffer.byteLength(m[2]!, 'utf8');
  }

  // Astro islands fetch their component and renderer as soon as their client: condition holds,
  // which for load, idle, visible (on screen) and only needs no action from the reader.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) add(assets.scripts, a[key]);
  }

  assets.inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');

  for (const m of html.matchAll(/<img\b[^>]*>/gi)) add(assets.images, attributes(m[0]).src);
  return assets;
}

/**
 * Modules a JavaScript file imports statically (they load with it), as written: "./x.js".
 * Dynamic import() is left out: it loads later, on demand.
 */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/** "leg-pain/index.html" -> "/leg-pain/", "404.html" -> "/404.html" */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

export type Kind = 'css' | 'js' | 'image' | 'other';

export function kindOf(path: string): Kind {
  if (/\.css$/i.test(path)) return 'css';
  if (/\.m?js$/i.test(path)) return 'js';
  if (/\.(svg|png|jpe?g|gif|webp|avif|ico)$/i.test(path)) return 'image';
  return 'other';
}
