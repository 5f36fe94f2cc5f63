import { describe, expect, it } from 'vitest';
import { interpretReadings, type Readings } from './abi.ts';
import { resultLevel, triageLeg } from './abi-triage.ts';
import { urgencyLevels, type UrgencyLevel } from '../urgency/alerts.ts';

const level = (readings: Readings) => resultLevel(interpretReadings(readings));
const finding = (readings: Readings) => triageLeg(interpretReadings(readings).legs[0]!).finding;

/** Higher number, more urgent; no card is 0. */
const rank = (l: UrgencyLevel | null) => (l === null ? 0 : urgencyLevels.length - urgencyLevels.indexOf(l));

describe('ABI triage by the leg’s higher ankle pressure', () => {
  it('both ankle arteries silent: the emergency card', () => {
    expect(finding({ rightArm: 130, rightDp: 0, rightPt: 0 })).toBe('no-signal');
    expect(level({ rightArm: 130, rightDp: 0, rightPt: 0 })).toBe('emergency');
  });

  it('the only ankle reading given is 0: the emergency card too', () => {
    expect(level({ rightArm: 130, rightDp: 0 })).toBe('emergency');
  });

  it('one silent artery with the other normal (the issue’s case): a doctor soon, no emergency card', () => {
    expect(finding({ rightArm: 130, rightDp: 0, rightPt: 130 })).toBe('one-artery-low');
    expect(level({ rightArm: 130, rightDp: 0, rightPt: 130 })).toBe('soon');
  });

  it('one artery at 1 mmHg gets the same card as one at 0, never a milder one', () => {
    expect(level({ rightArm: 130, rightDp: 1, rightPt: 130 })).toBe('soon');
    expect(level({ rightArm: 130, rightDp: 49, rightPt: 130 })).toBe('soon');
    expect(level({ rightArm: 130, rightDp: 50, rightPt: 130 })).toBeNull();
  });

  it('higher ankle pressure 1 mmHg: same day; 0 mmHg: emergency', () => {
    expect(level({ rightArm: 130, rightDp: 0, rightPt: 1 })).toBe('same-day');
    expect(level({ rightArm: 130, rightDp: 0, rightPt: 0 })).toBe('emergency');
  });

  it('higher ankle pressure under 50 mmHg: same day; 50: by the index', () => {
    expect(level({ rightArm: 60, rightDp: 49 })).toBe('same-day');
    expect(level({ rightArm: 60, rightDp: 50 })).toBe('soon'); // 0.83, abnormal
    expect(level({ rightArm: 50, rightDp: 50 })).toBeNull(); // 1.00
  });

  it('an ABI of 0.40 is same day, 0.41 is soon', () => {
    expect(level({ rightArm: 150, rightDp: 60 })).toBe('same-day');
    expect(level({ rightArm: 150, rightDp: 61.5 })).toBe('soon');
  });

  it('an ABI of 0.90 is soon (abnormal), 0.91 no card (borderline)', () => {
    expect(level({ rightArm: 100, rightDp: 90 })).toBe('soon');
    expect(level({ rightArm: 100, rightDp: 91 })).toBeNull();
  });

  it('takes the most urgent leg', () => {
    expect(level({ rightArm: 130, rightDp: 130, leftDp: 0, leftPt: 0 })).toBe('emergency');
    expect(level({ rightArm: 130, rightDp: 130, leftDp: 100 })).toBe('soon');
  });

  it('is monotonic: lowering any one ankle pressure never gives a milder card', () => {
    for (const other of [0, 1, 30, 49, 50, 60, 100, 117, 118, 130, 200]) {
      let previous = Infinity;
      for (let p = 200; p >= 0; p -= 1) {
        const r = rank(level({ rightArm: 130, rightDp: p, rightPt: other }));
        expect(r, `dp ${p}, pt ${other}`).toBeGreaterThanOrEqual(previous === Infinity ? r : previous);
        previous = r;
      }
    }
  });

  it('is monotonic: raising the arm pressure never gives a milder card', () => {
    for (const ankle of [
      [0, 130],
      [40, 60],
      [100, 100],
      [0, 0],
    ] as const) {
      let previous = 0;
      for (let arm = 60; arm <= 250; arm += 1) {
        const r = rank(level({ rightArm: arm, rightDp: ankle[0], rightPt: ankle[1] }));
        expect(r, `arm ${arm}, ankle ${ankle.join('/')}`).toBeGreaterThanOrEqual(previous);
        previous = r;
      }
    }
  });
});
