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
    expect(output).toContain('missing-title.mdx:1: frontmatter field title: Required');
  });

  it('names the file and the date field ("Last updated") when it is missing', () => {
    const { status, output } = syncWith('tests/fixtures/missing-updated');
    expect(status).not.toBe(0);
    expect(output).toContain('missing-updated.mdx:1: frontmatter field updated: Required');
  });

  it('names the file, line and element for each problem in the body', () => {
    const { status, output } = syncWith('tests/fixtures/broken-body');
    expect(status).not.toBe(0);
    expect(output).toContain('swollen-ankles.mdx:15: <Term id="lymphoedema"> is not in the glossary');
    expect(output).toContain('swollen-ankles.mdx:16: link /venous-insufficiency-treatment/#compression: no page');
    expect(output).toContain('swollen-ankles.mdx:20: <Section> id "sources" is used by the article page itself');
    expect(output).toContain('swollen-ankles.mdx:22: <Cite> attribute id: no source "nice-1999"');
    expect(output).toContain('swollen-ankles.mdx:22: link text "Read more" does not say where it goes');
  });
}, 120_000);
