import { describe, expect, it } from 'vitest';
import { emptyRawReadings } from './abi-input.ts';
import { readingsFromFragment, readingsToFragment } from './abi-link.ts';

describe('the #fragment link', () => {
  it('holds only the boxes that were filled, under readable keys', () => {
    expect(readingsToFragment({ ...emptyRawReadings, rightArm: '130', leftArm: ' 128 ', rightDp: '117' })).toBe(
      '#right-arm=130&left-arm=128&right-dp=117',
    );
  });

  it('is empty when every box is empty', () => {
    expect(readingsToFragment(emptyRawReadings)).toBe('');
  });

  it('reads back what it wrote', () => {
    const raw = { rightArm: '130', leftArm: '128.5', rightDp: '117', rightPt: '110', leftDp: '0', leftPt: '95' };
    expect(readingsFromFragment(readingsToFragment(raw))).toEqual(raw);
  });

  it('reads a link without the leading #, and ignores keys it does not know', () => {
    expect(readingsFromFragment('left-pt=95&colour=red')).toEqual({ ...emptyRawReadings, leftPt: '95' });
  });

  it('is null for a fragment that holds no readings, such as the skip link', () => {
    expect(readingsFromFragment('#main')).toBeNull();
    expect(readingsFromFragment('')).toBeNull();
    expect(readingsFromFragment('#abi-rightArm')).toBeNull();
  });

  it('passes odd values on as text for validation, cut to a sensible length', () => {
    expect(readingsFromFragment('#right-arm=%3Cb%3E&right-dp=1234567890123456')).toEqual({
      ...emptyRawReadings,
      rightArm: '<b>',
      rightDp: '123456789012',
    });
  });
});
