import type { AstroIntegration } from 'astro';
import { localPreviewFlag, resolveSiteUrl } from './site-url.ts';

/**
 * Stops `astro build` before it writes a page when SITE_URL is missing or wrong (see
 * src/features/publishing/site-url.ts), so no page, sitemap or QR code can name an address readers cannot open.
 * `npm run build` checks the same earlier (scripts/require-site-url.ts); this catches `astro build`.
 */
export function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const result = resolveSiteUrl({
          siteUrl: process.env.SITE_URL,
          localPreview: localPreviewFlag(process.env.LOCAL_PREVIEW),
        });
        if (!result.ok) throw new Error(`The build needs the site's public address.\n${result.message}`);
        if (result.warning) logger.warn(result.warning);
      },
    },
  };
}
