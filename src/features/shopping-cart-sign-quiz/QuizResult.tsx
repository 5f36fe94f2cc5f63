/**
 * The result: which way the answers lean and why, what to do next, and the answers themselves,
 * laid out to be printed and taken to an appointment.
 */
import type { Ref } from 'react';
import type { Answers, LeanResult, QuizQuestion } from './scoring.ts';
import { AlertCard } from '../urgency/UrgencyCard.tsx';
import { AnswerList } from './AnswerList.tsx';
import { ClueList } from './ClueList.tsx';
import { NextSteps } from './NextSteps.tsx';
import { quizWording } from './wording.en.ts';

const words = quizWording.result;
const { direction } = quizWording;

interface Props {
  result: LeanResult;
  questions: readonly QuizQuestion[];
  answers: Answers;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (questionId: string) => void;
  onRestart: () => void;
}

/** The article about the side the answers lean to comes first. */
function readingOrder(kind: LeanResult['kind']) {
  const { arteries, nerves, compare } = quizWording.reading;
  if (kind === 'arteries') return [arteries, compare, nerves];
  if (kind === 'nerves') return [nerves, compare, arteries];
  return [compare, arteries, nerves];
}

export function QuizResult({ result, questions, answers, headingRef, onChange, onRestart }: Props) {
  const lean = quizWording.lean[result.kind];
  const neutralQuestions = result.neutral.map((n) => ({
    ...n,
    question: questions.find((q) => q.id === n.questionId),
  }));
  const notSureCount = result.notSure.length;

  return (
    <section className="quiz-result" aria-labelledby="quiz-result-heading">
      <h2 id="quiz-result-heading" ref={headingRef} tabIndex={-1}>
        {lean.headline}
      </h2>
      {result.checkFirst.map((alert) => (
        <div key={alert}>
          <p>{words.checkFirst(questions.find((q) => q.alert === alert)?.short.toLowerCase() ?? '')}</p>
          <AlertCard id={alert} headingLevel={3} />
        </div>
      ))}
      <p className="quiz-result-summary">{lean.summary}</p>
      <p className="panel">
        <strong>{words.notADiagnosis}</strong> {words.notADiagnosisMore}
      </p>

      <h3>{words.whyHeading}</h3>
      {result.clues.length === 0 && <p>{words.noClues}</p>}
      <ClueList
        heading={words.pointingTo(direction.arteries)}
        clues={result.clues.filter((c) => c.toward === 'arteries')}
        questions={questions}
        answers={answers}
      />
      <ClueList
        heading={words.pointingTo(direction.nerves)}
        clues={result.clues.filter((c) => c.toward === 'nerves')}
        questions={questions}
        answers={answers}
      />
      {neutralQuestions.length > 0 && (
        <>
          <h4 className="quiz-clues-heading">{words.neitherWay}</h4>
          <ul className="quiz-clues">
            {neutralQuestions.map(({ questionId, why, question }) => (
              <li key={questionId}>
                <strong>“{question?.options.find((o) => o.id === answers[questionId])?.label}”</strong>: {why}
              </li>
            ))}
          </ul>
        </>
      )}
      {notSureCount > 0 && (
        <p>
          {words.notSure(notSureCount)}
          {notSureCount >= 3 && words.notSureManyHint}
        </p>
      )}
      <p className="muted">
        {words.points(result.points.arteries, result.points.nerves)} <a href="#how-it-works">{words.howItWorksLink}</a>.
      </p>

      <NextSteps kind={result.kind} />
      <h3>{words.readMoreHeading}</h3>
      <ul>
        {readingOrder(result.kind).map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>

      <h3>{words.answersHeading}</h3>
      <AnswerList questions={questions} answers={answers} onChange={onChange} />
      <div className="quiz-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print}
        </button>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {words.restart}
        </button>
      </div>
    </section>
  );
}
