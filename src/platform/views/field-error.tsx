// A form field's message, linked from the field by aria-describedby="<id>-loi".
export function FieldError(props: { id: string; text?: string }) {
  return props.text ? (
    <p class="field-error" id={`${props.id}-loi`}>
      {props.text}
    </p>
  ) : null;
}

/** A field's aria-describedby: its hint's id, if any, and its message's, when it has one. */
export function describedBy(
  errors: Readonly<Record<string, string | undefined>>,
  field: string,
  hint?: string,
): string | undefined {
  return [hint, errors[field] ? `${field}-loi` : undefined].filter(Boolean).join(' ') || undefined;
}
