/**
 * One pressure box: label, where the artery is, the error (if any) and the input, in the GOV.UK
 * order, so a screen reader hears the hint and the error when the box gets focus.
 */
import type { FieldDef } from './abi-input.ts';
import { abiUi } from './wording.en.ts';

export const inputId = (field: Pick<FieldDef, 'id'>): string => `abi-${field.id}`;

interface Props {
  field: FieldDef;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

export function PressureField({ field, value, error, onChange }: Props) {
  const id = inputId(field);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'abi-field abi-field-error' : 'abi-field'}>
      <label htmlFor={id} className="abi-label">
        {field.context && <span className="visually-hidden">{field.context}</span>}
        {field.label}
      </label>
      <p id={hintId} className="abi-hint">
        {field.hint}
      </p>
      {error && (
        <p id={errorId} className="abi-error-message">
          <span className="visually-hidden">{abiUi.errorPrefix}</span>
          {error}
        </p>
      )}
      <div className="abi-input-row">
        <input
          id={id}
          name={field.id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className="abi-input"
          value={value}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="abi-unit" aria-hidden="true">
          {abiUi.unit}
        </span>
      </div>
    </div>
  );
}
