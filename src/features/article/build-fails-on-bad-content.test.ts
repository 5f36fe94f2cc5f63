/**
 * A broken article must stop the build with a message that names the file and the field, so an
 * author can fix it without reading a stack trace. Runs the real `astro sync` on fixture folders.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function syncWith(contentDir: string) {
  const result = spawnSync('npx', ['astro', 'sync'], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the build refuses broken articles', () => {
  it('names the file and the missing frontmatter field', () => {
    const { status, output } = syncWith('tests/fixtures/broken-content');
    expect(status).not.toBe(0);
    expect(output).toContain('missing-title.mdx');
    expect(output).toMatch(/title.*Required/);
  });

  it('names the file and the date field ("Last updated") when it is missing', () => {
    const { status, output } = syncWith('tests/fixtures/missing-updated');
    expect(status).not.toBe(0);
    expect(output).toContain('missing-updated.mdx');
    expect(output).toMatch(/updated.*Required/);
  });

  it('names the file, line and problem for an unknown glossary term and a broken link', () => {
    const { status, output } = syncWith('tests/fixtures/broken-body');
    expect(status).not.toBe(0);
    expect(output).toContain('swollen-ankles.mdx:15: <Term id="lymphoedema"> is not in the glossary');
    expect(output).toContain('swollen-ankles.mdx:16: link /venous-insufficiency-treatment/#compression: no page');
  });
}, 120_000);
