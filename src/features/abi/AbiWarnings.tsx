/**
 * The urgency card a result needs, from abi-triage.ts: the leg's higher ankle pressure
 * decides. What was found is said plainly first; then the card, drawn from src/features/urgency/alerts.ts.
 * Only the most urgent level is shown, so a reading never sits under 2 cards that disagree.
 */
import { AlertCard } from '../urgency/UrgencyCard.tsx';
import type { AbiResult } from './abi.ts';
import { resultLevel } from './abi-triage.ts';
import { levelReasons } from './wording.en.ts';
import type { AlertId, UrgencyLevel } from '../urgency/alerts.ts';

const cardFor: Partial<Record<UrgencyLevel, AlertId>> = {
  emergency: 'abi-no-signal',
  'same-day': 'abi-very-low',
  soon: 'abi-see-doctor',
};

export function AbiWarnings({ result }: { result: AbiResult }) {
  const level = resultLevel(result);
  const card = level ? cardFor[level] : undefined;
  if (!level || !card) return null;
  return (
    <div className="abi-warning" data-abi-triage={level}>
      {levelReasons(result, level).map((reason) => (
        <p key={reason}>{reason}</p>
      ))}
      <AlertCard id={card} headingLevel={3} />
    </div>
  );
}
