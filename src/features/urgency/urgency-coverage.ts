/**
 * Which warning signs each article must show, and the check the build runs on it. The table is
 * the clinical reference's "all pages that touch these must say them", written down once: the
 * content lint fails the build naming the page and the missing sign, so a red flag cannot be
 * dropped by rewording an article.
 *
 * An article shows the cards named in its `alerts` frontmatter (first on the page: pages about an
 * emergency) and in every <WarningCards ids="…"/> of its body (in "When to get help", or where
 * the symptoms are explained).
 */
import type { Root, RootContent } from 'mdast';
import { alertIds, alerts, signs, signsOf, type AlertId, type SignId } from './alerts.ts';
import { parseMdx, stringAttribute } from '../article/mdx-tree.ts';

/** Cards whose every sign an article must show. Articles not listed need none (the strip remains). */
const requiredCards: Record<string, readonly AlertId[]> = {
  'acute-limb-ischemia': ['limb', 'stroke'],
  'arterial-leg-pain': ['limb', 'rest-pain', 'wound', 'walking-pain'],
  'claudication-treatment': ['rest-pain', 'wound'],
  'dvt-risk-factors': ['clot-lungs', 'clot-leg'],
  'leg-pain-diagnosis': ['limb', 'clot-lungs', 'clot-leg'],
  'leg-pain': ['limb', 'clot-lungs', 'clot-leg', 'rest-pain', 'wound', 'cauda-equina'],
  'nerve-leg-pain': ['cauda-equina', 'limb', 'stroke', 'sciatica-gp', 'nerve-check'],
  'types-of-leg-pain': ['limb', 'clot-lungs', 'clot-leg', 'cauda-equina'],
  'vascular-vs-nerve-pain': ['cauda-equina', 'nerve-check'],
  'venous-insufficiency-treatment': ['bleeding-vein', 'thrombophlebitis', 'wound'],
  'venous-leg-pain': [
    'clot-lungs',
    'clot-leg',
    'bleeding-vein',
    'thrombophlebitis',
    'rest-pain',
    'wound',
    'vein-check',
  ],
};

/** Article slug -> the signs it must show. */
export const requiredSigns: Record<string, SignId[]> = Object.fromEntries(
  Object.entries(requiredCards).map(([slug, ids]) => [slug, signsOf(ids)]),
);

/**
 * Signs that must sit in a given section, not just anywhere on the page (the clinical reference:
 * cauda equina in the nerve section of the overview of pain types).
 */
export const requiredInSection: { slug: string; section: string; alert: AlertId }[] = [
  { slug: 'types-of-leg-pain', section: 'nerves', alert: 'cauda-equina' },
];

const isAlertId = (id: string): id is AlertId => (alertIds as string[]).includes(id);

/** The ids of a <WarningCards ids="a b"> tag, or of a frontmatter `alerts` list. */
function splitIds(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

export interface CardUse {
  /** The alert ids written in the tag or the frontmatter. */
  ids: string[];
  /** Offset of the tag in the body; -1 for the frontmatter. */
  index: number;
  /** The id of the <Section> the tag sits in, if any. */
  section?: string;
}

/**
 * Every use of cards in an article: the frontmatter `alerts`, then each <WarningCards> element of
 * the body's MDX syntax tree, with the <Section> it sits in.
 */
export function cardUses(frontmatterAlerts: readonly string[], body: string): CardUse[] {
  const uses: CardUse[] = [{ ids: [...frontmatterAlerts], index: -1 }];
  const walk = (node: Root | RootContent, section: string | undefined): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'WarningCards') {
        const ids = stringAttribute(node, 'ids');
        if (ids !== undefined)
          uses.push({ ids: splitIds(ids), index: node.position?.start.offset ?? 0, ...(section ? { section } : {}) });
      }
      if (node.name === 'Section') section = stringAttribute(node, 'id');
    }
    if ('children' in node) for (const child of node.children) walk(child, section);
  };
  walk(parseMdx(body), undefined);
  return uses;
}

/** The alert ids an article shows, frontmatter first; unknown ids are left out. */
export function shownAlertIds(frontmatterAlerts: readonly string[], body: string): AlertId[] {
  return [...new Set(cardUses(frontmatterAlerts, body).flatMap((u) => u.ids))].filter(isAlertId);
}

/** Problems with an article's warning cards, each naming the file and the sign. */
export function lintUrgency(file: string, slug: string, frontmatterAlerts: readonly string[], body: string): string[] {
  const problems: string[] = [];
  const uses = cardUses(frontmatterAlerts, body);
  for (const use of uses) {
    for (const id of use.ids) {
      if (!isAlertId(id))
        problems.push(
          `${file}: warning card "${id}" does not exist; use one of ${alertIds.join(', ')} (src/features/urgency/alerts.ts)`,
        );
    }
  }
  const shown = new Set(signsOf(shownAlertIds(frontmatterAlerts, body)));
  for (const sign of requiredSigns[slug] ?? []) {
    if (!shown.has(sign)) {
      const card = alertIds.find((id) => alerts[id].signs.includes(sign));
      problems.push(
        `${file}: must show the warning sign "${sign}" (${signs[sign].text}); add <WarningCards ids="${card}" /> to its "When to get help" section (src/features/urgency/urgency-coverage.ts)`,
      );
    }
  }
  for (const rule of requiredInSection.filter((r) => r.slug === slug)) {
    if (!uses.some((u) => u.section === rule.section && u.ids.includes(rule.alert))) {
      problems.push(`${file}: the section "${rule.section}" must show <WarningCards ids="${rule.alert}" />`);
    }
  }
  return problems;
}
