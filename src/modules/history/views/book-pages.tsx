// /quan-tri/lich-su-dang-bo: the books one may see, the new book form, and a book's page (its
// outline with order buttons, adding a chapter or section, its writers, its details).
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import type { BookSummary, OutlineNode } from '../history-books.js';
import { type BookFormValues, SUMMARY_MAX, TITLE_MAX } from '../history.schema.js';
import { historyText } from '../history.vi.js';

const t = historyText;
export const HISTORY_PATH = '/quan-tri/lich-su-dang-bo';
export const sectionPath = (id: number) => `${HISTORY_PATH}/muc/${id}`;
type Errors = Record<string, string>;

export function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

export function InternalNote() {
  return (
    <p class="notice history-internal" role="note">
      {t.internal}
    </p>
  );
}

export function BookList(props: { books: BookSummary[]; manage: boolean }) {
  return (
    <section>
      <h1 class="block-title">{t.books.title}</h1>
      <InternalNote />
      {props.manage ? (
        <p>
          <a class="button" href={`${HISTORY_PATH}/moi`}>
            {t.books.newBook}
          </a>
        </p>
      ) : null}
      {props.books.length === 0 ? (
        <p class="notice">{props.manage ? t.books.none : t.books.noneAppointed}</p>
      ) : (
        <ul class="history-books">
          {props.books.map((b) => (
            <li>
              <h2>
                <a href={`${HISTORY_PATH}/${b.id}`}>{b.title}</a>
              </h2>
              {b.period ? <p>{`${t.books.period}: ${b.period}`}</p> : null}
              <p class="hint">{t.books.sections(b.sections, b.approved)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function BookFields(props: { values: BookFormValues; errors: Errors }) {
  const { values: v, errors: e } = props;
  return (
    <>
      <div>
        <label for="title">{t.bookForm.title}</label>
        <input
          id="title"
          name="title"
          type="text"
          value={v.title}
          required
          maxlength={TITLE_MAX}
          aria-invalid={e.title ? 'true' : undefined}
          aria-describedby={describedBy(e, 'title', 'title-hint')}
        />
        <p class="hint" id="title-hint">
          {t.bookForm.titleHint}
        </p>
        <FieldError id="title" text={e.title} />
      </div>
      <div>
        <label for="period">{t.bookForm.period}</label>
        <input
          id="period"
          name="period"
          type="text"
          value={v.period}
          maxlength={60}
          aria-describedby={describedBy(e, 'period', 'period-hint')}
        />
        <p class="hint" id="period-hint">
          {t.bookForm.periodHint}
        </p>
        <FieldError id="period" text={e.period} />
      </div>
      <div>
        <label for="summary">{t.bookForm.summary}</label>
        <textarea
          id="summary"
          name="summary"
          rows={4}
          maxlength={SUMMARY_MAX}
          aria-describedby={describedBy(e, 'summary')}
        >
          {v.summary}
        </textarea>
        <FieldError id="summary" text={e.summary} />
      </div>
    </>
  );
}

export function NewBookForm(props: { csrfToken: string; values: BookFormValues; errors: Errors }) {
  return (
    <section>
      <h1 class="block-title">{t.bookForm.newTitle}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={HISTORY_PATH} class="form" novalidate>
        <Csrf token={props.csrfToken} />
        <BookFields values={props.values} errors={props.errors} />
        <p>
          <button type="submit" class="button">
            {t.bookForm.create}
          </button>
        </p>
      </form>
    </section>
  );
}

function MoveButtons(props: { node: OutlineNode; csrfToken: string }) {
  const { node } = props;
  const button = (direction: 'up' | 'down', label: string, text: string) => (
    <form method="post" action={`${sectionPath(node.id)}/di-chuyen`} class="inline-form">
      <Csrf token={props.csrfToken} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" class="button button-small button-secondary" aria-label={label}>
        {text}
      </button>
    </form>
  );
  return (
    <span class="history-move">
      {button('up', t.book.moveUp(node.title), t.book.up)}
      {button('down', t.book.moveDown(node.title), t.book.down)}
    </span>
  );
}

export function Outline(props: { nodes: OutlineNode[]; write: boolean; csrfToken: string }) {
  return (
    <ol class="history-outline">
      {props.nodes.map((node) => (
        <li>
          <a href={sectionPath(node.id)}>{node.title}</a>{' '}
          <span class={`badge history-status-${node.status}`}>{node.statusLabel}</span>
          {node.articleUrl ? (
            <>
              {' '}
              <a href={node.articleUrl}>{t.book.published}</a>
            </>
          ) : null}
          {props.write ? <MoveButtons node={node} csrfToken={props.csrfToken} /> : null}
          {node.children.length > 0 ? (
            <Outline nodes={node.children} write={props.write} csrfToken={props.csrfToken} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Every node as an option of "Thuộc", indented by depth. */
function parentOptions(nodes: OutlineNode[], depth = 0): Array<{ id: number; label: string }> {
  return nodes.flatMap((n) => [
    { id: n.id, label: `${'— '.repeat(depth)}${n.title}` },
    ...parentOptions(n.children, depth + 1),
  ]);
}

export function AddSectionForm(props: { bookId: number; outline: OutlineNode[]; csrfToken: string; errors: Errors }) {
  const e = props.errors;
  return (
    <form method="post" action={`${HISTORY_PATH}/${props.bookId}/muc`} class="form" novalidate>
      <h2>{t.book.addSection}</h2>
      <Csrf token={props.csrfToken} />
      <div>
        <label for="new-title">{t.book.newTitle}</label>
        <input
          id="new-title"
          name="title"
          type="text"
          required
          maxlength={TITLE_MAX}
          aria-invalid={e.title ? 'true' : undefined}
          aria-describedby={describedBy(e, 'title')}
        />
        <FieldError id="title" text={e.title} />
      </div>
      <div>
        <label for="parentId">{t.book.parent}</label>
        <select id="parentId" name="parentId" aria-describedby={describedBy(e, 'parentId')}>
          <option value="">{t.book.topLevel}</option>
          {parentOptions(props.outline).map((o) => (
            <option value={String(o.id)}>{o.label}</option>
          ))}
        </select>
        <FieldError id="parentId" text={e.parentId} />
      </div>
      <p>
        <button type="submit" class="button">
          {t.book.add}
        </button>
      </p>
    </form>
  );
}
