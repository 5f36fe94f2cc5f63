/**
 * The ankle-brachial index (ABI): the sum, the bands and what a set of readings means.
 *
 * Method and bands: 2016 AHA/ACC guideline (Gerhard-Herman et al.), unchanged in the 2024
 * ACC/AHA guideline (Gornik et al.). For each leg, the higher of its 2 ankle pressures is divided
 * by the higher of the 2 arm pressures and reported to 2 decimal places; the bands apply to that
 * rounded value. Facts and thresholds come from shared/clinical-reference.md.
 */

export type AbiBand = 'noncompressible' | 'normal' | 'borderline' | 'abnormal';
/** Grades used by some other sources (not by the 2016/2024 guideline bands). */
export type AbiSeverity = 'severe' | 'mild-to-moderate';
/** How the source article's older convention (normal 1.0–1.3, below 0.9 PAD) reads a value. */
export type OlderReading = 'pad' | 'below-normal' | 'normal' | 'above-normal';
export type Side = 'right' | 'left';

/** The 6 places a reading can come from. "dp": dorsalis pedis; "pt": posterior tibial. */
export type FieldId = 'rightArm' | 'leftArm' | 'rightDp' | 'rightPt' | 'leftDp' | 'leftPt';
/** Pressures in mmHg; a place that was not measured is left out. */
export type Readings = Partial<Record<FieldId, number>>;

export const ankleFields: Record<Side, { dp: FieldId; pt: FieldId }> = {
  right: { dp: 'rightDp', pt: 'rightPt' },
  left: { dp: 'leftDp', pt: 'leftPt' },
};

/**
 * The one place the band limits are written, in hundredths of the rounded ABI: the guideline
 * bands (2016 AHA/ACC, 2024 ACC/AHA) and the severe grade of other sources. abiBand, the wording
 * (wording.en.ts), the scale (abi-scale.ts) and the triage (abi-triage.ts) all read them.
 */
export const abiBandLimits = {
  /** 0.40 or below: severe (other sources, not the guideline bands). */
  severeMax: 40,
  /** 0.90 or below: abnormal. */
  abnormalMax: 90,
  /** 0.91 to 0.99: borderline. */
  borderlineMax: 99,
  /** 1.00 to 1.40: normal; above: noncompressible. */
  normalMax: 140,
} as const;

/** An ankle pressure under 50 mmHg is a haemodynamic threshold for chronic limb-threatening ischaemia. */
export const CLTI_ANKLE_PRESSURE_BELOW = 50;
/**
 * The clinical reference marks the 15–25 mmHg arm-to-arm threshold "unconfirmed", so the page
 * never states it as a fact; this only decides when to show a "tell your doctor" note.
 */
export const ARM_DIFFERENCE_NOTE_ABOVE = 15;

/** A decimal number as an exact fraction: digits / 10^scale. */
interface ExactDecimal {
  digits: bigint;
  scale: number;
}

/**
 * The shortest decimal that reads back as the same double is what the person typed (120.35 stays
 * 120.35), so rounding works on that and not on the binary approximation, where
 * 0.905 * 100 is 90.49999… and would round the wrong way at a band boundary.
 */
function exactDecimal(value: number): ExactDecimal {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** numerator / denominator in whole hundredths, rounded half up (both positive). */
function hundredthsOfRatio(numerator: number, denominator: number): number {
  const a = exactDecimal(numerator);
  const b = exactDecimal(denominator);
  const n = a.digits * 10n ** BigInt(b.scale) * 100n;
  const d = b.digits * 10n ** BigInt(a.scale);
  return Number((2n * n + d) / (2n * d));
}

function assertPressures(values: number[], what: string, allowZero: boolean): void {
  if (values.length === 0) throw new RangeError(`${what}: expected at least 1 pressure, received none`);
  for (const value of values) {
    const ok = Number.isFinite(value) && (allowZero ? value >= 0 : value > 0);
    if (!ok) throw new RangeError(`${what}: expected ${allowZero ? '0 or more' : 'more than 0'}, received ${value}`);
  }
}

/** An index given to more places, rounded half up to 2 decimal places, in whole hundredths. */
function indexHundredths(index: number): number {
  if (!Number.isFinite(index) || index < 0) throw new RangeError(`ABI: expected 0 or more, received ${index}`);
  return hundredthsOfRatio(index, 1);
}

/**
 * One leg's ABI: the higher ankle pressure over the higher arm pressure, rounded half up to
 * 2 decimal places. An ankle pressure of 0 (no Doppler signal) is a real finding and gives 0.
 */
export function legAbi(ankle: number[], arm: number[]): number {
  assertPressures(ankle, 'ankle pressures', true);
  assertPressures(arm, 'arm pressures', false);
  return hundredthsOfRatio(Math.max(...ankle), Math.max(...arm)) / 100;
}

/**
 * The guideline band of an ABI. Bands apply to the value rounded to 2 decimal places, so an
 * unrounded index is rounded first (0.905 is 0.91, borderline) and no value falls between bands.
 */
export function abiBand(index: number): AbiBand {
  const h = indexHundredths(index);
  if (h > abiBandLimits.normalMax) return 'noncompressible';
  if (h > abiBandLimits.borderlineMax) return 'normal';
  if (h > abiBandLimits.abnormalMax) return 'borderline';
  return 'abnormal';
}

/** Severity grade of other sources: 0.40 or below severe, 0.41–0.90 mild to moderate. */
export function abiSeverity(index: number): AbiSeverity | null {
  const h = indexHundredths(index);
  if (h <= abiBandLimits.severeMax) return 'severe';
  if (h <= abiBandLimits.abnormalMax) return 'mild-to-moderate';
  return null;
}

/** What the source article's older convention says: normal 1.0–1.3, below 0.9 means PAD. */
export function olderReading(index: number): OlderReading {
  const h = indexHundredths(index);
  if (h < 90) return 'pad';
  if (h < 100) return 'below-normal';
  if (h <= 130) return 'normal';
  return 'above-normal';
}

/** The older reading that says the same thing as each guideline band. */
const agreeingOlderReading: Record<AbiBand, OlderReading> = {
  abnormal: 'pad',
  borderline: 'below-normal',
  normal: 'normal',
  noncompressible: 'above-normal',
};

/** True where the older convention tells the reader something different: 0.90, and 1.31 to 1.40. */
export function olderConventionDiffers(index: number): boolean {
  return agreeingOlderReading[abiBand(index)] !== olderReading(index);
}

export interface AnkleReading {
  field: FieldId;
  artery: 'dp' | 'pt';
  pressure: number;
}

export interface LegResult {
  side: Side;
  /** Rounded to 2 decimal places. */
  index: number;
  band: AbiBand;
  severity: AbiSeverity | null;
  older: OlderReading;
  olderDiffers: boolean;
  /** The ankle readings given for this leg, in form order. */
  ankle: AnkleReading[];
  /** The higher ankle pressure, used in the sum. */
  ankleUsed: number;
  /** The ankle field that gave the higher pressure (the first in form order on a tie). */
  ankleUsedField: FieldId;
  /** Doctors measure both ankle arteries; with one, the index may be lower than it should be. */
  oneAnkleReading: boolean;
  /** Ankle readings of 0: no Doppler signal at that artery. What it means depends on the other (abi-triage.ts). */
  noSignal: AnkleReading[];
  /** Ankle readings under 50 mmHg (including 0). */
  lowPressure: AnkleReading[];
}

export interface AbiResult {
  arms: { right?: number; left?: number };
  /** The higher arm pressure, used for every leg. */
  armUsed: number;
  /** Both arms should be measured; with one, the index may be higher than it should be. */
  oneArmReading: boolean;
  /** Right minus left in mmHg, rounded to 1 decimal place; null with one arm. */
  armDifference: number | null;
  armDifferenceWorthMentioning: boolean;
  /** Right leg first; a leg with no ankle reading is left out. */
  legs: LegResult[];
  /** The arm field that gave the higher pressure (right on a tie). */
  armUsedField: FieldId;
  noncompressible: boolean;
}

function legResult(side: Side, readings: Readings, armUsed: number): LegResult | null {
  const ankle: AnkleReading[] = (['dp', 'pt'] as const).flatMap((artery) => {
    const field = ankleFields[side][artery];
    const pressure = readings[field];
    return pressure === undefined ? [] : [{ field, artery, pressure }];
  });
  if (ankle.length === 0) return null;
  const pressures = ankle.map((a) => a.pressure);
  const index = legAbi(pressures, [armUsed]);
  return {
    side,
    index,
    band: abiBand(index),
    severity: abiSeverity(index),
    older: olderReading(index),
    olderDiffers: olderConventionDiffers(index),
    ankle,
    ankleUsed: Math.max(...pressures),
    ankleUsedField: ankle.find((a) => a.pressure === Math.max(...pressures))!.field,
    oneAnkleReading: ankle.length === 1,
    noSignal: ankle.filter((a) => a.pressure === 0),
    lowPressure: ankle.filter((a) => a.pressure < CLTI_ANKLE_PRESSURE_BELOW),
  };
}

/**
 * Everything the result shows, from readings that passed validation (at least 1 arm pressure
 * above 0 and at least 1 ankle pressure). Throws on readings that could not have passed.
 */
export function interpretReadings(readings: Readings): AbiResult {
  const arms = { right: readings.rightArm, left: readings.leftArm };
  const armPressures = [arms.right, arms.left].filter((p) => p !== undefined);
  assertPressures(armPressures, 'arm pressures', false);
  const armUsed = Math.max(...armPressures);
  const legs = (['right', 'left'] as const)
    .map((side) => legResult(side, readings, armUsed))
    .filter((leg) => leg !== null);
  if (legs.length === 0) throw new RangeError('ankle pressures: expected at least 1 pressure, received none');

  // Readings have at most 1 decimal place; working in tenths keeps 130.2 - 115.1 from being 15.09999….
  const armDifference =
    arms.right !== undefined && arms.left !== undefined
      ? (Math.round(arms.right * 10) - Math.round(arms.left * 10)) / 10
      : null;
  return {
    arms,
    armUsed,
    oneArmReading: armPressures.length === 1,
    armDifference,
    armDifferenceWorthMentioning: armDifference !== null && Math.abs(armDifference) > ARM_DIFFERENCE_NOTE_ABOVE,
    legs,
    armUsedField: arms.right === armUsed ? 'rightArm' : 'leftArm',
    noncompressible: legs.some((leg) => leg.band === 'noncompressible'),
  };
}
