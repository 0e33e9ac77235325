// The opinion forms' fields: a text line, a text area, a select; each with its label, hint and
// message wired for screen readers.
import { describedBy, FieldError } from '../../../platform/views/field-error.js';

type Errors = Record<string, string>;

export function LineField(props: {
  name: string;
  label: string;
  value: string;
  errors: Errors;
  max: number;
  hint?: string;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <div>
      <label for={props.name}>{props.label}</label>
      <input
        id={props.name}
        name={props.name}
        type="text"
        value={props.value}
        maxlength={props.max}
        aria-invalid={props.errors[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props.errors, props.name, hintId)}
      />
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.name} text={props.errors[props.name]} />
    </div>
  );
}

export function AreaField(props: {
  name: string;
  label: string;
  value: string;
  errors: Errors;
  max: number;
  rows?: number;
  hint?: string;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <div>
      <label for={props.name}>{props.label}</label>
      <textarea
        id={props.name}
        name={props.name}
        rows={props.rows ?? 6}
        maxlength={props.max}
        aria-invalid={props.errors[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props.errors, props.name, hintId)}
      >
        {props.value}
      </textarea>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.name} text={props.errors[props.name]} />
    </div>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  errors: Errors;
  options: ReadonlyArray<readonly [string, string]>;
  hint?: string;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <div>
      <label for={props.name}>{props.label}</label>
      <select
        id={props.name}
        name={props.name}
        aria-invalid={props.errors[props.name] ? 'true' : undefined}
        aria-describedby={describedBy(props.errors, props.name, hintId)}
      >
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.name} text={props.errors[props.name]} />
    </div>
  );
}
