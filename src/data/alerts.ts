/**
 * Warning cards that an article names in its `alerts` frontmatter. They are shown first on the
 * page, before any other content (style guide: emergencies come first). Wording follows the
 * clinical reference: the 6 Ps of acute limb ischaemia (2024 ACC/AHA), and the NHS advice on
 * DVT and pulmonary embolism.
 */
import { site } from './site.ts';

export type UrgencyLevel = 'emergency' | 'urgent' | 'non-urgent';

export interface Alert {
  level: UrgencyLevel;
  /** What the signs may mean, as a lead-in when cards of one level are shown as one. */
  name: string;
  /** Each item completes the level's heading, e.g. "Call … now if:" + "your leg turns pale". */
  signs: string[];
  /** What the reader should say or do, after the list. */
  action?: string;
  /** Article that explains the condition. */
  more: { href: string; label: string };
}

export const alerts = {
  limb: {
    level: 'emergency',
    name: 'A blocked leg artery',
    signs: [
      'your leg or foot suddenly becomes very painful',
      'it turns pale or white, or feels cold compared with the other leg',
      'it goes numb, or you cannot move it',
    ],
    action: 'These can be signs that an artery in the leg is suddenly blocked. Every hour counts.',
    more: { href: '/acute-limb-ischemia/', label: 'why a suddenly cold, pale leg is an emergency' },
  },
  'clot-lungs': {
    level: 'emergency',
    name: 'A blood clot in the lungs',
    // The developer guide treats a swollen leg with breathlessness or chest pain as an emergency;
    // the NHS calls severe breathing difficulty, chest pain or collapse an emergency on their own.
    // "Worse when you breathe in" describes the pain; it is never a condition for calling.
    signs: [
      'you have a swollen or painful leg and you suddenly feel short of breath',
      'you find it very hard to breathe, or you have chest pain or upper back pain (it may be worse when you breathe in)',
      'you collapse',
    ],
    action: 'A blood clot may have travelled to your lungs (pulmonary embolism).',
    more: { href: '/dvt-risk-factors/#pulmonary-embolism', label: 'the warning signs of a clot in the lungs' },
  },
  'clot-leg': {
    level: 'urgent',
    name: 'A blood clot in a leg vein (DVT)',
    // NHS: sudden breathlessness or coughing up blood needs same-day care, even without leg signs.
    signs: [
      'one leg, usually the calf, suddenly swells',
      'it is painful, tender, warm, red or darker than the other leg',
      'you suddenly feel short of breath, or you cough up blood, even if your legs seem fine',
    ],
    action: 'This could be a blood clot in a deep vein (DVT), or a clot in the lungs. It needs checking the same day.',
    more: { href: '/venous-leg-pain/#dvt', label: 'the signs of a blood clot in the leg' },
  },
  'rest-pain': {
    level: 'urgent',
    name: 'Too little blood reaching the leg',
    signs: [
      'your feet or toes hurt when you rest or at night, and it eases when you hang your leg out of bed',
      'a wound on your foot or leg is not healing',
      'a toe or part of your foot is turning dark or black',
    ],
    action: 'These can be signs that the leg is not getting enough blood even at rest.',
    more: { href: '/arterial-leg-pain/#rest-pain', label: 'pain at rest from narrowed arteries' },
  },
} as const satisfies Record<string, Alert>;

export type AlertId = keyof typeof alerts;
export const alertIds = Object.keys(alerts) as [AlertId, ...AlertId[]];

/** The heading of each level's card says what to do (style guide). */
/**
 * The 2 emergencies of the clinical reference, one line each: the site-wide emergency card
 * (src/components/EmergencyCard.astro) and the search's "nothing found" state show them.
 */
export const emergencySigns = [
  'your leg or foot suddenly becomes cold, pale, numb or very painful, or you cannot move it',
  'you have a swollen, painful leg and you suddenly feel breathless or have chest pain',
  'you find it very hard to breathe, have chest pain or collapse, even without a swollen leg',
] as const;

export const urgencyHeading: Record<UrgencyLevel, string> = {
  emergency: 'Call your local emergency number now if:',
  urgent: 'Get medical help today if:',
  'non-urgent': 'See a doctor if:',
};

/** What every card of a level tells the reader to do, after its signs: one wording site-wide. */
export const urgencyAdvice: Record<UrgencyLevel, string> = {
  emergency: `Call ${site.emergencyNumbers}.`,
  urgent: 'Contact a doctor today, or an urgent care service if your doctor is closed.',
  'non-urgent': 'Make an appointment with your doctor.',
};

/** Words a screen reader and a black-and-white printout use for the level. */
export const urgencyLabel: Record<UrgencyLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  'non-urgent': 'Not urgent',
};

const levelOrder: Record<UrgencyLevel, number> = { emergency: 0, urgent: 1, 'non-urgent': 2 };

/** The alerts in the order a reader must meet them: emergencies first (style guide). */
export function emergenciesFirst(ids: readonly AlertId[]): AlertId[] {
  return [...ids].sort((a, b) => levelOrder[alerts[a].level] - levelOrder[alerts[b].level]);
}

/**
 * The alerts as one card per level, emergencies first. Two separate emergency cards, each
 * repeating the heading and the numbers, pushed an article two phone screens down.
 */
export function alertsByLevel(ids: readonly AlertId[]): { level: UrgencyLevel; ids: AlertId[] }[] {
  const groups: { level: UrgencyLevel; ids: AlertId[] }[] = [];
  for (const id of emergenciesFirst(ids)) {
    const level = alerts[id].level;
    const last = groups.at(-1);
    if (last?.level === level) last.ids.push(id);
    else groups.push({ level, ids: [id] });
  }
  return groups;
}
