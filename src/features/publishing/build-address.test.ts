/**
 * A printed QR code cannot be recalled: the real build must refuse an address readers cannot open,
 * and a build for a public address must leave no trace of localhost anywhere in what it writes.
 * Runs `npm run build` and `astro build` themselves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

function run(command: string, args: string[], env: Record<string, string | undefined>) {
  const { SITE_URL: _site, LOCAL_PREVIEW: _local, ...rest } = process.env;
  const result = spawnSync(command, args, {
    env: { ...rest, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run build refuses an address readers cannot open', () => {
  it.each([
    [undefined, 'SITE_URL is not set'],
    ['http://localhost:4321', 'names this computer'],
    ['legpain.example.org', 'has no scheme'],
    ['ftp://legpain.example.org', 'uses ftp:'],
  ])('SITE_URL=%s', (siteUrl, problem) => {
    const { status, output } = run('npm', ['run', 'build'], { SITE_URL: siteUrl });
    expect(status).not.toBe(0);
    expect(output).toContain('The build stopped');
    expect(output).toContain(problem);
    expect(output).not.toContain('generating static routes');
  });

  it('and so does `astro build` run on its own', () => {
    const { status, output } = run('npx', ['astro', 'build'], {});
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).not.toContain('generating static routes');
  });
});

describe('a build for a public address', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'public-build-'));
  const dist = join(tmp, 'dist');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('names only that address: no file in dist/ mentions localhost', () => {
    const { status, output } = run('npm', ['run', 'build'], {
      SITE_URL: 'https://legpain.example.org',
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(tmp, 'cache'),
    });
    expect(status, output).toBe(0);
    expect(output).toContain('Built for https://legpain.example.org/');
    expect(output).not.toContain('[WARN]');

    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(100);
    const naming = files
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => {
        const bytes = readFileSync(file);
        // Pagefind's index files are gzip: look inside them too.
        const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
        return /localhost|127\.0\.0\.1/i.test(text);
      });
    expect(naming).toEqual([]);

    const article = readFileSync(join(dist, 'arterial-leg-pain', 'index.html'), 'utf8');
    expect(article).toContain('<link rel="canonical" href="https://legpain.example.org/arterial-leg-pain/"');
    expect(article).not.toContain('Printed from a local preview');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://legpain.example.org/sitemap.xml',
    );
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain("frame-ancestors 'none'");
  });
}, 180_000);
