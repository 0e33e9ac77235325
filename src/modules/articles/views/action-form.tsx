// A one-button form that takes a step on an article (reject, unpublish, restore a revision, …).
export function ActionForm(props: {
  csrfToken: string;
  action: string;
  label: string;
  secondary?: boolean;
  children?: unknown;
}) {
  return (
    <form method="post" action={props.action} class="form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {props.children as never}
      <div>
        <button type="submit" class={props.secondary ? 'button button-secondary' : 'button'}>
          {props.label}
        </button>
      </div>
    </form>
  );
}
