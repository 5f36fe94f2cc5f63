import type { APIRoute } from 'astro';

/**
 * Print rules that need the site's address: a printout shows each link's full URL after it, so a
 * reader can type it in later. Generated here because CSS cannot read the configured site.
 * Glossary links (.term) are left bare: an address after every medical word buries the text.
 */
export const GET: APIRoute = ({ site }) => {
  const origin = (site?.origin ?? '').replace(/"/g, '');
  const css = `main a[href^="/"]:not(.no-print-url, .term)::after{content:" (${origin}" attr(href) ")";font-size:.85em;word-break:break-all}
main a[href^="http"]:not(.no-print-url)::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
main a[href^="#"]::after{content:none}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
