import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signs, signsOf } from './alerts.ts';
import { splitFrontmatter } from '../article/content-lint.ts';
import { cardUses, lintUrgency, requiredSigns, shownAlertIds } from './urgency-coverage.ts';

const articleDir = 'content/articles';
const slugs = readdirSync(articleDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('the topic-to-signs table', () => {
  it('names only articles that exist and signs that exist', () => {
    for (const [slug, ids] of Object.entries(requiredSigns)) {
      expect(slugs, slug).toContain(slug);
      for (const id of ids) expect(signs[id], `${slug}: ${id}`).toBeDefined();
    }
  });

  it('asks for the red flags of the clinical reference where the issue puts them', () => {
    const cauda = signsOf(['cauda-equina']);
    for (const slug of ['nerve-leg-pain', 'vascular-vs-nerve-pain', 'types-of-leg-pain'])
      expect(requiredSigns[slug], slug).toEqual(expect.arrayContaining(cauda));
    for (const slug of ['nerve-leg-pain', 'acute-limb-ischemia'])
      expect(requiredSigns[slug], slug).toEqual(expect.arrayContaining(signsOf(['stroke'])));
    expect(requiredSigns['venous-leg-pain']).toEqual(
      expect.arrayContaining(['vein-bleeding', 'vein-hard-red', 'wound']),
    );
    expect(requiredSigns['acute-limb-ischemia']).toEqual(expect.arrayContaining(signsOf(['limb'])));
  });

  it('is met by every article as it stands', () => {
    for (const slug of slugs) {
      const { data, body } = splitFrontmatter(readFileSync(`${articleDir}/${slug}.mdx`, 'utf8'));
      const alerts = Array.isArray(data.alerts) ? (data.alerts as string[]) : [];
      expect(lintUrgency(`${slug}.mdx`, slug, alerts, body), slug).toEqual([]);
    }
  });
});

describe('lintUrgency', () => {
  const body = `Intro.

<Section id="nerves" title="Pain from nerves">

<WarningCards ids="cauda-equina" />

</Section>

<Section id="when-to-get-help" title="When to get help">

<WarningCards ids="limb clot-lungs" />

</Section>
`;

  it('finds the cards of the frontmatter and of each tag, with the section they sit in', () => {
    expect(cardUses(['clot-leg'], body)).toEqual([
      { ids: ['clot-leg'], index: -1 },
      { ids: ['cauda-equina'], index: expect.any(Number), section: 'nerves' },
      { ids: ['limb', 'clot-lungs'], index: expect.any(Number), section: 'when-to-get-help' },
    ]);
    expect(shownAlertIds(['clot-leg'], body)).toEqual(['clot-leg', 'cauda-equina', 'limb', 'clot-lungs']);
  });

  it('fails naming the page and each missing sign', () => {
    const problems = lintUrgency('content/articles/types-of-leg-pain.mdx', 'types-of-leg-pain', [], body);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'content/articles/types-of-leg-pain.mdx: must show the warning sign "dvt-swelling" (one leg, usually the calf, suddenly swells); add <WarningCards ids="clot-leg" /> to its "When to get help" section (src/features/urgency/urgency-coverage.ts)',
    );
  });

  it('passes when every required sign is shown', () => {
    expect(lintUrgency('x.mdx', 'types-of-leg-pain', ['clot-leg'], body)).toEqual([]);
  });

  it('fails when a sign that belongs in a section is elsewhere', () => {
    const moved = body
      .replace('<WarningCards ids="cauda-equina" />', '')
      .replace('limb clot-lungs', 'limb clot-lungs cauda-equina');
    expect(lintUrgency('x.mdx', 'types-of-leg-pain', ['clot-leg'], moved)).toEqual([
      'x.mdx: the section "nerves" must show <WarningCards ids="cauda-equina" />',
    ]);
  });

  it('names a card that does not exist', () => {
    expect(lintUrgency('x.mdx', 'about', ['nope'], '')).toEqual([
      expect.stringContaining('x.mdx: warning card "nope" does not exist'),
    ]);
  });
});
