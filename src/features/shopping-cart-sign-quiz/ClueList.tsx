/** The answers that pointed one way, strongest first, each with why and its source. */
import { findOption, type Answers, type Clue, type QuizQuestion } from './scoring.ts';
import { quizWording } from './wording.en.ts';
import { SourceCite } from './SourceCite.tsx';

interface Props {
  heading: string;
  clues: readonly Clue[];
  questions: readonly QuizQuestion[];
  answers: Answers;
}

/** What the reader said, in their answer's words, e.g. "In the calf only, below the knee". */
function said(clue: Clue, questions: readonly QuizQuestion[], answers: Answers): string {
  if (clue.from === 'combination') return quizWording.result.together;
  const question = questions.find((q) => q.id === clue.id);
  return `“${question ? (findOption(question, answers[question.id])?.label ?? '') : ''}”`;
}

export function ClueList({ heading, clues, questions, answers }: Props) {
  if (clues.length === 0) return null;
  return (
    <>
      <h4 className="quiz-clues-heading">{heading}</h4>
      <ul className="quiz-clues">
        {clues.map((clue) => (
          <li key={clue.id}>
            <strong>{said(clue, questions, answers)}</strong>: {quizWording.weight[clue.weight]}. {clue.why}
            {clue.cite && <SourceCite id={clue.cite} />}
          </li>
        ))}
      </ul>
    </>
  );
}
