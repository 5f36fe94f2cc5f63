/**
 * Which urgency card an ABI result needs, decided by each leg's HIGHER ankle pressure, as the ABI
 * itself is (shared/clinical-reference.md, ABI section):
 *
 * - both ankle arteries of a leg silent (its higher pressure is 0): say so plainly, and point to
 *   emergency care if it is new or the leg is cold, pale, numb or very painful;
 * - the higher ankle pressure under 50 mmHg (the CLTI threshold) or an ABI of 0.40 or below:
 *   get medical help today;
 * - an abnormal ABI (0.90 or below), or one artery silent or under 50 mmHg while the other
 *   reads well: show a doctor soon, with a calm explanation and no emergency card;
 * - otherwise no card.
 *
 * Monotonic by construction: lowering any one pressure, or raising an arm pressure, never gives a
 * milder level (unit-tested at every boundary).
 */
import { CLTI_ANKLE_PRESSURE_BELOW, type AbiResult, type AnkleReading, type LegResult } from './abi.ts';
import { urgencyLevels, type UrgencyLevel } from '../urgency/alerts.ts';
import { abiBandLimits } from './abi.ts';

export type LegFinding =
  /** Both arteries measured, both 0, or the only artery measured is 0. */
  | 'no-signal'
  /** Higher ankle pressure under 50 mmHg, or a severe index. */
  | 'very-low'
  /** An abnormal index (0.90 or below). */
  | 'abnormal'
  /** One artery silent or under 50 mmHg while the leg's higher pressure is 50 or more. */
  | 'one-artery-low'
  | 'none';

export interface LegTriage {
  side: LegResult['side'];
  finding: LegFinding;
  /** The card the finding needs, or null for none. */
  level: UrgencyLevel | null;
  /** The ankle readings under 50 mmHg that the leg's higher pressure outweighs. */
  outweighed: AnkleReading[];
}

const levelOf: Record<LegFinding, UrgencyLevel | null> = {
  'no-signal': 'emergency',
  'very-low': 'same-day',
  abnormal: 'soon',
  'one-artery-low': 'soon',
  none: null,
};

export function triageLeg(leg: LegResult): LegTriage {
  const outweighed = leg.ankle.filter((a) => a.pressure < CLTI_ANKLE_PRESSURE_BELOW && a.pressure < leg.ankleUsed);
  const hundredths = Math.round(leg.index * 100);
  const finding: LegFinding =
    leg.ankleUsed === 0
      ? 'no-signal'
      : leg.ankleUsed < CLTI_ANKLE_PRESSURE_BELOW || hundredths <= abiBandLimits.severeMax
        ? 'very-low'
        : hundredths <= abiBandLimits.abnormalMax
          ? 'abnormal'
          : outweighed.length > 0
            ? 'one-artery-low'
            : 'none';
  return { side: leg.side, finding, level: levelOf[finding], outweighed };
}

/** The most urgent card any leg needs, or null. */
export function resultLevel(result: AbiResult): UrgencyLevel | null {
  const levels = result.legs.map((leg) => triageLeg(leg).level).filter((l) => l !== null);
  if (levels.length === 0) return null;
  return urgencyLevels.find((level) => levels.includes(level)) ?? null;
}
