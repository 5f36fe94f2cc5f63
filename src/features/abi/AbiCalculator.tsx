/**
 * The ankle-brachial index calculator island. It holds the form's state and moves focus; the
 * sums and words come from abi*.ts and wording.en.ts beside it. Nothing typed leaves the page: no request, no storage.
 * A link with the readings in its #fragment (never sent to a server) fills the form on opening.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { interpretReadings, type AbiResult, type FieldId, type Readings } from './abi.ts';
import { emptyRawReadings, fields, validateReadings, type FieldErrors, type RawReadings } from './abi-input.ts';
import { readingsFromFragment } from './abi-link.ts';
import { abiUi, resultAnnouncement } from './wording.en.ts';
import { AbiResultView } from './AbiResultView.tsx';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { PressureField, inputId } from './PressureField.tsx';
import './abi-calculator.css';

interface State {
  raw: RawReadings;
  errors: FieldErrors | null;
  /** Shown only when every box makes sense. */
  outcome: { readings: Readings; result: AbiResult } | null;
}

const emptyState: State = { raw: emptyRawReadings, errors: null, outcome: null };

function evaluate(raw: RawReadings): State {
  const validation = validateReadings(raw);
  return validation.ok
    ? { raw, errors: null, outcome: { readings: validation.readings, result: interpretReadings(validation.readings) } }
    : { raw, errors: validation.errors, outcome: null };
}

/** The island renders only in the browser (client:only), so it can read the address at once. */
function stateFromAddress(): State {
  const raw = readingsFromFragment(window.location.hash);
  return raw ? evaluate(raw) : emptyState;
}

/** Once the readings change, a link holding the old ones must not stay in the address bar. */
function dropReadingsFromAddress() {
  if (readingsFromFragment(location.hash)) history.replaceState(null, '', location.pathname + location.search);
}

const groups = [
  { legend: abiUi.groupLegend.arms, ids: ['rightArm', 'leftArm'] },
  { legend: abiUi.groupLegend.rightLeg, ids: ['rightDp', 'rightPt'] },
  { legend: abiUi.groupLegend.leftLeg, ids: ['leftDp', 'leftPt'] },
] as const satisfies { legend: string; ids: FieldId[] }[];

export default function AbiCalculator() {
  const [state, setState] = useState(stateFromAddress);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  /** After a render: the error summary if there is one, else the result heading. */
  const focusOutcome = () => (summaryRef.current ?? resultHeadingRef.current)?.focus();

  useEffect(() => {
    // A shared link is opened for its result: take the reader, and a screen reader, straight there.
    if (readingsFromFragment(location.hash)) focusOutcome();
    // A shared link opened while the page is already showing (same tab, new #fragment).
    const onHashChange = () => {
      const raw = readingsFromFragment(location.hash);
      if (!raw) return;
      flushSync(() => setState(evaluate(raw)));
      focusOutcome();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = evaluate(state.raw);
    // Render first, then move focus: to the summary after a failed submit, else to the result.
    flushSync(() => setState(next));
    focusOutcome();
  }

  function change(id: FieldId, value: string) {
    dropReadingsFromAddress();
    // A result stays only while it matches the boxes; the errors stay until the next submit.
    setState((s) => ({ raw: { ...s.raw, [id]: value }, errors: s.errors, outcome: null }));
  }

  function clear() {
    dropReadingsFromAddress();
    flushSync(() => setState(emptyState));
    document.getElementById(inputId({ id: 'rightArm' }))?.focus();
  }

  const { raw, errors, outcome } = state;
  const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
  return (
    <div className="abi-calculator">
      {errors && (
        <ErrorSummary
          title={abiUi.errorSummaryTitle}
          errors={(Object.entries(errors) as [FieldId, string][]).map(([id, message]) => ({
            inputId: inputId({ id }),
            message,
          }))}
          fieldSelector=".abi-field"
          ref={summaryRef}
        />
      )}
      <form
        noValidate
        onSubmit={submit}
        className={outcome ? 'abi-form no-print' : 'abi-form'}
        aria-label={abiUi.formLabel}
      >
        <p>{abiUi.formIntro}</p>
        {groups.map((group) => (
          <fieldset key={group.legend} className="abi-fieldset">
            <legend className="abi-legend-title">{group.legend}</legend>
            {group.ids.map((id) => (
              <PressureField
                key={id}
                field={byId[id]!}
                value={raw[id]}
                error={errors?.[id]}
                onChange={(value) => change(id, value)}
              />
            ))}
          </fieldset>
        ))}
        <div className="abi-buttons">
          <button type="submit" className="button">
            {abiUi.submit}
          </button>
          <button type="button" className="button button-secondary" onClick={clear}>
            {abiUi.clear}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {outcome ? resultAnnouncement(outcome.result) : ''}
      </p>
      {outcome && <AbiResultView result={outcome.result} readings={outcome.readings} headingRef={resultHeadingRef} />}
    </div>
  );
}
