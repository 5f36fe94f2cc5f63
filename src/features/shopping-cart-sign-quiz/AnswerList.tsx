/**
 * The reader's answers, question by question, each with a way to change it. It is what the
 * printout shows a doctor, so it uses the full questions; the Change buttons do not print.
 */
import { findOption, type Answers, type QuizQuestion } from './scoring.ts';
import { quizWording } from './wording.en.ts';

const words = quizWording.result;

interface Props {
  questions: readonly QuizQuestion[];
  answers: Answers;
  onChange: (questionId: string) => void;
}

export function AnswerList({ questions, answers, onChange }: Props) {
  return (
    <dl className="quiz-answers">
      {questions.map((question, i) => (
        <div key={question.id} className="quiz-answer-row">
          <dt>
            {i + 1}. {question.legend}
          </dt>
          <dd className="quiz-answer">{findOption(question, answers[question.id])?.label ?? words.notAnswered}</dd>
          <dd className="no-print">
            <button type="button" className="quiz-change" onClick={() => onChange(question.id)}>
              {words.change}
              <span className="visually-hidden">{words.changeWhich(question.legend)}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
