/**
 * The GOV.UK / NHS error summary, shared by the islands (the ABI calculator and the quiz): at the
 * top of the form, focused after a failed submit, one link per field that needs fixing. A link
 * moves focus into its field rather than only scrolling to it.
 */
import type { Ref } from 'react';
import './error-summary.css';

export interface FieldError {
  /** The id of the input the link leads to. */
  inputId: string;
  message: string;
}

interface Props {
  title: string;
  errors: readonly FieldError[];
  /** The element around each input that holds its label and hint, shown with it when the link is followed. */
  fieldSelector: string;
  /** The heading's level where the summary sits: 2 at the top of a page section, 3 inside one. */
  headingLevel?: 2 | 3;
  ref?: Ref<HTMLDivElement>;
}

function focusField(inputId: string, fieldSelector: string) {
  const input = document.getElementById(inputId);
  // Show the label and hint above the input too, not just the input at the top edge of the screen.
  input?.closest(fieldSelector)?.scrollIntoView({ block: 'start' });
  input?.focus({ preventScroll: true });
}

export function ErrorSummary({ title, errors, fieldSelector, headingLevel = 2, ref }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <Heading className="error-summary-title">{title}</Heading>
        <ul>
          {errors.map(({ inputId, message }) => (
            <li key={inputId}>
              <a
                href={`#${inputId}`}
                onClick={(event) => {
                  // A plain #link only scrolls; the reader needs the cursor in the field.
                  event.preventDefault();
                  focusField(inputId, fieldSelector);
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
