/** Content-Type by file extension, for the two local servers of dist/ (scripts/serve.ts, static-server.ts). */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // As the sitemap route declares itself (src/pages/sitemap.xml.ts).
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name's extension (e.g. ".css"); unknown ones as plain bytes. */
export const contentTypeOf = (extension: string): string => contentTypes[extension] ?? 'application/octet-stream';
