import { describe, expect, it } from 'vitest';
import { interpretReadings } from '../../src/lib/abi.ts';
import {
  armDifferenceNote,
  emergencyReasons,
  legCalculation,
  legSentences,
  olderConventionNote,
  resultAnnouncement,
  severityNote,
  urgentReasons,
} from '../../src/lib/abi-wording.ts';
import { scalePosition } from '../../src/lib/abi-scale.ts';

const leg = (readings: Parameters<typeof interpretReadings>[0]) => interpretReadings(readings).legs[0]!;

describe('result wording', () => {
  it('says the value, its guideline band with the years, and what it means', () => {
    expect(legSentences(leg({ rightArm: 130, rightDp: 117 }))).toEqual([
      "Your right leg's ABI is 0.90.",
      'The 2016 and 2024 guidelines call an ABI of 0.90 or below abnormal.',
      'This is a sign of narrowed leg arteries (peripheral artery disease, PAD).',
    ]);
  });

  it('shows the sum with the pressures used', () => {
    expect(legCalculation(leg({ rightArm: 130, rightDp: 100, rightPt: 117 }), 130)).toBe('117 mmHg ÷ 130 mmHg = 0.90');
  });

  it('gives the severity grade of other sources only for a low value, saying the guidelines do not use it', () => {
    expect(severityNote(leg({ rightArm: 150, rightDp: 60 }))).toContain('By those grades, 0.40 is severe.');
    expect(severityNote(leg({ rightArm: 150, rightDp: 60 }))).toContain('The 2016 and 2024 guidelines do not use');
    expect(severityNote(leg({ rightArm: 100, rightDp: 91 }))).toBeNull();
  });

  it("shows the source article's older rule only where it differs", () => {
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 90 }))).toContain('0.90 would not count as PAD');
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 135 }))).toContain('1.35 is above normal');
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 89 }))).toBeNull();
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 120 }))).toBeNull();
  });

  it('mentions an arm difference without stating a threshold as a medical fact', () => {
    const note = armDifferenceNote(interpretReadings({ rightArm: 110, leftArm: 132, rightDp: 100 }));
    expect(note).toContain('differ by 22 mmHg');
    expect(note).toContain('not an agreed medical cut-off');
    expect(armDifferenceNote(interpretReadings({ rightArm: 110, leftArm: 125, rightDp: 100 }))).toBeNull();
  });

  it('names the reading behind each urgency card, a reading of 0 only in the emergency card', () => {
    const result = interpretReadings({ rightArm: 150, rightDp: 0, leftPt: 45 });
    expect(emergencyReasons(result)).toEqual(['The right top-of-foot pressure is 0 mmHg.']);
    expect(urgentReasons(result)).toEqual([
      "Your right leg's ABI is 0.00. Some sources call 0.40 or below severe.",
      "Your left leg's ABI is 0.30. Some sources call 0.40 or below severe.",
      'The left inner-ankle pressure is 45 mmHg, under 50 mmHg.',
    ]);
  });

  it('announces a short summary to screen readers', () => {
    expect(resultAnnouncement(interpretReadings({ rightArm: 130, rightDp: 117, leftDp: 135 }))).toBe(
      'Result: Right leg ABI 0.90: abnormal. Left leg ABI 1.04: normal.',
    );
    expect(resultAnnouncement(interpretReadings({ rightArm: 130, rightDp: 0 }))).toBe(
      'Result: Right leg ABI 0.00: abnormal. Read the emergency advice.',
    );
  });
});

describe('scalePosition', () => {
  it('runs from 0 to 1 in band order, keeping 0.90 and 0.91 in their own bands', () => {
    expect(scalePosition(0)).toBe(0);
    expect(scalePosition(0.9)).toBeLessThan(0.42);
    expect(scalePosition(0.91)).toBeGreaterThan(0.42);
    expect(scalePosition(0.99)).toBeLessThan(0.6);
    expect(scalePosition(1.0)).toBeGreaterThan(0.6);
    expect(scalePosition(1.4)).toBeLessThan(0.84);
    expect(scalePosition(1.41)).toBeGreaterThan(0.84);
    expect(scalePosition(1.8)).toBe(1);
  });

  it('keeps values off the ends of the scale inside it', () => {
    expect(scalePosition(3)).toBe(1);
    expect(scalePosition(-1)).toBe(0);
  });
});
