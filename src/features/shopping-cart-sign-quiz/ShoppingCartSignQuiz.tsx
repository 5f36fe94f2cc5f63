/**
 * The shopping cart sign self-check island. It shows one question at a time and moves focus to
 * each new question or result heading. Each step is a browser history entry holding the view and
 * the answers (history.state), so the phone's Back button goes back a step and a reload keeps the
 * answers. history.state stays in this tab: the answers are never stored elsewhere or sent anywhere.
 *
 * Until it has hydrated, it renders its children: the printable checklist the page passes in, so
 * a reader without JavaScript still gets every question and how each answer points.
 */
import { useEffect, useReducer, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { alerts, signs, urgencyHeading } from '../urgency/alerts.ts';
import { quizCombinations, quizQuestions } from './questions.ts';
import {
  continueShowsResult,
  initialQuizState,
  quizReducer,
  type QuizAction,
  type QuizState,
  type SavedQuiz,
} from './flow.ts';
import { scoreQuiz } from './scoring.ts';
import { EmergencyStop } from './EmergencyStop.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { QuizResult } from './QuizResult.tsx';
import './shopping-cart-sign-quiz.css';
import { quizWording } from './wording.en.ts';

const questions = quizQuestions;
const reducer = (state: QuizState, action: QuizAction) => quizReducer(questions, state, action);

/** The quiz this history entry holds, if any (a reload, or Back into the page). */
function savedInHistory(): unknown {
  return typeof window === 'undefined' ? undefined : (window.history.state as { quiz?: unknown } | null)?.quiz;
}
const startState = () => reducer(initialQuizState, { type: 'restore', saved: savedInHistory() });

// False on the server and while hydrating, true afterwards: the no-JavaScript fallback stays
// until the quiz can actually work.
const noSubscription = () => () => {};
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export default function ShoppingCartSignQuiz({ children }: { children?: ReactNode }) {
  const hydrated = useHydrated();
  const [state, dispatch] = useReducer(reducer, undefined, startState);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const savedMoves = useRef(state.moves);

  // A move to another view is a new history entry; a changed answer updates the current one.
  useEffect(() => {
    const quiz: SavedQuiz = { view: state.view, answers: state.answers };
    const entry = { ...(window.history.state as object | null), quiz };
    if (state.moves !== savedMoves.current) {
      savedMoves.current = state.moves;
      window.history.pushState(entry, '');
    } else {
      window.history.replaceState(entry, '');
    }
  }, [state.view, state.answers, state.moves]);

  // The phone's Back and Forward buttons step through the self-check.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) =>
      dispatch({ type: 'restore', saved: (event.state as { quiz?: unknown } | null)?.quiz ?? initialQuizState });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // Focus follows every move (not the first render: the page must not jump to the tool on load).
  useEffect(() => {
    if (state.moves > 0) headingRef.current?.focus();
  }, [state.moves]);

  // The wrapper gives client:visible a box to watch: the slot alone is display: contents.
  if (!hydrated) return <div className="quiz">{children}</div>;

  const { view, answers } = state;
  const outcome = view.kind === 'question' ? undefined : scoreQuiz(questions, quizCombinations, answers);
  // A short sentence for screen readers: focus lands on the heading, this confirms what happened.
  const announcement =
    outcome?.kind === 'emergency'
      ? quizWording.announce.emergency(
          urgencyHeading[alerts[outcome.alert].level],
          alerts[outcome.alert].signs.map((id) => signs[id].text).join(', '),
        )
      : outcome
        ? quizWording.announce.result(quizWording.lean[outcome.kind].headline)
        : '';

  return (
    <div className="quiz">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {view.kind === 'question' && (
        <QuestionStep
          key={questions[view.index]!.id}
          question={questions[view.index]!}
          number={view.index + 1}
          total={questions.length}
          chosen={answers[questions[view.index]!.id]}
          missingAnswer={state.missingAnswer}
          isLastStep={continueShowsResult(questions, state)}
          headingRef={headingRef}
          onChoose={(optionId) => dispatch({ type: 'choose', questionId: questions[view.index]!.id, optionId })}
          onContinue={() => dispatch({ type: 'continue' })}
          onBack={view.index > 0 ? () => dispatch({ type: 'back' }) : undefined}
        />
      )}
      {outcome?.kind === 'emergency' && (
        <EmergencyStop
          alert={outcome.alert}
          said={questions.find((q) => q.alert === outcome.alert)?.short ?? ''}
          headingRef={headingRef}
          onBack={() => dispatch({ type: 'back' })}
          onRestart={() => dispatch({ type: 'restart' })}
        />
      )}
      {outcome && outcome.kind !== 'emergency' && (
        <QuizResult
          result={outcome}
          questions={questions}
          answers={answers}
          headingRef={headingRef}
          onChange={(questionId) => dispatch({ type: 'change', questionId })}
          onRestart={() => dispatch({ type: 'restart' })}
        />
      )}
    </div>
  );
}
