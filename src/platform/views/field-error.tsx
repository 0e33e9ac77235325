// A form field's message, linked from the field by aria-describedby="<id>-loi".
export function FieldError(props: { id: string; text?: string }) {
  return props.text ? (
    <p class="field-error" id={`${props.id}-loi`}>
      {props.text}
    </p>
  ) : null;
}
