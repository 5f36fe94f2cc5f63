/**
 * What the self-check shows instead of any result when the reader answers yes to an emergency
 * question (a suddenly cold, pale or numb leg; the signs of cauda equina syndrome): the emergency
 * card, first, and nothing that could make them wait.
 */
import type { Ref } from 'react';
import type { AlertId } from '../urgency/alerts.ts';
import { AlertCard } from '../urgency/UrgencyCard.tsx';
import { quizWording } from './wording.en.ts';

const words = quizWording.emergency;

interface Props {
  alert: AlertId;
  /** The emergency question's few words, e.g. "Sudden cold, pale, numb or very painful leg". */
  said: string;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onRestart: () => void;
}

export function EmergencyStop({ alert, said, headingRef, onBack, onRestart }: Props) {
  return (
    <section className="quiz-emergency" aria-labelledby="quiz-emergency-heading">
      <h2 id="quiz-emergency-heading" ref={headingRef} tabIndex={-1}>
        {words.heading}
      </h2>
      <AlertCard id={alert} headingLevel={3} />
      <p>{words.youSaid(said.charAt(0).toLowerCase() + said.slice(1))}</p>
      <div className="quiz-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {words.back}
        </button>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {words.restart}
        </button>
      </div>
    </section>
  );
}
