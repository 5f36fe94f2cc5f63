import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { qrDrawing } from '../../features/print/qr-drawing.ts';
import { pageAddress, qrSvgFile } from '../../features/print/qr.ts';

/**
 * /qr/<slug>.svg: the QR code of each article's address, a small file of its own so the article
 * page loads it only when a reader opens "Show a QR code" (QrControl.astro), never before.
 */
export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((article) => ({ params: { slug: article.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const svg = qrSvgFile(qrDrawing(pageAddress(site!, params.slug!)));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
