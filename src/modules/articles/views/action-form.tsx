// A one-button form that takes a step on an article (reject, unpublish, restore a revision, …).
// novalidate: a rejection's reason is checked by the server, whose message the page then shows in
// its error summary and beside the field (the browser's own bubble is easy to miss and not ours).
export function ActionForm(props: {
  csrfToken: string;
  action: string;
  label: string;
  secondary?: boolean;
  children?: unknown;
}) {
  return (
    <form method="post" action={props.action} class="form" novalidate>
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
