import { describe, expect, it } from 'vitest';
import { quizCombinations, quizQuestions } from './questions.ts';
import { asSentence, leanKind, scoreQuiz, type Answers, type LeanResult } from './scoring.ts';

const score = (answers: Answers) => scoreQuiz(quizQuestions, quizCombinations, answers);

function lean(answers: Answers): LeanResult {
  const result = score(answers);
  if (result.kind === 'emergency') throw new Error('expected a lean, got the emergency stop');
  return result;
}

/** Every question answered "not sure", then the given answers on top. */
function withAnswers(answers: Answers): Answers {
  return { ...Object.fromEntries(quizQuestions.map((q) => [q.id, 'not-sure'])), ...answers };
}

// A typical story of narrowed leg arteries (vascular claudication).
const vascular: Answers = {
  sudden: 'no',
  cauda: 'no',
  trigger: 'walking-only',
  relief: 'standing-still',
  cart: 'no',
  where: 'calf',
  numbness: 'no',
  sides: 'one',
  distance: 'same',
  age: '50-to-70',
};

// A typical story of a narrowed spinal canal (neurogenic claudication).
const spinal: Answers = {
  sudden: 'no',
  cauda: 'no',
  trigger: 'standing-too',
  relief: 'sit-or-bend',
  cart: 'yes',
  where: 'above-knee',
  numbness: 'yes',
  sides: 'both',
  distance: 'varies',
  age: 'over-70',
};

describe('the questions', () => {
  it('has 6 to 10 questions, the emergency screen first', () => {
    expect(quizQuestions.length).toBeGreaterThanOrEqual(6);
    expect(quizQuestions.length).toBeLessThanOrEqual(10);
    expect(quizQuestions[0]?.id).toBe('sudden');
    expect(quizQuestions[0]?.alert).toBe('limb');
    expect(quizQuestions[1]?.id).toBe('cauda');
    expect(quizQuestions[1]?.alert).toBe('cauda-equina');
    expect(quizQuestions.flatMap((q) => q.options.filter((o) => o.stop).map((o) => `${q.id}:${o.id}`))).toEqual([
      'sudden:yes',
      'cauda:yes',
    ]);
  });

  it('lets every question be answered "not sure", as its last option', () => {
    for (const q of quizQuestions) expect(q.options.at(-1)?.id, q.id).toBe('not-sure');
  });

  it('has unique question ids and unique option ids within each question', () => {
    const ids = quizQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of quizQuestions) expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
  });

  it('builds its combinations only from answers that exist', () => {
    for (const c of quizCombinations) {
      for (const [questionId, optionId] of Object.entries(c.requires)) {
        const question = quizQuestions.find((q) => q.id === questionId);
        expect(
          question?.options.some((o) => o.id === optionId),
          `${c.id}: ${questionId}=${optionId}`,
        ).toBe(true);
      }
    }
  });

  it('gives no single answer more than 2 points, so no answer leans on its own', () => {
    const weights = quizQuestions.flatMap((q) => q.options.map((o) => o.points?.weight ?? 0));
    expect(Math.max(...weights)).toBe(2);
  });
});

describe('scoreQuiz', () => {
  it('leans to the arteries for a clearly vascular pattern, with the calf-and-standing combination first', () => {
    const result = lean(vascular);
    expect(result.kind).toBe('arteries');
    expect(result.points).toEqual({ arteries: 9, nerves: 0 });
    expect(result.clues.map((c) => `${c.id}:${c.toward}:${c.weight}`)).toEqual([
      'artery-pattern:arteries:4',
      'trigger:arteries:2',
      'relief:arteries:1',
      'where:arteries:1',
      'distance:arteries:1',
    ]);
    expect(result.neutral.map((n) => n.questionId)).toEqual(['cart', 'numbness', 'sides', 'age']);
    expect(result.notSure).toEqual([]);
    expect(result.checkFirst).toEqual([]);
  });

  it('leans to a nerve for a clearly spinal pattern, with the 4-answer combination first', () => {
    const result = lean(spinal);
    expect(result.kind).toBe('nerves');
    expect(result.points).toEqual({ arteries: 0, nerves: 11 });
    expect(result.clues[0]).toMatchObject({ id: 'nerve-pattern', from: 'combination', toward: 'nerves', weight: 4 });
    expect(result.clues.map((c) => c.id)).toEqual([
      'nerve-pattern',
      'trigger',
      'relief',
      'cart',
      'where',
      'numbness',
      'sides',
    ]);
    // Suri 2010 compared stenosis with any leg pain, not PAD: "over 70" counts neither way.
    expect(result.neutral.map((n) => n.questionId)).toEqual(['distance', 'age']);
  });

  it('says "could be either or both" for a mixed pattern', () => {
    const result = lean({
      sudden: 'no',
      cauda: 'no',
      trigger: 'walking-only',
      relief: 'sit-or-bend',
      cart: 'no',
      where: 'calf',
      numbness: 'yes',
      sides: 'both',
      distance: 'same',
      age: 'over-70',
    });
    expect(result.kind).toBe('mixed');
    expect(result.points).toEqual({ arteries: 4, nerves: 4 });
    expect(result.clues.some((c) => c.from === 'combination')).toBe(false);
  });

  it('leans nowhere when every answer is "not sure", and asks to check the emergency signs first', () => {
    const result = lean(withAnswers({}));
    expect(result).toEqual({
      kind: 'unclear',
      points: { arteries: 0, nerves: 0 },
      clues: [],
      neutral: [],
      notSure: quizQuestions.map((q) => q.id),
      checkFirst: ['limb', 'cauda-equina'],
    });
  });

  it('leaves "not sure" answers out of the count', () => {
    const allVascular = lean(vascular);
    const someNotSure = lean({ ...vascular, trigger: 'not-sure', distance: 'not-sure' });
    expect(someNotSure.points).toEqual({ arteries: allVascular.points.arteries - 3, nerves: 0 });
    expect(someNotSure.notSure).toEqual(['trigger', 'distance']);
    expect(someNotSure.kind).toBe('arteries');
  });

  it('counts a combination only when every answer in it is given, not when one is "not sure"', () => {
    const result = lean({ ...spinal, cart: 'not-sure' });
    expect(result.clues.map((c) => c.id)).not.toContain('nerve-pattern');
    expect(result.points.nerves).toBe(11 - 4 - 1);
  });

  it('does not lean on a single answer, even the strongest one', () => {
    expect(lean(withAnswers({ sudden: 'no', trigger: 'walking-only' })).kind).toBe('unclear');
    expect(lean(withAnswers({ sudden: 'no', sides: 'both' })).kind).toBe('unclear');
  });

  it('leans on one of the strong combinations with nothing else known', () => {
    expect(lean(withAnswers({ sudden: 'no', where: 'calf', relief: 'standing-still' })).kind).toBe('arteries');
  });

  it('treats a missing answer like "not sure"', () => {
    expect(lean({ sudden: 'no', cauda: 'no', where: 'calf' }).notSure).toEqual([
      'trigger',
      'relief',
      'cart',
      'numbness',
      'sides',
      'distance',
      'age',
    ]);
  });
});

describe('the emergency stop', () => {
  it('stops with the limb alert when a leg suddenly turned cold, pale or numb', () => {
    expect(score({ sudden: 'yes' })).toEqual({ kind: 'emergency', alert: 'limb' });
  });

  it('stops even when the other answers lean one way', () => {
    expect(score({ ...spinal, sudden: 'yes' })).toEqual({ kind: 'emergency', alert: 'limb' });
  });

  it('stops with the cauda equina alert for its red flags, even when the answers lean to the arteries', () => {
    expect(score({ ...vascular, cauda: 'yes' })).toEqual({ kind: 'emergency', alert: 'cauda-equina' });
  });

  it('weighs "both legs" as a small clue only and "over 70" not at all, saying why', () => {
    const sides = quizQuestions.find((q) => q.id === 'sides')!.options.find((o) => o.id === 'both')!;
    const age = quizQuestions.find((q) => q.id === 'age')!.options.find((o) => o.id === 'over-70')!;
    expect(sides.points).toEqual({ toward: 'nerves', weight: 1 });
    expect(sides.why).toMatch(/did not compare it with narrowed arteries/);
    expect(age.points).toBeUndefined();
    expect(age.why).toMatch(/did not compare the two/);
  });

  it('does not stop on "not sure", but puts the limb alert first in the result', () => {
    const result = lean({ ...vascular, sudden: 'not-sure' });
    expect(result.kind).toBe('arteries');
    expect(result.checkFirst).toEqual(['limb']);
  });

  it('does not list "No" to the emergency question as a clue either way', () => {
    const result = lean(vascular);
    expect(result.neutral.map((n) => n.questionId)).not.toContain('sudden');
    expect(result.clues.map((c) => c.id)).not.toContain('sudden');
  });

  it('refuses a stop answer that has no alert to show', () => {
    const broken = [{ id: 'x', legend: 'X?', short: 'X', options: [{ id: 'yes', label: 'Yes', stop: true, why: '' }] }];
    expect(() => scoreQuiz(broken, [], { x: 'yes' })).toThrow('Question "x" has a stop answer but no alert to show');
  });
});

describe('leanKind', () => {
  it.each([
    [{ arteries: 4, nerves: 1 }, 'arteries'],
    [{ arteries: 4, nerves: 2 }, 'mixed'],
    [{ arteries: 3, nerves: 0 }, 'unclear'],
    [{ arteries: 0, nerves: 4 }, 'nerves'],
    [{ arteries: 2, nerves: 2 }, 'mixed'],
    [{ arteries: 1, nerves: 3 }, 'unclear'],
    [{ arteries: 9, nerves: 7 }, 'mixed'],
    [{ arteries: 0, nerves: 0 }, 'unclear'],
  ] as const)('%o -> %s', (points, kind) => {
    expect(leanKind(points)).toBe(kind);
  });
});

describe('asSentence', () => {
  it('ends a label with one full stop, never two', () => {
    expect(asSentence('Walking only')).toBe('Walking only.');
    expect(asSentence('Walking only. Standing still does not bring it on.')).toBe(
      'Walking only. Standing still does not bring it on.',
    );
    expect(asSentence('Is it both?')).toBe('Is it both?');
    expect(asSentence('He said “stop.”')).toBe('He said “stop.”');
    expect(asSentence('Trailing space ')).toBe('Trailing space.');
  });
});
