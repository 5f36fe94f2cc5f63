/**
 * The site's one source of urgent advice. Every warning sign is data: its level, its wording and
 * the guideline or NHS page it comes from (shared/clinical-reference.md). Cards group signs of one
 * level under a name; every card on an article, a tool, the emergency page, the handout and the
 * search page is drawn from here, so no two places word a sign differently.
 *
 * Which signs each page must show is in src/features/urgency/urgency-coverage.ts; the content lint fails the
 * build naming the page and the missing sign.
 */
import { site } from '../layout/site.ts';
import type { SourceId } from '../article/sources.ts';

/** From most to least urgent. The style guide's card levels, plus self-care. */
export const urgencyLevels = ['emergency', 'same-day', 'soon', 'self-care'] as const;
export type UrgencyLevel = (typeof urgencyLevels)[number];

export interface WarningSign {
  level: UrgencyLevel;
  /** Completes the level's heading: "Call … now if:" + "your leg turns pale". */
  text: string;
  /** Where the sign and its level come from (src/features/article/sources.ts). */
  cite: SourceId;
}

/** One wording of each sign, site-wide. */
export const signs = {
  // Acute limb ischaemia: the 6 Ps (2024 ACC/AHA).
  'limb-pain': {
    level: 'emergency',
    text: 'your leg or foot suddenly becomes very painful',
    cite: 'acc-aha-2024',
  },
  'limb-pale-cold': {
    level: 'emergency',
    text: 'it turns pale or white, or feels cold compared with the other leg',
    cite: 'acc-aha-2024',
  },
  'limb-numb': {
    level: 'emergency',
    text: 'it goes numb, or you cannot move it',
    cite: 'acc-aha-2024',
  },
  // Pulmonary embolism (NHS): severe breathing difficulty, chest pain or collapse are emergencies
  // on their own; "worse when you breathe in" describes the pain, never a condition for calling.
  'pe-leg-breathless': {
    level: 'emergency',
    text: 'you have a swollen or painful leg and you suddenly feel short of breath',
    cite: 'nhs-dvt',
  },
  'pe-chest': {
    level: 'emergency',
    text: 'you find it very hard to breathe, or you have chest pain or upper back pain (it may be worse when you breathe in)',
    cite: 'nhs-dvt',
  },
  'pe-collapse': { level: 'emergency', text: 'you collapse', cite: 'nhs-dvt' },
  // Cauda equina syndrome (NHS sciatica page): any one is enough.
  'ces-both-legs': {
    level: 'emergency',
    text: 'you have sciatica in both legs',
    cite: 'nhs-sciatica',
  },
  'ces-weakness': {
    level: 'emergency',
    text: 'numbness or weakness in both legs is severe or getting worse',
    cite: 'nhs-sciatica',
  },
  'ces-saddle': {
    level: 'emergency',
    text: 'you feel numb around or under your genitals, or around your bottom',
    cite: 'nhs-sciatica',
  },
  'ces-bladder': {
    level: 'emergency',
    text: 'you find it hard to start peeing, cannot pee or cannot control it, and this is not normal for you',
    cite: 'nhs-sciatica',
  },
  'ces-bowel': {
    level: 'emergency',
    text: 'you do not notice when you need to poo, or cannot control it, and this is not normal for you',
    cite: 'nhs-sciatica',
  },
  // Stroke (NHS, Act FAST): any one is enough.
  'stroke-face': { level: 'emergency', text: 'one side of the face droops', cite: 'nhs-stroke' },
  'stroke-arm': { level: 'emergency', text: 'an arm feels weak and you cannot lift it', cite: 'nhs-stroke' },
  'stroke-speech': { level: 'emergency', text: 'speech is slurred or muddled', cite: 'nhs-stroke' },
  'stroke-one-side': {
    level: 'emergency',
    text: 'one side of the body, a leg included, suddenly goes weak or numb',
    cite: 'nhs-stroke',
  },
  // Bleeding varicose vein: NICE CG168 refers it immediately; first aid from St John Ambulance.
  'vein-bleeding': {
    level: 'emergency',
    text: 'a varicose vein bleeds and the bleeding does not stop',
    cite: 'nice-cg168',
  },
  // DVT (NHS): same-day care, even without leg signs for breathlessness or coughing up blood.
  'dvt-swelling': { level: 'same-day', text: 'one leg, usually the calf, suddenly swells', cite: 'nhs-dvt' },
  'dvt-tender': {
    level: 'same-day',
    text: 'it is painful, tender, warm, red or darker than the other leg',
    cite: 'nhs-dvt',
  },
  'dvt-breathless': {
    level: 'same-day',
    text: 'you suddenly feel short of breath, or you cough up blood, even if your legs seem fine',
    cite: 'nhs-dvt',
  },
  // Superficial vein thrombosis: "same day is reasonable; no source names a time".
  'vein-hard-red': {
    level: 'same-day',
    text: 'a vein under the skin turns hard, red, hot and painful',
    cite: 'nice-cks-svt',
  },
  // Chronic limb-threatening ischaemia (Global Vascular Guidelines 2019).
  'rest-pain': {
    level: 'same-day',
    text: 'your feet or toes hurt when you rest or at night, and it eases when you hang your leg out of bed',
    cite: 'gvg-2019',
  },
  'toe-black': {
    level: 'same-day',
    text: 'a toe or part of your foot is turning dark or black',
    cite: 'gvg-2019',
  },
  'wound-with-cold-foot': {
    level: 'same-day',
    text: 'a wound on your foot or leg has not healed in 2 weeks, and the foot is cold, pale or turning black, or hurts at rest',
    cite: 'gvg-2019',
  },
  // The one wording of a wound that will not heal (clinical reference: "within days").
  wound: {
    level: 'soon',
    text: 'a wound on your foot or leg has not healed in 2 weeks: see a doctor within a few days',
    cite: 'gvg-2019',
  },
  'walking-pain': {
    level: 'soon',
    text: 'you get cramp-like pain in your calf, thigh or buttock when you walk, and it goes away when you stop',
    cite: 'acc-aha-2024',
  },
  'walk-stand-pain': {
    level: 'soon',
    text: 'your legs hurt when you walk or stand, and you have to stop and rest',
    cite: 'nadeau-2013',
  },
  tingling: {
    level: 'soon',
    text: 'you often get numbness, tingling or weakness in your legs',
    cite: 'source-article',
  },
  'sciatica-not-better': {
    level: 'soon',
    text: 'sciatica is not getting better after a few weeks, is getting worse, or stops you doing normal things',
    cite: 'nhs-sciatica',
  },
  'heavy-legs': {
    level: 'soon',
    text: 'your legs often feel heavy, or swell by the evening',
    cite: 'source-article',
  },
  'brown-skin': {
    level: 'soon',
    text: 'you have brown spots or hard skin around your ankles',
    cite: 'ceap-2020',
  },
  // The ABI calculator's cards (clinical reference, ABI section): both ankle arteries silent is an
  // emergency if new or with the signs of a blocked artery; a leg's higher pressure under 50 mmHg
  // is a threshold for chronic limb-threatening ischaemia.
  'abi-zero-new': {
    level: 'emergency',
    text: 'these readings of 0 are new, and no doctor has acted on them yet',
    cite: 'aha-acc-2016',
  },
  'abi-leg-symptoms': {
    level: 'emergency',
    text: 'that leg or foot is cold, pale, numb or very painful',
    cite: 'acc-aha-2024',
  },
  'abi-not-discussed': {
    level: 'same-day',
    text: 'no doctor has talked with you about these readings yet',
    cite: 'gvg-2019',
  },
  'abi-show-doctor': {
    level: 'soon',
    text: 'you have not yet shown these readings to a doctor',
    cite: 'aha-acc-2016',
  },
  // Self-care (NHS sciatica page): what helps while it settles.
  'sciatica-self-care': {
    level: 'self-care',
    text: 'you have sciatica but none of the warning signs above: keep active, and do not sit or lie down for long',
    cite: 'nhs-sciatica',
  },
} as const satisfies Record<string, WarningSign>;

export type SignId = keyof typeof signs;
export const signIds = Object.keys(signs) as [SignId, ...SignId[]];

export interface AlertSpec {
  /** What the signs may mean, as a lead-in when cards of one level are shown as one. */
  name: string;
  /** The signs, all of one level; each completes the level's heading. */
  signs: readonly SignId[];
  /** What the signs may mean, or first aid, after the list. */
  action?: string;
  /** A few words for the emergency strip at the top of every page (emergency cards only). */
  short?: string;
  /** Article that explains the condition. */
  more: { href: string; label: string };
}

export interface Alert extends AlertSpec {
  level: UrgencyLevel;
}

const alertSpecs = {
  limb: {
    name: 'A blocked leg artery',
    signs: ['limb-pain', 'limb-pale-cold', 'limb-numb'],
    // ESVS 2020: about 6 hours; the figure is a reason to hurry, never a reason not to call.
    action:
      'These can be signs that an artery in the leg is suddenly blocked. Every hour counts. Call now, even if it started more than 6 hours ago.',
    short: 'a suddenly cold, pale or numb leg',
    more: { href: '/acute-limb-ischemia/', label: 'why a suddenly cold, pale leg is an emergency' },
  },
  'clot-lungs': {
    name: 'A blood clot in the lungs',
    signs: ['pe-leg-breathless', 'pe-chest', 'pe-collapse'],
    action: 'A blood clot may have travelled to your lungs (pulmonary embolism).',
    short: 'sudden chest pain or breathlessness',
    more: { href: '/dvt-risk-factors/#pulmonary-embolism', label: 'the warning signs of a clot in the lungs' },
  },
  'cauda-equina': {
    name: 'Pressure on the nerves at the bottom of the spine (cauda equina syndrome)',
    signs: ['ces-both-legs', 'ces-weakness', 'ces-saddle', 'ces-bladder', 'ces-bowel'],
    action:
      'Any one of these can mean the nerves at the bottom of your spine are badly squashed (cauda equina syndrome). You can also go straight to an emergency department.',
    more: { href: '/nerve-leg-pain/#when-to-get-help', label: 'nerve pain and its warning signs' },
  },
  stroke: {
    name: 'A stroke',
    signs: ['stroke-face', 'stroke-arm', 'stroke-speech', 'stroke-one-side'],
    action: 'Any one of these can be a stroke. Sudden numbness of one leg alone is an emergency too.',
    more: { href: '/acute-limb-ischemia/', label: 'sudden numbness from a blocked leg artery' },
  },
  'bleeding-vein': {
    name: 'A bleeding varicose vein',
    signs: ['vein-bleeding'],
    action:
      'While you wait: lie down and raise the leg as high as you can. Press firmly on the bleeding point. Take off tight socks or garters.',
    more: { href: '/venous-leg-pain/#chronic-venous-insufficiency', label: 'varicose veins and weak vein valves' },
  },
  'clot-leg': {
    name: 'A blood clot in a leg vein (DVT)',
    signs: ['dvt-swelling', 'dvt-tender', 'dvt-breathless'],
    action: 'This could be a blood clot in a deep vein (DVT), or a clot in the lungs. It needs checking the same day.',
    more: { href: '/venous-leg-pain/#dvt', label: 'the signs of a blood clot in the leg' },
  },
  thrombophlebitis: {
    name: 'An inflamed vein under the skin (thrombophlebitis)',
    signs: ['vein-hard-red'],
    action:
      'This is often a small clot in a varicose vein (superficial thrombophlebitis). Near the groin or above the knee it can spread to the deep veins, so a scan may be needed soon.',
    more: { href: '/venous-leg-pain/#chronic-venous-insufficiency', label: 'varicose veins and weak vein valves' },
  },
  'rest-pain': {
    name: 'Too little blood reaching the leg',
    signs: ['rest-pain', 'toe-black', 'wound-with-cold-foot'],
    action: 'These can be signs that the leg is not getting enough blood even at rest.',
    more: { href: '/arterial-leg-pain/#rest-pain', label: 'pain at rest from narrowed arteries' },
  },
  wound: {
    name: 'A wound that will not heal',
    signs: ['wound'],
    more: { href: '/arterial-leg-pain/#rest-pain', label: 'pain at rest from narrowed arteries' },
  },
  'walking-pain': {
    name: 'Pain when you walk',
    signs: ['walking-pain'],
    action:
      'This is not an emergency, but it is worth checking. Finding narrowed arteries early means treatment can start sooner.',
    more: { href: '/arterial-leg-pain/#walking-pain', label: 'pain when you walk from narrowed arteries' },
  },
  'nerve-check': {
    name: 'Pain or tingling in your legs',
    signs: ['walk-stand-pain', 'tingling'],
    more: { href: '/vascular-vs-nerve-pain/', label: 'how artery pain and nerve pain differ' },
  },
  'sciatica-gp': {
    name: 'Sciatica that is not settling',
    signs: ['sciatica-not-better'],
    action: 'Sciatica usually gets better in 4 to 6 weeks, but it can last longer.',
    more: { href: '/nerve-leg-pain/', label: 'leg pain from a pinched nerve' },
  },
  'vein-check': {
    name: 'Signs of weak leg veins',
    signs: ['heavy-legs', 'brown-skin'],
    more: { href: '/venous-insufficiency-treatment/', label: 'what helps weak leg veins' },
  },
  'abi-no-signal': {
    name: 'No blood flow signal at the ankle',
    signs: ['abi-zero-new', 'abi-leg-symptoms'],
    action: 'If a doctor already knows about these readings and your leg feels as usual, follow the plan you agreed.',
    more: { href: '/acute-limb-ischemia/', label: 'why a suddenly cold, pale leg is an emergency' },
  },
  'abi-very-low': {
    name: 'Very low ankle pressure',
    signs: ['abi-not-discussed', 'rest-pain', 'toe-black', 'wound-with-cold-foot'],
    action:
      "Pain at rest, a wound that does not heal or a toe turning dark can mean the leg is not getting enough blood. Today's guidelines call this chronic limb-threatening ischaemia (CLTI).",
    more: { href: '/arterial-leg-pain/#rest-pain', label: 'pain at rest from narrowed arteries' },
  },
  'abi-see-doctor': {
    name: 'Readings to show a doctor',
    signs: ['abi-show-doctor', 'wound'],
    more: { href: '/leg-pain-diagnosis/#abi', label: 'how doctors measure the ankle-brachial index' },
  },
  'sciatica-self-care': {
    name: 'Looking after sciatica yourself',
    signs: ['sciatica-self-care'],
    action: 'Heat packs can help, but do not put a hot water bottle on numb skin. Ask a pharmacist about painkillers.',
    more: { href: '/nerve-leg-pain/', label: 'leg pain from a pinched nerve' },
  },
} as const satisfies Record<string, AlertSpec>;

export type AlertId = keyof typeof alertSpecs;
export const alertIds = Object.keys(alertSpecs) as [AlertId, ...AlertId[]];

/** A card's level is its signs' level; a card mixing levels would tell the reader two things. */
function withLevel(id: string, spec: AlertSpec): Alert {
  const levels = new Set(spec.signs.map((sign) => signs[sign].level));
  if (levels.size !== 1) {
    throw new Error(`Alert "${id}": its signs must share one level, received ${[...levels].join(', ') || 'none'}`);
  }
  return { ...spec, level: [...levels][0]! };
}

export const alerts = Object.fromEntries(alertIds.map((id) => [id, withLevel(id, alertSpecs[id])])) as Record<
  AlertId,
  Alert
>;

/** The signs a set of cards shows. */
export function signsOf(ids: readonly AlertId[]): SignId[] {
  return [...new Set(ids.flatMap((id) => alerts[id].signs))];
}

/** Cards only the ABI calculator shows: its readings, not symptoms a page explains. */
export const toolAlertIds = ['abi-no-signal', 'abi-very-low', 'abi-see-doctor'] as const satisfies readonly AlertId[];

/** Emergency cards, in the order of the site-wide emergency card. */
export const emergencyAlertIds = alertIds.filter(
  (id) => alerts[id].level === 'emergency' && !(toolAlertIds as readonly AlertId[]).includes(id),
);

/** The 2 emergencies the leg-pain reader most needs named at the top of every page. */
export const stripAlertIds = ['limb', 'clot-lungs'] as const satisfies readonly AlertId[];

/** The heading of each level's card says what to do (style guide). */
export const urgencyHeading: Record<UrgencyLevel, string> = {
  emergency: 'Call your local emergency number now if:',
  'same-day': 'Get medical help today if:',
  soon: 'See a doctor soon if:',
  'self-care': 'You can usually look after it yourself if:',
};

/** What every card of a level tells the reader to do, after its signs: one wording site-wide. */
export const urgencyAdvice: Record<UrgencyLevel, string> = {
  emergency: `Call ${site.emergencyNumbers}.`,
  'same-day': 'Contact a doctor today, or an urgent care service if your doctor is closed.',
  soon: 'Make an appointment with your doctor.',
  'self-care': 'See a doctor if it is not getting better, or if any warning sign above appears.',
};

/** Words a screen reader and a black-and-white printout use for the level. */
export const urgencyLabel: Record<UrgencyLevel, string> = {
  emergency: 'Emergency',
  'same-day': 'Urgent',
  soon: 'Not urgent',
  'self-care': 'Self-care',
};

/** The emergency numbers, so every card and the strip can make each one a tel: link. */
export const emergencyNumbers = [
  { number: '112', where: 'in Europe and Türkiye' },
  { number: '999', where: 'in the UK' },
  { number: '911', where: 'in the US and Canada' },
] as const;

const levelOrder = Object.fromEntries(urgencyLevels.map((level, i) => [level, i])) as Record<UrgencyLevel, number>;

/** Older names of the levels, still accepted by <Callout level>. */
export const legacyLevels: Record<string, UrgencyLevel> = { urgent: 'same-day', 'non-urgent': 'soon' };

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
