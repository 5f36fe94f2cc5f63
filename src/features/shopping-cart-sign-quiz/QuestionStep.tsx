/**
 * One question of the self-check: a group of radio buttons with the question as its legend, and
 * the GOV.UK error pattern (summary at the top linking to the field, message next to the field)
 * when Continue is pressed without an answer.
 */
import { useEffect, useRef, useState, type Ref, type SubmitEvent } from 'react';
import type { QuizQuestion } from './scoring.ts';
import { quizWording } from './wording.en.ts';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';

const words = quizWording.question;

interface Props {
  question: QuizQuestion;
  number: number;
  total: number;
  chosen: string | undefined;
  missingAnswer: boolean;
  /** Continue leads to the result rather than to another question. */
  isLastStep: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onChoose: (optionId: string) => void;
  onContinue: () => void;
  onBack?: () => void;
}

const inputId = (questionId: string, optionId: string) => `quiz-${questionId}-${optionId}`;

export function QuestionStep(props: Props) {
  const { question, number, total, chosen, missingAnswer, isLastStep, headingRef } = props;
  const summaryRef = useRef<HTMLDivElement>(null);
  // Counts failed submits, so a second press of Continue without an answer moves focus again.
  const [failedSubmits, setFailedSubmits] = useState(0);
  useEffect(() => {
    if (failedSubmits > 0) summaryRef.current?.focus();
  }, [failedSubmits]);

  const hintId = `quiz-${question.id}-hint`;
  const errorId = `quiz-${question.id}-error`;
  const firstInputId = inputId(question.id, question.options[0]?.id ?? '');
  const describedBy = [question.hint ? hintId : '', missingAnswer ? errorId : ''].filter(Boolean).join(' ');

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen === undefined) setFailedSubmits((n) => n + 1);
    props.onContinue();
  }

  return (
    <form className="quiz-step" onSubmit={submit} noValidate>
      {missingAnswer && (
        <ErrorSummary
          title={words.errorSummaryTitle}
          errors={[{ inputId: firstInputId, message: words.missingAnswer }]}
          fieldSelector="fieldset"
          headingLevel={3}
          ref={summaryRef}
        />
      )}
      {/* The error bar runs down this wrapper, not the fieldset: a fieldset's border starts halfway
          down its legend, which would leave out "Question 1 of 9" and the question's first line. */}
      <div className={missingAnswer ? 'quiz-question-group quiz-question-group-error' : 'quiz-question-group'}>
        <fieldset className="quiz-fieldset" aria-describedby={describedBy || undefined}>
          <legend className="quiz-legend">
            <h2 className="quiz-question" ref={headingRef} tabIndex={-1}>
              <span className="quiz-progress">{words.progress(number, total)}</span>{' '}
              <span className="quiz-question-text">{question.legend}</span>
            </h2>
          </legend>
          {question.hint && (
            <p id={hintId} className="quiz-hint">
              {question.hint}
            </p>
          )}
          {missingAnswer && (
            <p id={errorId} className="quiz-error-message">
              <span className="visually-hidden">{words.errorPrefix}</span>
              {words.missingAnswer}
            </p>
          )}
          <div className="quiz-options">
            {question.options.map((option) => {
              const id = inputId(question.id, option.id);
              return (
                <label key={option.id} className="quiz-option" htmlFor={id}>
                  <input
                    type="radio"
                    id={id}
                    name={`quiz-${question.id}`}
                    value={option.id}
                    checked={chosen === option.id}
                    onChange={() => props.onChoose(option.id)}
                  />
                  <span>{option.label}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className="quiz-actions">
        <button type="submit" className="button">
          {isLastStep ? words.seeResult : words.continue}
        </button>
        {props.onBack && (
          <button type="button" className="button button-secondary" onClick={props.onBack}>
            {words.back}
          </button>
        )}
      </div>
    </form>
  );
}
