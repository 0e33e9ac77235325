// A refused form's error summary (the GOV.UK pattern): at the top of the form, it takes the focus
// when the page loads (autofocus works on any focusable element, no script needed), says how many
// things to fix and links each message to its field, so nobody has to find the one red line a
// thousand pixels down. The fields keep their own messages (FieldError) as well.
import { vi } from '../i18n/vi.js';

export interface ErrorSummaryProps {
  /** Field name → message, as the form's validation gave them; the form-wide message under `_form`. */
  errors: Record<string, string | undefined> | undefined;
  /** The id of each field's input when it is not the field's name (e.g. a radio group's first option). */
  fieldIds?: Record<string, string>;
}

export function ErrorSummary(props: ErrorSummaryProps) {
  const entries = Object.entries(props.errors ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="region"
      tabindex={-1}
      autofocus
      aria-labelledby="error-summary-title"
      data-error-summary
    >
      <h2 id="error-summary-title">{vi.ui.errorSummaryTitle(entries.length)}</h2>
      <ul>
        {entries.map(([field, message]) =>
          field === '_form' ? (
            <li>{message}</li>
          ) : (
            <li>
              <a href={`#${props.fieldIds?.[field] ?? field}`}>{message}</a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
