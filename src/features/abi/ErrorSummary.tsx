/**
 * The GOV.UK / NHS error summary: at the top, focused after a failed submit, one link per box
 * that needs fixing. A link moves focus into its box rather than just scrolling to it.
 */
import type { Ref } from 'react';
import type { FieldId } from './abi.ts';
import type { FieldErrors } from './abi-input.ts';
import { inputId } from './PressureField.tsx';
import { abiUi } from './wording.en.ts';

interface Props {
  errors: FieldErrors;
  ref?: Ref<HTMLDivElement>;
}

function focusField(id: FieldId) {
  const input = document.getElementById(inputId({ id }));
  // Show the label and hint above the box too, not just the box at the top edge of the screen.
  input?.closest('.abi-field')?.scrollIntoView({ block: 'start' });
  input?.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, ref }: Props) {
  const entries = Object.entries(errors) as [FieldId, string][];
  return (
    <div className="abi-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="abi-error-summary-title">{abiUi.errorSummaryTitle}</h2>
        <ul>
          {entries.map(([id, message]) => (
            <li key={id}>
              <a
                href={`#${inputId({ id })}`}
                onClick={(event) => {
                  // A plain #link only scrolls; the reader needs the cursor in the box.
                  event.preventDefault();
                  focusField(id);
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
