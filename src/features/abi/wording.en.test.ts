import { describe, expect, it } from 'vitest';
import { interpretReadings } from './abi.ts';
import {
  armDifferenceNote,
  fieldWords,
  legCalculation,
  legFindingSentences,
  levelReasons,
  legSentences,
  limitText,
  olderConventionNote,
  resultAnnouncement,
  severityNote,
} from './wording.en.ts';
import { scalePosition } from './abi-scale.ts';

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
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 135 }))).toContain(
      "1.35 is above normal. Today's guidelines count up to 1.40 as normal.",
    );
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 89 }))).toBeNull();
    expect(olderConventionNote(leg({ rightArm: 100, rightDp: 120 }))).toBeNull();
  });

  it('mentions an arm difference without stating a threshold as a medical fact', () => {
    const note = armDifferenceNote(interpretReadings({ rightArm: 110, leftArm: 132, rightDp: 100 }));
    expect(note).toContain('differ by 22 mmHg');
    expect(note).toContain('not an agreed medical cut-off');
    expect(armDifferenceNote(interpretReadings({ rightArm: 110, leftArm: 125, rightDp: 100 }))).toBeNull();
  });

  it('says plainly when both ankle arteries of a leg are silent', () => {
    expect(legFindingSentences(leg({ rightArm: 130, rightDp: 0, rightPt: 0 }))).toEqual([
      'No blood flow signal was found at either ankle artery of your right leg (both 0 mmHg). This can mean the blood flow to that leg is blocked.',
    ]);
  });

  it('explains one silent artery calmly, naming the higher pressure and the ABI it gives', () => {
    const [what, meaning] = legFindingSentences(leg({ rightArm: 130, rightDp: 0, rightPt: 130 }));
    expect(what).toBe(
      "In your right leg, the right top-of-foot pressure is 0 mmHg, but the right inner-ankle pressure is 130 mmHg. The ABI uses the higher of the 2, so this leg's ABI is 1.00.",
    );
    expect(meaning).toContain('not an emergency on its own');
    expect(meaning).toContain('a doctor should see it');
  });

  it("gives each card's reasons only for the legs that need that card", () => {
    const result = interpretReadings({ rightArm: 150, rightDp: 0, rightPt: 0, leftPt: 45 });
    expect(levelReasons(result, 'emergency')).toHaveLength(1);
    expect(levelReasons(result, 'same-day')).toEqual([
      'The higher ankle pressure of your left leg is 45 mmHg, under 50 mmHg.',
      'This can mean the leg is not getting enough blood, even at rest.',
    ]);
  });

  it('announces a short summary to screen readers', () => {
    expect(resultAnnouncement(interpretReadings({ rightArm: 130, rightDp: 117, leftDp: 135 }))).toBe(
      'Result: Right leg ABI 0.90: abnormal. Left leg ABI 1.04: normal. Read the advice to show these readings to a doctor.',
    );
    expect(resultAnnouncement(interpretReadings({ rightArm: 130, rightDp: 130, leftDp: 135 }))).toBe(
      'Result: Right leg ABI 1.00: normal. Left leg ABI 1.04: normal.',
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

describe('the boxes’ words', () => {
  it('names every box differently, so a message says which box to fix', () => {
    const names = Object.values(fieldWords).map((words) => words.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('tells the 4 ankle boxes apart for a screen reader, though 2 labels repeat on screen', () => {
    const heard = Object.values(fieldWords).map((words) => `${words.context}${words.label}`);
    expect(new Set(heard).size).toBe(heard.length);
  });
});

describe('the limits the explainer writes', () => {
  it('are the guideline figures (2016 AHA/ACC, 2024 ACC/AHA) and the severe grade, from the one table', () => {
    expect(limitText).toEqual({
      severeMax: '0.40',
      mildMin: '0.41',
      abnormalMax: '0.90',
      borderlineMin: '0.91',
      borderlineMax: '0.99',
      normalMax: '1.40',
    });
  });
});
