/**
 * The public address the site is built for. Canonical links, Open Graph, the sitemap, robots.txt,
 * print.css, printed addresses and QR codes are all made from it, and a printed QR code cannot be
 * recalled: so a build for publishing refuses an address readers could not open.
 */

/** Where `npm start` and the tests serve a local build. */
export const LOCAL_PREVIEW_ADDRESS = 'http://localhost:4321/';

export interface SiteUrlInput {
  /** SITE_URL as set in the environment. */
  siteUrl: string | undefined;
  /** LOCAL_PREVIEW=1: a build to look at on this computer only (`npm start`, the tests). */
  localPreview: boolean;
}

export type SiteUrlResult =
  { ok: true; address: string; localPreview: boolean; warning?: string } | { ok: false; message: string };

const HOW_TO =
  'Set it to the address readers will type, for example:\n' +
  '  SITE_URL=https://legpain.example.org npm run build\n' +
  'To look at the site on this computer instead, run `npm start` (it builds for ' +
  `${LOCAL_PREVIEW_ADDRESS}).`;

/** Host names that only ever mean "this computer". */
export function isLocalHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/** True when a built page's address is a local preview (its printouts must say so). */
export function isLocalPreviewAddress(site: URL | string | undefined): boolean {
  if (!site) return true;
  return isLocalHostname(new URL(site).hostname);
}

/**
 * Checks SITE_URL for a build. Returns the address as `https://host/` (origin and a slash), or a
 * message that names what is wrong and how to fix it.
 */
export function resolveSiteUrl({ siteUrl, localPreview }: SiteUrlInput): SiteUrlResult {
  const raw = siteUrl?.trim() ?? '';
  if (raw === '') {
    if (localPreview) return { ok: true, address: LOCAL_PREVIEW_ADDRESS, localPreview: true };
    return {
      ok: false,
      message:
        'SITE_URL is not set. The build writes the public address into every canonical link, the ' +
        `sitemap, and each printed address and QR code.\n${HOW_TO}`,
    };
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    return {
      ok: false,
      message: `SITE_URL "${raw}" has no scheme. Write the whole address, starting with https://, for example https://${raw.replace(/^\/+/, '')}`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `SITE_URL "${raw}" is not a web address.\n${HOW_TO}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      message: `SITE_URL "${raw}" uses ${url.protocol} but readers open the site in a browser: start it with https:// (or http://).`,
    };
  }
  if (url.hostname === '') {
    return { ok: false, message: `SITE_URL "${raw}" names no host.\n${HOW_TO}` };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: `SITE_URL "${raw}" holds a user name or password: leave them out of a public address.`,
    };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return {
      ok: false,
      message: `SITE_URL "${raw}" has a path, query or #part. The site is built for the root of its host: use ${url.origin}`,
    };
  }
  const local = isLocalHostname(url.hostname);
  if (local && !localPreview) {
    return {
      ok: false,
      message:
        `SITE_URL "${raw}" names this computer, so printed addresses and QR codes would lead readers nowhere.\n` +
        HOW_TO,
    };
  }
  if (!local && localPreview) {
    return {
      ok: false,
      message: `LOCAL_PREVIEW=1 is set with the public address "${raw}": drop LOCAL_PREVIEW for a public build, or build with \`npm start\` for a local look.`,
    };
  }
  const address = `${url.origin}/`;
  if (url.protocol === 'http:' && !local) {
    return {
      ok: true,
      address,
      localPreview: false,
      warning: `SITE_URL ${address} is not https: browsers will mark the site "Not secure" and ignore HSTS.`,
    };
  }
  return { ok: true, address, localPreview: local };
}

/**
 * The address for `astro dev`, `check` and `sync`, which need one but publish nothing: SITE_URL
 * when it is a usable address, else the local preview address. Builds are checked by
 * resolveSiteUrl (src/features/publishing/site-address-integration.ts).
 */
export function siteForTooling(siteUrl: string | undefined): string {
  for (const localPreview of [false, true]) {
    const result = resolveSiteUrl({ siteUrl, localPreview });
    if (result.ok) return result.address;
  }
  return LOCAL_PREVIEW_ADDRESS;
}

/** LOCAL_PREVIEW as the environment sets it: "1" or "true". */
export function localPreviewFlag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
