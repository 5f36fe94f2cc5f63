/**
 * The urgency cards a result can need, emergency first (style guide). The heading of each card
 * says what to do; the paragraphs under the list say which reading raised it.
 */
import { Callout } from '../UrgencyCard.tsx';
import type { AbiResult } from '../../../lib/abi.ts';
import { emergencyReasons, urgentReasons } from '../../../lib/abi-wording.ts';
import { alerts } from '../../../data/alerts.ts';

export function AbiWarnings({ result }: { result: AbiResult }) {
  return (
    <>
      {result.emergency && (
        <Callout
          level="emergency"
          headingLevel={3}
          more={
            <p className="no-print">
              Read about <a href={alerts.limb.more.href}>{alerts.limb.more.label}</a>.
            </p>
          }
        >
          <ul>
            <li>your leg or foot has become cold, pale, numb or very painful</li>
            <li>you cannot move your foot or toes</li>
            <li>this reading of 0 is new, and no doctor has acted on it yet</li>
          </ul>
          {emergencyReasons(result).map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
          <p>A reading of 0 means no blood flow signal was found at that artery. The artery may be blocked.</p>
        </Callout>
      )}
      {result.urgent && (
        <Callout
          level="urgent"
          headingLevel={3}
          more={
            <p className="no-print">
              Read about <a href={alerts['rest-pain'].more.href}>{alerts['rest-pain'].more.label}</a>.
            </p>
          }
        >
          <ul>
            <li>no doctor has talked with you about these readings yet</li>
            <li>your feet or toes hurt when you rest or at night</li>
            <li>a wound on your foot or leg is not healing, or a toe is turning dark</li>
          </ul>
          {urgentReasons(result).map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
          <p>
            Pain at rest, a wound that does not heal or a toe turning dark can be signs that the leg is not getting
            enough blood, even at rest. Today&apos;s guidelines call this chronic limb-threatening ischaemia (CLTI).
          </p>
        </Callout>
      )}
    </>
  );
}
