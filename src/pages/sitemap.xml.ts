import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { staticRoutes } from '../features/publishing/routes.ts';
import { isoDate } from '../features/article/dates.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page a reader can land on; the tests crawl this list too. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getCollection('articles');
  const entries = [
    ...staticRoutes.map((path) => ({ path, lastmod: undefined as string | undefined })),
    ...articles.map((a) => ({ path: `/${a.id}/`, lastmod: isoDate(a.data.updated) })),
  ];
  const urls = entries
    .map(({ path, lastmod }) => {
      const loc = escapeXml(new URL(path, site).href);
      return `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
