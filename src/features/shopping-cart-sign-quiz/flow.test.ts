import { describe, expect, it } from 'vitest';
import { quizQuestions } from './questions.ts';
import { continueShowsResult, initialQuizState, quizReducer, type QuizAction, type QuizState } from './flow.ts';

const run = (actions: QuizAction[], from: QuizState = initialQuizState) =>
  actions.reduce((state, action) => quizReducer(quizQuestions, state, action), from);

const choose = (questionId: string, optionId: string): QuizAction => ({ type: 'choose', questionId, optionId });
const next: QuizAction = { type: 'continue' };

/** Answers every question with "not sure" except the emergency screens ("no"). */
const throughAll: QuizAction[] = quizQuestions.flatMap((q) => [choose(q.id, q.alert ? 'no' : 'not-sure'), next]);

describe('quizReducer', () => {
  it('starts on the first question with no answers', () => {
    expect(initialQuizState.view).toEqual({ kind: 'question', index: 0 });
    expect(initialQuizState.answers).toEqual({});
  });

  it('asks for an answer when Continue is pressed without one, and stays put', () => {
    const state = run([next]);
    expect(state.view).toEqual({ kind: 'question', index: 0 });
    expect(state.missingAnswer).toBe(true);
    expect(state.moves).toBe(0);
    expect(run([choose('sudden', 'no')], state).missingAnswer).toBe(false);
  });

  it('goes question by question to the result', () => {
    const state = run(throughAll);
    expect(state.view).toEqual({ kind: 'result' });
    expect(state.moves).toBe(quizQuestions.length);
    expect(Object.keys(state.answers)).toEqual(quizQuestions.map((q) => q.id));
  });

  it('stops at the emergency answer before any other question', () => {
    expect(run([choose('sudden', 'yes'), next]).view).toEqual({ kind: 'emergency' });
  });

  it('goes back from the emergency stop to the first question, keeping the answer to change it', () => {
    const state = run([choose('sudden', 'yes'), next, { type: 'back' }]);
    expect(state.view).toEqual({ kind: 'question', index: 0 });
    expect(state.answers).toEqual({ sudden: 'yes' });
    expect(run([choose('sudden', 'no'), next], state).view).toEqual({ kind: 'question', index: 1 });
  });

  it('goes back one question and keeps the answers given', () => {
    const state = run([
      choose('sudden', 'no'),
      next,
      choose('cauda', 'no'),
      next,
      choose('trigger', 'walking-only'),
      next,
      { type: 'back' },
    ]);
    expect(state.view).toEqual({ kind: 'question', index: 2 });
    expect(state.answers).toEqual({ sudden: 'no', cauda: 'no', trigger: 'walking-only' });
  });

  it('does nothing on Back at the first question', () => {
    expect(run([{ type: 'back' }])).toBe(initialQuizState);
  });

  it('goes back from the result to the last question', () => {
    expect(run([...throughAll, { type: 'back' }]).view).toEqual({
      kind: 'question',
      index: quizQuestions.length - 1,
    });
  });

  it('changes one answer from the result and returns straight to the result', () => {
    let state = run([...throughAll, { type: 'change', questionId: 'where' }]);
    expect(state.view).toEqual({ kind: 'question', index: quizQuestions.findIndex((q) => q.id === 'where') });
    expect(state.returnToResult).toBe(true);
    state = run([choose('where', 'calf'), next], state);
    expect(state.view).toEqual({ kind: 'result' });
    expect(state.answers.where).toBe('calf');
    expect(state.returnToResult).toBe(false);
  });

  it('stops at the emergency answer when it is changed from the result', () => {
    const state = run([...throughAll, { type: 'change', questionId: 'sudden' }, choose('sudden', 'yes'), next]);
    expect(state.view).toEqual({ kind: 'emergency' });
  });

  it('goes back from the cauda equina stop to that question', () => {
    const state = run([choose('sudden', 'no'), next, choose('cauda', 'yes'), next]);
    expect(state.view).toEqual({ kind: 'emergency' });
    expect(run([{ type: 'back' }], state).view).toEqual({ kind: 'question', index: 1 });
  });

  it('ignores a change to a question that does not exist', () => {
    const done = run(throughAll);
    expect(run([{ type: 'change', questionId: 'nope' }], done)).toBe(done);
  });

  it('starts again with no answers', () => {
    const state = run([...throughAll, { type: 'restart' }]);
    expect(state.view).toEqual({ kind: 'question', index: 0 });
    expect(state.answers).toEqual({});
    expect(state.moves).toBe(quizQuestions.length + 1);
  });
});

describe('continueShowsResult', () => {
  it('is true only on the last question, or when changing an answer from the result', () => {
    expect(continueShowsResult(quizQuestions, run([choose('sudden', 'no')]))).toBe(false);
    expect(continueShowsResult(quizQuestions, run(throughAll.slice(0, -2)))).toBe(true);
    expect(continueShowsResult(quizQuestions, run([...throughAll, { type: 'change', questionId: 'cart' }]))).toBe(true);
    expect(continueShowsResult(quizQuestions, run(throughAll))).toBe(false);
  });
});

describe('restoring a saved self-check (Back button, reload)', () => {
  const restore = (saved: unknown) => run([{ type: 'restore', saved }]);

  it('brings back the view and the answers kept in history.state', () => {
    const done = run(throughAll);
    const state = restore({ view: done.view, answers: done.answers });
    expect(state.view).toEqual({ kind: 'result' });
    expect(state.answers).toEqual(done.answers);
    expect(state.moves).toBe(0);
  });

  it('brings back a question part-way through', () => {
    const saved = { view: { kind: 'question', index: 2 }, answers: { sudden: 'no', cauda: 'no' } };
    expect(restore(saved)).toMatchObject(saved);
  });

  it('drops answers to questions or options that no longer exist', () => {
    const state = restore({
      view: { kind: 'question', index: 0 },
      answers: { sudden: 'no', gone: 'x', cart: 'maybe' },
    });
    expect(state.answers).toEqual({ sudden: 'no' });
  });

  it('shows no result or emergency stop that the answers do not lead to', () => {
    expect(restore({ view: { kind: 'result' }, answers: { sudden: 'no' } }).view).toEqual({
      kind: 'question',
      index: 0,
    });
    expect(restore({ view: { kind: 'emergency' }, answers: { sudden: 'no' } }).view).toEqual({
      kind: 'question',
      index: 0,
    });
    expect(restore({ view: { kind: 'emergency' }, answers: { sudden: 'yes' } }).view).toEqual({ kind: 'emergency' });
  });

  it('ignores anything that is not a saved self-check', () => {
    for (const saved of [undefined, null, 'x', {}, { view: { kind: 'question', index: 99 }, answers: {} }]) {
      expect(restore(saved)).toBe(initialQuizState);
    }
  });
});
