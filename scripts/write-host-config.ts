// Last step of `npm run build`: writes dist/_headers (Netlify, Cloudflare Pages) from
// src/features/publishing/host-headers.ts and says, so that it stands out, which address the build is for.
// `node scripts/write-host-config.ts --nginx` (npm run deploy:config) rewrites the nginx config
// kept in the repo, deploy/nginx/leg-pain-explained.conf, from the same source.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { styleText } from 'node:util';
import { renderHeadersFile, renderNginx } from '../src/features/publishing/host-headers.ts';
import { isLocalPreviewAddress } from '../src/features/publishing/site-url.ts';

export const NGINX_CONFIG = 'deploy/nginx/leg-pain-explained.conf';

if (process.argv.includes('--nginx')) {
  writeFileSync(NGINX_CONFIG, renderNginx());
  console.log(`Wrote ${NGINX_CONFIG}`);
  process.exit(0);
}

const dist = process.env.DIST_DIR ?? 'dist';
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
writeFileSync(join(dist, '_headers'), renderHeadersFile(files));

// The address as the pages carry it, read back from the home page's canonical link.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
const address = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? '(no canonical link found)';
const bar = styleText('bold', '┃');
const lines = isLocalPreviewAddress(address)
  ? [
      styleText(['bold', 'yellow'], `Built for a LOCAL PREVIEW at ${address}: not for publishing.`),
      'Printed pages say they came from a local preview. For a public build:',
      '  SITE_URL=https://your-host npm run build',
    ]
  : [
      styleText(['bold', 'green'], `Built for ${address}`),
      `${dist}/ is ready to publish: canonical links, the sitemap, printed addresses and QR codes use this address.`,
      `Host configuration: ${dist}/_headers (Netlify, Cloudflare Pages) and ${NGINX_CONFIG} (nginx); see README.md.`,
    ];
console.log(`\n${lines.map((line) => `${bar} ${line}`).join('\n')}\n`);
