// A refused form's error summary (the GOV.UK pattern): at the top of the form, it takes the focus
// when the page loads (autofocus works on any focusable element, no script needed), says how many
// things to fix and links each message to its field, so nobody has to find the one red line a
// thousand pixels down. The fields keep their own messages (FieldError) as well.
import { vi } from '../i18n/vi.js';

export interface ErrorSummaryProps {
  /** Field name → message, as the form's validation gave them; a form-wide message under `_form`
   * (or `form`, where fieldErrors puts an issue that names no field). */
  errors: Record<string, string | undefined> | undefined;
  /** The id of each field's input when it is not the field's name (e.g. a radio group's first option). */
  fieldIds?: Record<string, string>;
  /**
   * The fields this page shows an input for. A message about any other field is listed without a
   * link, since a link to an id that is not on the page goes nowhere (e.g. a read-only article's
   * title). Leave it out when every field with a message is on the page.
   */
  onPage?: readonly string[];
  /** More messages, listed after the fields' without a link (e.g. each refused row of a sheet). */
  notes?: readonly string[];
  /** The heading, when "not saved yet" is not what happened (a login, an import). */
  title?: (count: number) => string;
}

export function ErrorSummary(props: ErrorSummaryProps) {
  const entries = Object.entries(props.errors ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  const notes = props.notes ?? [];
  const count = entries.length + notes.length;
  if (count === 0) return null;
  const linked = (field: string) =>
    field !== '_form' && field !== 'form' && (!props.onPage || props.onPage.includes(field));
  return (
    <div
      class="error-summary"
      role="region"
      tabindex={-1}
      autofocus
      aria-labelledby="error-summary-title"
      data-error-summary
    >
      <h2 id="error-summary-title">{(props.title ?? vi.ui.errorSummaryTitle)(count)}</h2>
      <ul>
        {entries.map(([field, message]) =>
          linked(field) ? (
            <li>
              <a href={`#${props.fieldIds?.[field] ?? field}`}>{message}</a>
            </li>
          ) : (
            <li>{message}</li>
          ),
        )}
        {notes.map((note) => (
          <li>{note}</li>
        ))}
      </ul>
    </div>
  );
}
