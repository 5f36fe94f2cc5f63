/**
 * The result: which way the answers lean and why, what to do next, and the answers themselves,
 * laid out to be printed and taken to an appointment.
 */
import type { Ref } from 'react';
import { leanWording, quizReading } from './questions.ts';
import { directionWords, type Answers, type LeanResult, type QuizQuestion } from './scoring.ts';
import { AlertCard } from '../../components/react/UrgencyCard.tsx';
import { AnswerList } from './AnswerList.tsx';
import { ClueList } from './ClueList.tsx';
import { NextSteps } from './NextSteps.tsx';

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
  const { arteries, nerves, compare } = quizReading;
  if (kind === 'arteries') return [arteries, compare, nerves];
  if (kind === 'nerves') return [nerves, compare, arteries];
  return [compare, arteries, nerves];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function QuizResult({ result, questions, answers, headingRef, onChange, onRestart }: Props) {
  const wording = leanWording[result.kind];
  const neutralQuestions = result.neutral.map((n) => ({
    ...n,
    question: questions.find((q) => q.id === n.questionId),
  }));
  const notSureCount = result.notSure.length;

  return (
    <section className="quiz-result" aria-labelledby="quiz-result-heading">
      <h2 id="quiz-result-heading" ref={headingRef} tabIndex={-1}>
        {wording.headline}
      </h2>
      {result.checkFirst.map((alert) => (
        <div key={alert}>
          <p>
            You were not sure about this: {questions.find((q) => q.alert === alert)?.short.toLowerCase()}. Check these
            signs first.
          </p>
          <AlertCard id={alert} headingLevel={3} />
        </div>
      ))}
      <p className="quiz-result-summary">{wording.summary}</p>
      <p className="panel">
        <strong>This is not a diagnosis.</strong> It shows which way your answers point, to talk about with a doctor.
        Only a doctor can find the cause. You can have narrowed arteries and a pinched nerve at the same time,
        especially as you get older.
      </p>

      <h3>Why: what your answers pointed to</h3>
      {result.clues.length === 0 && <p>None of your answers pointed either way.</p>}
      <ClueList
        heading={`Pointing to ${directionWords.arteries}`}
        clues={result.clues.filter((c) => c.toward === 'arteries')}
        questions={questions}
        answers={answers}
      />
      <ClueList
        heading={`Pointing to ${directionWords.nerves}`}
        clues={result.clues.filter((c) => c.toward === 'nerves')}
        questions={questions}
        answers={answers}
      />
      {neutralQuestions.length > 0 && (
        <>
          <h4 className="quiz-clues-heading">Counting neither way</h4>
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
          You were not sure about {plural(notSureCount, 'question')}. {notSureCount === 1 ? 'It was' : 'They were'} left
          out.
          {notSureCount >= 3 &&
            ' Next time your legs hurt, notice what brings the pain on, where it is and what eases it. Then try the self-check again.'}
        </p>
      )}
      <p className="muted">
        Points for {directionWords.arteries}: {result.points.arteries}. Points for {directionWords.nerves}:{' '}
        {result.points.nerves}. <a href="#how-it-works">How the self-check weighs your answers</a>.
      </p>

      <NextSteps kind={result.kind} />
      <h3>Read more</h3>
      <ul>
        {readingOrder(result.kind).map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>

      <h3>Your answers</h3>
      <AnswerList questions={questions} answers={answers} onChange={onChange} />
      <div className="quiz-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print your answers and result
        </button>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          Start again
        </button>
      </div>
    </section>
  );
}
