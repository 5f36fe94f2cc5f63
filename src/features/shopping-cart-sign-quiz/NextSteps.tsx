/**
 * "What to do next" for each way the answers lean. The nerve result gets nerve advice (NHS
 * sciatica page): what to tell the GP, how long sciatica usually lasts, and its red flags; the
 * artery result gets the ankle-brachial index (ABI) advice; answers that point both ways or
 * nowhere get both.
 */
import type { LeanKind } from './scoring.ts';
import { AlertCard } from '../urgency/UrgencyCard.tsx';
import { quizWording } from './wording.en.ts';

const words = quizWording.result;
const { abiLinks } = quizWording;

function ArteryAdvice() {
  return (
    <li>
      {words.arteryAdvice.before} <a href={abiLinks.test.href}>{abiLinks.test.label}</a>
      {words.arteryAdvice.middle} <a href={abiLinks.calculator.href}>{abiLinks.calculator.label}</a>
      {words.arteryAdvice.after}
    </li>
  );
}

function NerveAdvice() {
  return (
    <>
      {words.nerveAdvice.map((advice) => (
        <li key={advice}>{advice}</li>
      ))}
    </>
  );
}

export function NextSteps({ kind }: { kind: LeanKind }) {
  const nerves = kind !== 'arteries';
  const arteries = kind !== 'nerves';
  return (
    <>
      <h3>{words.nextStepsHeading}</h3>
      <ul>
        <li>{words.seeADoctor}</li>
        {nerves && <NerveAdvice />}
        {arteries && <ArteryAdvice />}
      </ul>
      {nerves && <AlertCard id="cauda-equina" headingLevel={4} />}
    </>
  );
}
