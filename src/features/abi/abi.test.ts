import { describe, expect, it } from 'vitest';
import { abiBand, abiSeverity, interpretReadings, legAbi, olderConventionDiffers, olderReading } from './abi.ts';

describe('legAbi', () => {
  it('divides the ankle pressure by the arm pressure, to 2 decimal places', () => {
    expect(legAbi([117], [130])).toBe(0.9);
    expect(legAbi([130], [130])).toBe(1);
    expect(legAbi([100], [120])).toBe(0.83);
  });

  it('uses the higher of the ankle pressures', () => {
    expect(legAbi([110, 117], [130])).toBe(0.9);
    expect(legAbi([117, 110], [130])).toBe(0.9);
  });

  it('uses the higher of the arm pressures', () => {
    expect(legAbi([117], [120, 130])).toBe(0.9);
    expect(legAbi([117], [130, 120])).toBe(0.9);
  });

  it('uses the higher pressure on both sides at once', () => {
    // The lower pair would give 80 / 150 = 0.53; the guideline pair gives 120 / 160.
    expect(legAbi([80, 120], [150, 160])).toBe(0.75);
  });

  it('rounds exact halves up, where binary floating point would round some of them down', () => {
    expect(legAbi([201], [200])).toBe(1.01); // 1.005
    expect(legAbi([90.5], [100])).toBe(0.91); // 0.905: borderline, not abnormal
    expect(legAbi([99.5], [100])).toBe(1); // 0.995: normal, not borderline
    expect(legAbi([140.5], [100])).toBe(1.41); // 1.405: noncompressible, not normal
    expect(legAbi([40.5], [100])).toBe(0.41); // 0.405: not severe
  });

  it('rounds values just under a half down', () => {
    expect(legAbi([140.4], [100])).toBe(1.4);
    expect(legAbi([90.45], [100])).toBe(0.9);
    expect(legAbi([99.4], [100])).toBe(0.99);
  });

  it('works with decimal pressures on both sides', () => {
    expect(legAbi([120.5], [130.5])).toBe(0.92); // 0.92337…
  });

  it('gives 0 for an ankle pressure of 0 (no Doppler signal), a real finding', () => {
    expect(legAbi([0], [130])).toBe(0);
    expect(legAbi([0, 0], [130])).toBe(0);
    expect(legAbi([0, 80], [160])).toBe(0.5);
  });

  it('refuses input that could not be a reading, naming what it received', () => {
    expect(() => legAbi([], [130])).toThrow('ankle pressures: expected at least 1 pressure, received none');
    expect(() => legAbi([100], [])).toThrow('arm pressures: expected at least 1 pressure, received none');
    expect(() => legAbi([100], [0])).toThrow('arm pressures: expected more than 0, received 0');
    expect(() => legAbi([-1], [130])).toThrow('ankle pressures: expected 0 or more, received -1');
    expect(() => legAbi([Number.NaN], [130])).toThrow(RangeError);
    expect(() => legAbi([100], [Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('abiBand (2016 AHA/ACC and 2024 ACC/AHA bands)', () => {
  it.each([
    [0, 'abnormal'],
    [0.4, 'abnormal'],
    [0.89, 'abnormal'],
    [0.9, 'abnormal'],
    [0.91, 'borderline'],
    [0.99, 'borderline'],
    [1.0, 'normal'],
    [1.2, 'normal'],
    [1.4, 'normal'],
    [1.41, 'noncompressible'],
    [2.5, 'noncompressible'],
  ] as const)('%s is %s', (index, band) => {
    expect(abiBand(index)).toBe(band);
  });

  it('bands an unrounded index by its 2-decimal value, so nothing falls between bands', () => {
    expect(abiBand(0.904)).toBe('abnormal');
    expect(abiBand(0.905)).toBe('borderline');
    expect(abiBand(0.994)).toBe('borderline');
    expect(abiBand(0.995)).toBe('normal');
    expect(abiBand(1.404)).toBe('normal');
    expect(abiBand(1.405)).toBe('noncompressible');
  });

  it('refuses an index that is not a number or is below 0', () => {
    expect(() => abiBand(Number.NaN)).toThrow('ABI: expected 0 or more, received NaN');
    expect(() => abiBand(-0.1)).toThrow('ABI: expected 0 or more, received -0.1');
  });
});

describe('abiSeverity (grades of other sources)', () => {
  it.each([
    [0, 'severe'],
    [0.4, 'severe'],
    [0.41, 'mild-to-moderate'],
    [0.9, 'mild-to-moderate'],
    [0.91, null],
    [1.2, null],
  ] as const)('%s is %s', (index, severity) => {
    expect(abiSeverity(index)).toBe(severity);
  });
});

describe("the source article's older convention (normal 1.0–1.3, below 0.9 PAD)", () => {
  it.each([
    [0.89, 'pad', false],
    [0.9, 'below-normal', true],
    [0.91, 'below-normal', false],
    [0.99, 'below-normal', false],
    [1.0, 'normal', false],
    [1.3, 'normal', false],
    [1.31, 'above-normal', true],
    [1.4, 'above-normal', true],
    [1.41, 'above-normal', false],
  ] as const)('%s reads %s; differs from the guidelines: %s', (index, reading, differs) => {
    expect(olderReading(index)).toBe(reading);
    expect(olderConventionDiffers(index)).toBe(differs);
  });
});

describe('interpretReadings', () => {
  it('works out both legs from the higher arm pressure', () => {
    const result = interpretReadings({
      rightArm: 130,
      leftArm: 124,
      rightDp: 117,
      rightPt: 110,
      leftDp: 135,
      leftPt: 140,
    });
    expect(result.armUsed).toBe(130);
    expect(result.oneArmReading).toBe(false);
    expect(result.armDifference).toBe(6);
    expect(result.armDifferenceWorthMentioning).toBe(false);
    expect(result.legs.map((l) => [l.side, l.index, l.band, l.ankleUsed])).toEqual([
      ['right', 0.9, 'abnormal', 117],
      ['left', 1.08, 'normal', 140],
    ]);
    expect(result.legs[0]!.severity).toBe('mild-to-moderate');
    expect(result.legs[0]!.olderDiffers).toBe(true);
    expect(result).toMatchObject({ noncompressible: false, armUsedField: 'rightArm' });
    expect(result.legs.map((l) => l.ankleUsedField)).toEqual(['rightDp', 'leftPt']);
  });

  it('works out one leg alone, and one arm alone with a note', () => {
    const result = interpretReadings({ leftArm: 140, leftDp: 98 });
    expect(result.legs).toHaveLength(1);
    expect(result.legs[0]).toMatchObject({ side: 'left', index: 0.7, oneAnkleReading: true });
    expect(result.oneArmReading).toBe(true);
    expect(result.armDifference).toBeNull();
  });

  it('points out an arm-to-arm difference of more than 15 mmHg, either way round', () => {
    expect(interpretReadings({ rightArm: 130, leftArm: 115, rightDp: 120 }).armDifferenceWorthMentioning).toBe(false);
    expect(interpretReadings({ rightArm: 130, leftArm: 114, rightDp: 120 }).armDifferenceWorthMentioning).toBe(true);
    expect(interpretReadings({ rightArm: 110, leftArm: 125.5, rightDp: 120 })).toMatchObject({
      armDifference: -15.5,
      armDifferenceWorthMentioning: true,
    });
    // 130.2 - 115.1 is 15.100000000000009 in floating point; the difference shown is 15.1.
    expect(interpretReadings({ rightArm: 130.2, leftArm: 115.1, rightDp: 120 }).armDifference).toBe(15.1);
  });

  it('records an ankle reading of 0 as no signal, and names the field the higher pressure came from', () => {
    const result = interpretReadings({ rightArm: 130, rightDp: 0, rightPt: 90 });
    expect(result.legs[0]!.index).toBe(0.69);
    expect(result.legs[0]!.noSignal).toEqual([{ field: 'rightDp', artery: 'dp', pressure: 0 }]);
    expect(result.legs[0]!.ankleUsedField).toBe('rightPt');
  });

  it('names the higher arm, the left one when it is higher', () => {
    expect(interpretReadings({ rightArm: 120, leftArm: 130, rightDp: 120 }).armUsedField).toBe('leftArm');
  });

  it('flags a noncompressible leg', () => {
    const result = interpretReadings({ rightArm: 120, rightDp: 180, leftDp: 130 });
    expect(result.noncompressible).toBe(true);
    expect(result.legs.map((l) => l.band)).toEqual(['noncompressible', 'normal']);
  });

  it('refuses readings that could not have passed validation', () => {
    expect(() => interpretReadings({ rightDp: 120 })).toThrow('arm pressures: expected at least 1 pressure');
    expect(() => interpretReadings({ rightArm: 120 })).toThrow('ankle pressures: expected at least 1 pressure');
  });
});
