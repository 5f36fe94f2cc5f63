/**
 * What the self-check shows instead of any result when the reader answers yes to an emergency
 * question (a suddenly cold, pale or numb leg; the signs of cauda equina syndrome): the emergency
 * card, first, and nothing that could make them wait.
 */
import type { Ref } from 'react';
import type { AlertId } from '../../data/alerts.ts';
import { AlertCard } from '../../components/react/UrgencyCard.tsx';

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
        Stop: this could be an emergency
      </h2>
      <AlertCard id={alert} headingLevel={3} />
      <p>
        You said yes to: {said.charAt(0).toLowerCase() + said.slice(1)}. The self-check has stopped here. Do not wait
        for a doctor&rsquo;s appointment.
      </p>
      <div className="quiz-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back: change my answer
        </button>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          Start again
        </button>
      </div>
    </section>
  );
}
