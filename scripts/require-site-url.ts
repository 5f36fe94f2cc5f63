// First step of `npm run build`: refuses, before anything is built, an address readers could not
// open (src/features/publishing/site-url.ts says why and what counts), with a message that says how to set it.
import { localPreviewFlag, resolveSiteUrl } from '../src/features/publishing/site-url.ts';

const result = resolveSiteUrl({
  siteUrl: process.env.SITE_URL,
  localPreview: localPreviewFlag(process.env.LOCAL_PREVIEW),
});
if (!result.ok) {
  console.error(`\nThe build stopped: ${result.message}\n`);
  process.exit(1);
}
if (result.warning) console.warn(`Warning: ${result.warning}`);
