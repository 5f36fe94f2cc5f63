/**
 * Moving through a one-question-at-a-time self-check: continue, back, change one answer from the
 * result, start again. A pure reducer, so the island only renders it and the unit tests can walk
 * every path without a browser.
 */
import { emergencyAnswer, type Answers, type QuizQuestion } from './scoring.ts';

export type QuizView = { kind: 'question'; index: number } | { kind: 'result' } | { kind: 'emergency' };

export interface QuizState {
  view: QuizView;
  answers: Answers;
  /** The reader pressed Continue without choosing an answer. */
  missingAnswer: boolean;
  /** The reader came from the result to change one answer: Continue goes straight back to it. */
  returnToResult: boolean;
  /** Counts every move to another view, so the island knows when to move focus. */
  moves: number;
}

export type QuizAction =
  | { type: 'choose'; questionId: string; optionId: string }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'change'; questionId: string }
  | { type: 'restart' }
  /** Back to a view and answers the browser kept (history.state): the phone's Back button, a reload. */
  | { type: 'restore'; saved: unknown };

/** What the island keeps in the browser's history entry: the view and the answers, nothing else. */
export interface SavedQuiz {
  view: QuizView;
  answers: Answers;
}

/**
 * A saved quiz read back, or null when `saved` is not one this set of questions can show (an
 * older version of the questions, or something else in history.state).
 */
export function readSavedQuiz(questions: readonly QuizQuestion[], saved: unknown): SavedQuiz | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { view, answers } = saved as Partial<SavedQuiz>;
  if (typeof answers !== 'object' || answers === null || typeof view !== 'object' || view === null) return null;
  const clean: Record<string, string> = {};
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questions.find((q) => q.id === questionId);
    if (question?.options.some((o) => o.id === optionId)) clean[questionId] = optionId as string;
  }
  if (view.kind === 'question') {
    if (!Number.isInteger(view.index) || view.index < 0 || view.index >= questions.length) return null;
    return { view: { kind: 'question', index: view.index }, answers: clean };
  }
  if (view.kind === 'result' || view.kind === 'emergency') return { view: { kind: view.kind }, answers: clean };
  return null;
}

export const initialQuizState: QuizState = {
  view: { kind: 'question', index: 0 },
  answers: {},
  missingAnswer: false,
  returnToResult: false,
  moves: 0,
};

/** Whether Continue on the current question leads to the result (its button then says so). */
export function continueShowsResult(questions: readonly QuizQuestion[], state: QuizState): boolean {
  if (state.view.kind !== 'question') return false;
  const allAnswered = questions.every((q) => state.answers[q.id] !== undefined);
  return state.view.index >= questions.length - 1 || (state.returnToResult && allAnswered);
}

function moveTo(state: QuizState, view: QuizView, returnToResult = state.returnToResult): QuizState {
  return { ...state, view, missingAnswer: false, returnToResult, moves: state.moves + 1 };
}

export function quizReducer(questions: readonly QuizQuestion[], state: QuizState, action: QuizAction): QuizState {
  const { view } = state;
  switch (action.type) {
    case 'choose':
      return { ...state, answers: { ...state.answers, [action.questionId]: action.optionId }, missingAnswer: false };

    case 'continue': {
      if (view.kind !== 'question') return state;
      const question = questions[view.index];
      if (!question || state.answers[question.id] === undefined) return { ...state, missingAnswer: true };
      // The emergency answer stops the self-check before anything else (style guide: emergencies first).
      if (emergencyAnswer([question], state.answers)) return moveTo(state, { kind: 'emergency' }, false);
      if (continueShowsResult(questions, state)) return moveTo(state, { kind: 'result' }, false);
      return moveTo(state, { kind: 'question', index: view.index + 1 });
    }

    case 'back':
      if (view.kind === 'emergency') {
        // Back to the emergency question that stopped the self-check, to change that answer.
        const stopped = emergencyAnswer(questions, state.answers);
        return moveTo(state, { kind: 'question', index: stopped ? questions.indexOf(stopped) : 0 });
      }
      if (view.kind === 'result') return moveTo(state, { kind: 'question', index: questions.length - 1 });
      if (view.index === 0) return state;
      return moveTo(state, { kind: 'question', index: view.index - 1 });

    case 'change': {
      const index = questions.findIndex((q) => q.id === action.questionId);
      if (index < 0) return state;
      return moveTo(state, { kind: 'question', index }, true);
    }

    case 'restart':
      return { ...initialQuizState, moves: state.moves + 1 };

    case 'restore': {
      const saved = readSavedQuiz(questions, action.saved);
      if (!saved) return state;
      // A result or emergency stop needs answers that lead to it; otherwise go to the first question.
      const answeredAll = questions.every((q) => saved.answers[q.id] !== undefined);
      const stop = emergencyAnswer(questions, saved.answers);
      const view: QuizView =
        saved.view.kind === 'emergency' && !stop
          ? { kind: 'question', index: 0 }
          : saved.view.kind === 'result' && !answeredAll
            ? { kind: 'question', index: 0 }
            : saved.view;
      return { ...state, view, answers: saved.answers, missingAnswer: false, returnToResult: false };
    }
  }
}
