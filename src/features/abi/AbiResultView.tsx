/**
 * The result: any urgency card first, then each leg's index and band in words, the scale, the
 * notes that apply, and the readings with the sum, so a printout explains itself.
 */
import type { Ref } from 'react';
import type { AbiResult, FieldId, LegResult, Readings } from './abi.ts';
import { fields } from './abi-input.ts';
import {
  abiUi,
  armDifferenceNote,
  bandLabel,
  formatIndex,
  formatPressure,
  legCalculation,
  legName,
  legSentences,
  olderConventionNote,
  oneAnkleNote,
  oneArmNote,
  severityNote,
  toePressureNote,
} from './wording.en.ts';
import { AbiActions } from './AbiActions.tsx';
import { AbiScale } from './AbiScale.tsx';
import { AbiWarnings } from './AbiWarnings.tsx';

interface Props {
  result: AbiResult;
  readings: Readings;
  headingRef?: Ref<HTMLHeadingElement>;
}

function LegSummary({ leg }: { leg: LegResult }) {
  const older = olderConventionNote(leg);
  const severity = severityNote(leg);
  return (
    <section className="abi-leg" aria-labelledby={`abi-leg-${leg.side}`}>
      <h3 id={`abi-leg-${leg.side}`}>{legName(leg)}</h3>
      <p className="abi-figure">
        <span className="abi-figure-number">
          <span className="visually-hidden">{abiUi.figurePrefix}</span>
          {formatIndex(leg.index)}
        </span>{' '}
        <span className={`abi-badge abi-badge-${leg.band}`}>{bandLabel[leg.band]}</span>
      </p>
      <p>{legSentences(leg).join(' ')}</p>
      {severity && <p>{severity}</p>}
      {older && <p className="abi-older">{older}</p>}
      {leg.oneAnkleReading && <p>{oneAnkleNote}</p>}
    </section>
  );
}

/** The readings that went into the sum: the higher arm, and each leg's higher ankle (abi.ts). */
const usedFields = (result: AbiResult): Set<FieldId> =>
  new Set([result.armUsedField, ...result.legs.map((leg) => leg.ankleUsedField)]);

export function AbiResultView({ result, readings, headingRef }: Props) {
  const used = usedFields(result);
  const armNote = armDifferenceNote(result);
  return (
    <section className="abi-result" aria-labelledby="abi-result-title">
      <h2 id="abi-result-title" ref={headingRef} tabIndex={-1}>
        {abiUi.resultTitle}
      </h2>
      <AbiWarnings result={result} />
      {result.legs.map((leg) => (
        <LegSummary key={leg.side} leg={leg} />
      ))}
      <AbiScale legs={result.legs} />
      {(result.oneArmReading || armNote || result.noncompressible) && (
        <div className="panel abi-notes">
          {result.oneArmReading && <p>{oneArmNote}</p>}
          {armNote && <p>{armNote}</p>}
          {result.noncompressible && (
            <p>
              {toePressureNote} {abiUi.toeTestReadAbout}{' '}
              <a href="/leg-pain-diagnosis/#toe-brachial-index">{abiUi.toeTestLink}</a>.
            </p>
          )}
        </div>
      )}
      <h3 id="abi-readings-title">{abiUi.readingsTitle}</h3>
      <div className="abi-sum">
        <table className="abi-readings" aria-labelledby="abi-readings-title">
          <thead>
            <tr>
              <th scope="col">{abiUi.readingsWhere}</th>
              <th scope="col">{abiUi.readingsPressure}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const value = readings[field.id];
              return (
                <tr key={field.id}>
                  <th scope="row">
                    {field.context}
                    {field.context ? field.label.toLowerCase() : field.label}
                  </th>
                  <td>
                    {value === undefined ? abiUi.notGiven : formatPressure(value)}
                    {used.has(field.id) && <strong>{abiUi.usedInSum}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="abi-sum-text">
          <p>{abiUi.sumMethod}</p>
          <ul>
            {result.legs.map((leg) => (
              <li key={leg.side}>
                {legName(leg)}: {legCalculation(leg, result.armUsed)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {/* On paper, one line: the rest is for the reader at the screen. */}
      <p className="abi-reminder">
        <strong>{abiUi.notADiagnosis}</strong> {abiUi.talkToDoctor}{' '}
        <span className="no-print">
          {abiUi.howMeasured} <a href="/leg-pain-diagnosis/#abi">{abiUi.howMeasuredLink}</a>.
        </span>
      </p>
      <AbiActions readings={readings} />
    </section>
  );
}
