import { describe, expect, it } from 'vitest';
import {
  emptyRawReadings,
  missingAnkleMessage,
  missingArmMessage,
  parsePressure,
  readingsToRaw,
  validateReadings,
  type RawReadings,
} from './abi-input.ts';

const raw = (values: Partial<RawReadings>): RawReadings => ({ ...emptyRawReadings, ...values });
/** A valid set with one box replaced, to test that box's message alone. */
const withBox = (values: Partial<RawReadings>) => validateReadings(raw({ rightArm: '130', rightDp: '117', ...values }));

describe('parsePressure', () => {
  it.each([
    ['120', 120],
    [' 120 ', 120],
    ['0', 0],
    ['120.5', 120.5],
    ['120,5', 120.5],
    ['007', 7],
  ])('reads %j as %s', (text, value) => {
    expect(parsePressure(text)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
  ])('reads %j as empty', (text) => {
    expect(parsePressure(text)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['abc', 'not-a-number'],
    ['120mmHg', 'not-a-number'],
    ['1 20', 'not-a-number'],
    ['1e2', 'not-a-number'],
    ['120.', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['+120', 'not-a-number'],
    ['120/80', 'two-numbers'],
    ['120 / 80', 'two-numbers'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['120.55', 'decimals'],
    ['1,205', 'decimals'],
    ['120,130', 'decimals'],
  ])('refuses %j (%s), never guessing', (text, problem) => {
    expect(parsePressure(text)).toEqual({ kind: 'error', problem });
  });
});

describe('validateReadings', () => {
  it('accepts a full set', () => {
    expect(
      validateReadings(
        raw({ rightArm: '130', leftArm: '128', rightDp: '117', rightPt: '110', leftDp: '120', leftPt: '0' }),
      ),
    ).toEqual({
      ok: true,
      readings: { rightArm: 130, leftArm: 128, rightDp: 117, rightPt: 110, leftDp: 120, leftPt: 0 },
    });
  });

  it('accepts one arm and one ankle, leaving out the empty boxes', () => {
    expect(validateReadings(raw({ leftArm: '140', leftPt: '98' }))).toEqual({
      ok: true,
      readings: { leftArm: 140, leftPt: 98 },
    });
  });

  it('reads a decimal comma as a decimal point', () => {
    expect(withBox({ rightArm: '130,5' })).toEqual({ ok: true, readings: { rightArm: 130.5, rightDp: 117 } });
  });

  it('accepts 300 mmHg and an ankle pressure of 0', () => {
    expect(withBox({ leftArm: '300', leftDp: '0' }).ok).toBe(true);
  });

  it('asks for readings when every box is empty', () => {
    expect(validateReadings(emptyRawReadings)).toEqual({
      ok: false,
      errors: { rightArm: missingArmMessage, rightDp: missingAnkleMessage },
    });
  });

  it('asks for an arm pressure when only ankle pressures are given', () => {
    expect(validateReadings(raw({ rightDp: '117', leftPt: '120' }))).toEqual({
      ok: false,
      errors: {
        rightArm: 'Enter at least 1 arm pressure. The ABI divides the ankle pressure by the arm pressure.',
      },
    });
  });

  it('asks for an ankle pressure when only arm pressures are given', () => {
    expect(validateReadings(raw({ rightArm: '130' }))).toEqual({
      ok: false,
      errors: { rightDp: 'Enter at least 1 ankle pressure. You can leave out a leg that was not measured.' },
    });
  });

  it.each([
    ['leftArm', 'abc', 'Enter the left arm pressure as a number, like 120. Use digits only, with no letters or units.'],
    [
      'rightPt',
      '110 mmHg',
      'Enter the right inner-ankle pressure as a number, like 120. Use digits only, with no letters or units.',
    ],
    ['leftArm', '120/80', 'Enter only the top number (systolic) for the left arm pressure. For 120/80, enter 120.'],
    ['leftDp', '-90', 'The left top-of-foot pressure cannot be below 0. Remove the minus sign.'],
    [
      'rightArm',
      '0',
      'The right arm pressure cannot be 0. Check the reading, or leave the box empty if that arm was not measured.',
    ],
    [
      'rightArm',
      '12',
      'The right arm pressure of 12 mmHg is too low for an arm reading. Check you copied the top number (systolic). This calculator needs at least 60.',
    ],
    [
      'rightArm',
      '59.5',
      'The right arm pressure of 59.5 mmHg is too low for an arm reading. Check you copied the top number (systolic). This calculator needs at least 60.',
    ],
    [
      'leftPt',
      '301',
      'The left inner-ankle pressure is above 300 mmHg. Check the reading: this calculator accepts up to 300.',
    ],
    [
      'rightArm',
      '1200',
      'The right arm pressure is above 300 mmHg. Check the reading: this calculator accepts up to 300.',
    ],
    ['rightDp', '117,25', 'Enter the right top-of-foot pressure with no more than 1 decimal place, like 120 or 120.5.'],
  ] as const)('%s = %j: %s', (id, text, message) => {
    expect(withBox({ [id]: text })).toEqual({ ok: false, errors: { [id]: message } });
  });

  it('accepts the lowest arm pressure it allows', () => {
    expect(withBox({ rightArm: '60' }).ok).toBe(true);
  });

  it('lists every problem, in the order of the boxes', () => {
    const result = validateReadings(raw({ leftPt: '-1', rightArm: 'x', leftArm: '400', rightDp: '90' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['rightArm', 'leftArm', 'leftPt']);
  });

  it('does not ask for an arm pressure when an arm box holds something that needs fixing', () => {
    const result = validateReadings(raw({ rightArm: 'abc', rightDp: '117' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        rightArm: 'Enter the right arm pressure as a number, like 120. Use digits only, with no letters or units.',
      },
    });
  });
});

describe('readingsToRaw', () => {
  it('writes readings back as box text', () => {
    expect(readingsToRaw({ rightArm: 130.5, leftDp: 0 })).toEqual(raw({ rightArm: '130.5', leftDp: '0' }));
  });
});
