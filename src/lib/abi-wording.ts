/**
 * The words of the ABI result, kept apart from the components so they can be read and tested as
 * plain text. Plain English, short sentences, the guideline named with its year where a guideline
 * fact is stated (style guide).
 */
import type { AbiBand, AbiResult, AnkleReading, LegResult } from './abi.ts';
import { ARM_DIFFERENCE_NOTE_ABOVE, CLTI_ANKLE_PRESSURE_BELOW } from './abi.ts';
import { fields } from './abi-input.ts';

/** Lowest band first, as on the scale. */
export const bandOrder: readonly AbiBand[] = ['abnormal', 'borderline', 'normal', 'noncompressible'];

export const bandLabel: Record<AbiBand, string> = {
  abnormal: 'Abnormal',
  borderline: 'Borderline',
  normal: 'Normal',
  noncompressible: 'Cannot be trusted',
};

export const bandRange: Record<AbiBand, string> = {
  abnormal: '0.90 or below',
  borderline: '0.91 to 0.99',
  normal: '1.00 to 1.40',
  noncompressible: 'above 1.40',
};

export const bandMeaning: Record<AbiBand, string> = {
  abnormal: 'This is a sign of narrowed leg arteries (peripheral artery disease, PAD).',
  borderline: 'This is just below the normal range, but not clearly abnormal.',
  normal: 'This is in the normal range.',
  noncompressible:
    'The arteries at the ankle may be too stiff for the cuff to squeeze (noncompressible). Then the ABI cannot be trusted.',
};

/** The sentence naming a value's band, with the guidelines and their years. */
const bandSentence: Record<AbiBand, string> = {
  abnormal: 'The 2016 and 2024 guidelines call an ABI of 0.90 or below abnormal.',
  borderline: 'The 2016 and 2024 guidelines call an ABI of 0.91 to 0.99 borderline.',
  normal: 'The 2016 and 2024 guidelines call an ABI of 1.00 to 1.40 normal.',
  noncompressible: 'The 2016 and 2024 guidelines call an ABI above 1.40 noncompressible.',
};

export const formatIndex = (index: number): string => index.toFixed(2);
export const formatPressure = (mmHg: number): string => `${mmHg} mmHg`;

const fieldName = (reading: AnkleReading): string => fields.find((f) => f.id === reading.field)?.name ?? '';
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Right leg" or "Left leg". */
export const legName = (leg: Pick<LegResult, 'side'>): string => `${capitalise(leg.side)} leg`;

/** The plain sentences under a leg's figure: the value, its band and what the band means. */
export function legSentences(leg: LegResult): string[] {
  return [`Your ${leg.side} leg's ABI is ${formatIndex(leg.index)}.`, bandSentence[leg.band], bandMeaning[leg.band]];
}

/** "117 mmHg ÷ 130 mmHg = 0.90", naming which pressures were used. */
export function legCalculation(leg: LegResult, armUsed: number): string {
  return `${formatPressure(leg.ankleUsed)} ÷ ${formatPressure(armUsed)} = ${formatIndex(leg.index)}`;
}

/** Grades of other sources, shown only for an abnormal value; never as a guideline band. */
export function severityNote(leg: LegResult): string | null {
  if (leg.severity === null) return null;
  const grade = leg.severity === 'severe' ? 'severe' : 'mild to moderate';
  return `Some other sources also grade a low ABI: 0.41 to 0.90 is mild to moderate, and 0.40 or below is severe. By those grades, ${formatIndex(leg.index)} is ${grade}. The 2016 and 2024 guidelines do not use these grades.`;
}

const olderRule = 'The source article uses an older rule: normal is 1.0 to 1.3, and below 0.9 means PAD.';

/** Shown only where the older rule says something different from the guidelines. */
export function olderConventionNote(leg: LegResult): string | null {
  if (!leg.olderDiffers) return null;
  const value = formatIndex(leg.index);
  if (leg.band === 'abnormal')
    return `${olderRule} By that rule, ${value} would not count as PAD. Today's guidelines count 0.90 as abnormal.`;
  return `${olderRule} By that rule, ${value} is above normal. Today's guidelines count up to 1.40 as normal.`;
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

/** Why the emergency card is shown: each ankle reading of 0. */
export function emergencyReasons(result: AbiResult): string[] {
  return result.legs.flatMap((leg) => leg.noSignal.map((reading) => `The ${fieldName(reading)} is 0 mmHg.`));
}

/** Why the urgent card is shown: each severe index and each ankle pressure under 50 mmHg. */
export function urgentReasons(result: AbiResult): string[] {
  return result.legs.flatMap((leg) => [
    ...(leg.severity === 'severe'
      ? [`Your ${leg.side} leg's ABI is ${formatIndex(leg.index)}. Some sources call 0.40 or below severe.`]
      : []),
    // A reading of 0 is already named in the emergency card.
    ...leg.lowPressure
      .filter((reading) => reading.pressure > 0)
      .map(
        (reading) =>
          `The ${fieldName(reading)} is ${formatPressure(reading.pressure)}, under ${CLTI_ANKLE_PRESSURE_BELOW} mmHg.`,
      ),
  ]);
}

/** A short summary for the live region: screen readers announce it when the result appears. */
export function resultAnnouncement(result: AbiResult): string {
  const legs = result.legs.map(
    (leg) => `${legName(leg)} ABI ${formatIndex(leg.index)}: ${bandLabel[leg.band].toLowerCase()}.`,
  );
  const warning = result.emergency
    ? ' Read the emergency advice.'
    : result.urgent
      ? ' Read the advice to get medical help today.'
      : '';
  return `Result: ${legs.join(' ')}${warning}`;
}
