/**
 * Every word the ABI calculator shows, in English: the boxes and their messages, the screen's
 * labels and buttons, and the sentences of a result. Kept apart from the components so they can
 * be read and tested as plain text, and so a second language is one more file of the same shape
 * (AbiWording, at the end). Plain English, short sentences, the guideline named with its year
 * where a guideline fact is stated (style guide). The urgency cards' words are in
 * src/features/urgency/alerts.ts.
 */
import type { AbiBand, AbiResult, AnkleReading, FieldId, LegResult } from './abi.ts';
import { ARM_DIFFERENCE_NOTE_ABOVE, CLTI_ANKLE_PRESSURE_BELOW, abiBandLimits } from './abi.ts';
import { resultLevel, triageLeg } from './abi-triage.ts';
import type { UrgencyLevel } from '../urgency/alerts.ts';
import { urgencyWording } from '../urgency/wording.en.ts';

/** What a box is called. Ankle labels are repeated for each leg, so `context` tells them apart. */
export interface FieldWords {
  /** The visible label. */
  label: string;
  /** Read before the label by screen readers, hidden on screen where a legend says it. */
  context: string;
  /** Where the artery is, for someone holding a clinic letter. */
  hint: string;
  /** Used inside messages: "Enter the right arm pressure as a number". */
  name: string;
}

const armHint = 'Brachial artery. The top number (systolic), in mmHg.';
const dpHint = 'Dorsalis pedis artery. In mmHg.';
const ptHint = 'Posterior tibial artery, behind the bone on the inside of the ankle. In mmHg.';

export const fieldWords: Record<FieldId, FieldWords> = {
  rightArm: { label: 'Right arm', context: '', hint: armHint, name: 'right arm pressure' },
  leftArm: { label: 'Left arm', context: '', hint: armHint, name: 'left arm pressure' },
  rightDp: { label: 'Top of the foot', context: 'Right leg: ', hint: dpHint, name: 'right top-of-foot pressure' },
  rightPt: { label: 'Inner ankle', context: 'Right leg: ', hint: ptHint, name: 'right inner-ankle pressure' },
  leftDp: { label: 'Top of the foot', context: 'Left leg: ', hint: dpHint, name: 'left top-of-foot pressure' },
  leftPt: { label: 'Inner ankle', context: 'Left leg: ', hint: ptHint, name: 'left inner-ankle pressure' },
};

/** A box's message, each saying what is wrong and how to fix it (abi-input.ts decides which). */
export const inputMessages = {
  'two-numbers': (name: string) => `Enter only the top number (systolic) for the ${name}. For 120/80, enter 120.`,
  negative: (name: string) => `The ${name} cannot be below 0. Remove the minus sign.`,
  decimals: (name: string) => `Enter the ${name} with no more than 1 decimal place, like 120 or 120.5.`,
  'not-a-number': (name: string) =>
    `Enter the ${name} as a number, like 120. Use digits only, with no letters or units.`,
  tooHigh: (name: string, max: number) =>
    `The ${name} is above ${max} mmHg. Check the reading: this calculator accepts up to ${max}.`,
  armZero: (name: string) =>
    `The ${name} cannot be 0. Check the reading, or leave the box empty if that arm was not measured.`,
  armTooLow: (name: string, value: number, min: number) =>
    `The ${name} of ${value} mmHg is too low for an arm reading. Check you copied the top number (systolic). This calculator needs at least ${min}.`,
  missingArm: 'Enter at least 1 arm pressure. The ABI divides the ankle pressure by the arm pressure.',
  missingAnkle: 'Enter at least 1 ankle pressure. You can leave out a leg that was not measured.',
};

/** The calculator's screen: form, buttons, error summary, result headings, table and actions. */
export const abiUi = {
  formLabel: 'ABI calculator',
  formIntro:
    'Type the top number (systolic) of each reading, in mmHg (millimetres of mercury). Leave a box empty if that place was not measured. Decimals can have a full stop or a comma, like 120.5 or 120,5.',
  groupLegend: { arms: 'Arm pressures', rightLeg: 'Right leg', leftLeg: 'Left leg' },
  unit: 'mmHg',
  submit: 'Work out the ABI',
  clear: 'Clear all boxes',
  errorSummaryTitle: 'There is a problem',
  /** Read by screen readers before a box's message. */
  errorPrefix: 'Error: ',
  resultTitle: 'Your ABI result',
  /** Read by screen readers before each leg's figure. */
  figurePrefix: 'ABI ',
  toeTestReadAbout: 'Read about',
  toeTestLink: 'the toe pressure test (toe-brachial index)',
  readingsTitle: 'Your readings and the sum',
  readingsWhere: 'Where',
  readingsPressure: 'Pressure',
  notGiven: 'not given',
  usedInSum: ' (used in the sum)',
  sumMethod:
    'For each leg, the higher ankle pressure is divided by the higher arm pressure and rounded to 2 decimal places.',
  notADiagnosis: urgencyWording.notADiagnosis.lead,
  talkToDoctor: 'Talk to a doctor about any result.',
  howMeasured: 'An ABI is measured lying down, with a Doppler probe, by a trained person. Read',
  howMeasuredLink: 'how doctors measure the ankle-brachial index',
  print: 'Print this result',
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. ',
  copyFailed: 'Your browser did not let this page copy. Copy the link from the box below. ',
  linkLabel: 'Link to this result',
  linkHint:
    'Your readings are in the part after the # sign. Your browser does not send that part to any server, but anyone who has the link can see your readings.',
  scaleTitle: (description: string) => `ABI scale with the guideline bands. ${description}`,
};

/** Lowest band first, as on the scale. */
export const bandOrder: readonly AbiBand[] = ['abnormal', 'borderline', 'normal', 'noncompressible'];

export const bandLabel: Record<AbiBand, string> = {
  abnormal: 'Abnormal',
  borderline: 'Borderline',
  normal: 'Normal',
  noncompressible: 'Cannot be trusted',
};

/** The band names printed under the scale, in lines short enough for their band. */
export const scaleBandNameLines: Record<AbiBand, string[]> = {
  abnormal: [bandLabel.abnormal],
  borderline: [bandLabel.borderline],
  normal: [bandLabel.normal],
  noncompressible: ['Cannot be', 'trusted'],
};

const limit = (hundredths: number) => (hundredths / 100).toFixed(2);
const { abnormalMax, borderlineMax, normalMax, severeMax } = abiBandLimits;

/** The limits as the explainer writes them ("0.90"), from the one table of limits (abi.ts). */
export const limitText = {
  severeMax: limit(severeMax),
  mildMin: limit(severeMax + 1),
  abnormalMax: limit(abnormalMax),
  borderlineMin: limit(abnormalMax + 1),
  borderlineMax: limit(borderlineMax),
  normalMax: limit(normalMax),
} as const;

/** The bands' ranges in words, from the one table of limits (abi.ts). */
export const bandRange: Record<AbiBand, string> = {
  abnormal: `${limit(abnormalMax)} or below`,
  borderline: `${limit(abnormalMax + 1)} to ${limit(borderlineMax)}`,
  normal: `${limit(borderlineMax + 1)} to ${limit(normalMax)}`,
  noncompressible: `above ${limit(normalMax)}`,
};

export const bandMeaning: Record<AbiBand, string> = {
  abnormal: 'This is a sign of narrowed leg arteries (peripheral artery disease, PAD).',
  borderline: 'This is just below the normal range, but not clearly abnormal.',
  normal: 'This is in the normal range.',
  noncompressible:
    'The arteries at the ankle may be too stiff for the cuff to squeeze (noncompressible). Then the ABI cannot be trusted.',
};

/** The sentence naming a value's band, with the guidelines and their years. */
const bandSentence = (band: AbiBand): string =>
  `The 2016 and 2024 guidelines call an ABI ${band === 'noncompressible' ? '' : 'of '}${bandRange[band]} ${band}.`;

export const formatIndex = (index: number): string => index.toFixed(2);
export const formatPressure = (mmHg: number): string => `${mmHg} mmHg`;

const fieldName = (reading: AnkleReading): string => fieldWords[reading.field].name;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Right leg" or "Left leg". */
export const legName = (leg: Pick<LegResult, 'side'>): string => `${capitalise(leg.side)} leg`;

/** The plain sentences under a leg's figure: the value, its band and what the band means. */
export function legSentences(leg: LegResult): string[] {
  return [`Your ${leg.side} leg's ABI is ${formatIndex(leg.index)}.`, bandSentence(leg.band), bandMeaning[leg.band]];
}

/** "117 mmHg ÷ 130 mmHg = 0.90", naming which pressures were used. */
export function legCalculation(leg: LegResult, armUsed: number): string {
  return `${formatPressure(leg.ankleUsed)} ÷ ${formatPressure(armUsed)} = ${formatIndex(leg.index)}`;
}

/** Grades of other sources, shown only for an abnormal value; never as a guideline band. */
export function severityNote(leg: LegResult): string | null {
  if (leg.severity === null) return null;
  const grade = leg.severity === 'severe' ? 'severe' : 'mild to moderate';
  return `Some other sources also grade a low ABI: ${limit(severeMax + 1)} to ${limit(abnormalMax)} is mild to moderate, and ${limit(severeMax)} or below is severe. By those grades, ${formatIndex(leg.index)} is ${grade}. The 2016 and 2024 guidelines do not use these grades.`;
}

const olderRule = 'The source article uses an older rule: normal is 1.0 to 1.3, and below 0.9 means PAD.';

/** Shown only where the older rule says something different from the guidelines. */
export function olderConventionNote(leg: LegResult): string | null {
  if (!leg.olderDiffers) return null;
  const value = formatIndex(leg.index);
  if (leg.band === 'abnormal')
    return `${olderRule} By that rule, ${value} would not count as PAD. Today's guidelines count ${limit(abnormalMax)} as abnormal.`;
  return `${olderRule} By that rule, ${value} is above normal. Today's guidelines count up to ${limit(normalMax)} as normal.`;
}

export const oneAnkleNote =
  'Only 1 ankle pressure was given for this leg. Doctors measure both ankle arteries and use the higher one. With only 1, this ABI may come out lower than it should.';

export const oneArmNote =
  'Only 1 arm pressure was given. Both arms should be measured, and the higher one used. With only 1, the ABI may come out higher than it should.';

export function armDifferenceNote(result: AbiResult): string | null {
  if (!result.armDifferenceWorthMentioning || result.armDifference === null) return null;
  return `Your 2 arm pressures differ by ${formatPressure(Math.abs(result.armDifference))}. Mention this difference to your doctor. This calculator points out any difference of more than ${ARM_DIFFERENCE_NOTE_ABOVE} mmHg; that is not an agreed medical cut-off.`;
}

export const toePressureNote =
  'When the ABI is above 1.40, guidelines advise a toe pressure test (toe-brachial index, TBI) as the next step. It uses the toe instead of the ankle, because toe arteries are less often stiff.';

/**
 * What each leg's triage found, in plain sentences, for the card its level needs (abi-triage.ts).
 * A leg with both arteries silent is said plainly; one silent artery is explained calmly.
 */
export function legFindingSentences(leg: LegResult): string[] {
  const triage = triageLeg(leg);
  const name = `your ${leg.side} leg`;
  switch (triage.finding) {
    case 'no-signal':
      return leg.ankle.length > 1
        ? [
            `No blood flow signal was found at either ankle artery of ${name} (both 0 mmHg). This can mean the blood flow to that leg is blocked.`,
          ]
        : [
            `No blood flow signal was found at the ${fieldName(leg.ankle[0]!)}, the only ankle reading of ${name} (0 mmHg). This can mean the blood flow to that leg is blocked.`,
          ];
    case 'very-low':
      return [
        leg.ankleUsed < CLTI_ANKLE_PRESSURE_BELOW
          ? `The higher ankle pressure of ${name} is ${formatPressure(leg.ankleUsed)}, under ${CLTI_ANKLE_PRESSURE_BELOW} mmHg.`
          : `The ABI of ${name} is ${formatIndex(leg.index)}. Some sources call ${limit(severeMax)} or below severe.`,
        'This can mean the leg is not getting enough blood, even at rest.',
      ];
    case 'abnormal':
      return [`The ABI of ${name} is ${formatIndex(leg.index)}: a sign of narrowed leg arteries.`];
    case 'one-artery-low': {
      const low = triage.outweighed.map((r) => `the ${fieldName(r)} is ${formatPressure(r.pressure)}`).join(' and ');
      const used = leg.ankle.find((a) => a.field === leg.ankleUsedField)!;
      return [
        `In ${name}, ${low}, but the ${fieldName(used)} is ${formatPressure(used.pressure)}. The ABI uses the higher of the 2, so this leg's ABI is ${formatIndex(leg.index)}.`,
        'One weak or silent ankle artery is not an emergency on its own if your foot is warm and comfortable. It is uncommon in healthy people: the top-of-foot artery is missing in about 3 in 100. In older adults it more often means narrowed arteries, so a doctor should see it.',
      ];
    }
    case 'none':
      return [];
  }
}

/** The sentences under the card of one level: each leg whose finding needs that level. */
export function levelReasons(result: AbiResult, level: UrgencyLevel): string[] {
  return result.legs.filter((leg) => triageLeg(leg).level === level).flatMap(legFindingSentences);
}

/** A short summary for the live region: screen readers announce it when the result appears. */
export function resultAnnouncement(result: AbiResult): string {
  const legs = result.legs.map(
    (leg) => `${legName(leg)} ABI ${formatIndex(leg.index)}: ${bandLabel[leg.band].toLowerCase()}.`,
  );
  const level = resultLevel(result);
  const warning =
    level === 'emergency'
      ? ' Read the emergency advice.'
      : level === 'same-day'
        ? ' Read the advice to get medical help today.'
        : level === 'soon'
          ? ' Read the advice to show these readings to a doctor.'
          : '';
  return `Result: ${legs.join(' ')}${warning}`;
}

/**
 * The whole catalogue. A second language supplies an object of this type (every key, every
 * sentence function with the same arguments), e.g. wording.tr.ts exporting `abiWording`.
 */
export const abiWording = {
  fieldWords,
  inputMessages,
  abiUi,
  bandOrder,
  bandLabel,
  scaleBandNameLines,
  bandRange,
  bandMeaning,
  formatIndex,
  formatPressure,
  legName,
  legSentences,
  legCalculation,
  severityNote,
  olderConventionNote,
  oneAnkleNote,
  oneArmNote,
  armDifferenceNote,
  toePressureNote,
  legFindingSentences,
  levelReasons,
  resultAnnouncement,
};
export type AbiWording = typeof abiWording;
