/**
 * "What to do next" for each way the answers lean. The nerve result gets nerve advice (NHS
 * sciatica page): what to tell the GP, how long sciatica usually lasts, and its red flags; the
 * artery result gets the ankle-brachial index (ABI) advice; answers that point both ways or
 * nowhere get both.
 */
import { abiLinks } from './questions.ts';
import type { LeanKind } from './scoring.ts';
import { AlertCard } from '../../components/react/UrgencyCard.tsx';

function ArteryAdvice() {
  return (
    <li>
      Ask your doctor about an ankle-brachial index (ABI) test. It compares the blood pressure at your ankle and your
      arm, to check the blood flow to your legs. Read about <a href={abiLinks.test.href}>{abiLinks.test.label}</a>. If
      you already have your readings, you can use <a href={abiLinks.calculator.href}>{abiLinks.calculator.label}</a>.
    </li>
  );
}

function NerveAdvice() {
  return (
    <>
      <li>
        Tell your doctor where the pain starts and where it spreads, what brings it on (walking, standing, sitting) and
        what eases it (sitting, bending forward). Say if you have numbness, tingling or weakness.
      </li>
      <li>
        Pain from a trapped nerve (sciatica) usually gets better within 4 to 6 weeks, but it can last longer. Keep as
        active as you can, and do not sit or lie down for long (NHS website, sciatica).
      </li>
      <li>
        See your doctor if it is not getting better after a few weeks, is getting worse, or stops you doing normal
        things.
      </li>
    </>
  );
}

export function NextSteps({ kind }: { kind: LeanKind }) {
  const nerves = kind !== 'arteries';
  const arteries = kind !== 'nerves';
  return (
    <>
      <h3>What to do next</h3>
      <ul>
        <li>See a doctor about the pain in your legs when you walk. Take a printout of this page with you.</li>
        {nerves && <NerveAdvice />}
        {arteries && <ArteryAdvice />}
      </ul>
      {nerves && <AlertCard id="cauda-equina" headingLevel={4} />}
    </>
  );
}
