import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import type { Category } from '../categories.service.js';
import { categoriesAdminText as t } from './categories-admin.vi.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

type Row = Category & { position: number; articles: number };

export function CategoriesList(props: { categories: Row[] }) {
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">{t.title}</h1>
        <a class="button" href="/quan-tri/chuyen-muc/moi">
          {t.add}
        </a>
      </div>
      <TableFrame labelledBy="bang-chuyen-muc">
        <table class="data-table">
          <caption class="visually-hidden" id="bang-chuyen-muc">
            {t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.position}</th>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.url}</th>
              <th scope="col">{t.columns.articles}</th>
            </tr>
          </thead>
          <tbody>
            {props.categories.map((c) => (
              <tr>
                <td>{c.position}</td>
                <td>
                  <a href={`/quan-tri/chuyen-muc/${c.id}`}>{c.name}</a>
                </td>
                <td>
                  <a href={c.url}>{c.url}</a>
                </td>
                <td>{c.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

/** The input's aria-describedby: its hint, then its error when it has one. */
export interface CategoryFormValues {
  name: string;
  description: string;
  position: string;
}

export function CategoryForm(props: {
  csrfToken: string;
  action: string;
  title: string;
  values: CategoryFormValues;
  errors?: Record<string, string>;
  deletable?: { id: number; articles: number };
}) {
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.title}</h1>
      <form method="post" action={props.action} class="form" novalidate>
        {/* The only form-wide refusal is the delete's (the category still holds articles). */}
        <ErrorSummary errors={e} title={e._form ? () => t.notDeleted : undefined} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="name">{t.name}</label>
          <input
            id="name"
            name="name"
            type="text"
            value={props.values.name}
            required
            aria-invalid={e.name ? 'true' : undefined}
            aria-describedby={describedBy(e, 'name')}
          />
          <FieldError id="name" text={e.name} />
        </div>
        <div>
          <label for="description">{t.description}</label>
          <input
            id="description"
            name="description"
            type="text"
            value={props.values.description}
            aria-invalid={e.description ? 'true' : undefined}
            aria-describedby={describedBy(e, 'description')}
          />
          <FieldError id="description" text={e.description} />
        </div>
        <div>
          <label for="position">{t.position}</label>
          <input
            id="position"
            name="position"
            type="text"
            inputmode="numeric"
            value={props.values.position}
            aria-invalid={e.position ? 'true' : undefined}
            aria-describedby={describedBy(e, 'position', 'position-hint')}
          />
          <p class="hint" id="position-hint">
            {t.positionHint}
          </p>
          <FieldError id="position" text={e.position} />
        </div>
        <div>
          <button type="submit" class="button">
            {t.save}
          </button>{' '}
          <a href="/quan-tri/chuyen-muc">{t.cancel}</a>
        </div>
      </form>
      {props.deletable ? <DeleteCategory csrfToken={props.csrfToken} {...props.deletable} /> : null}
    </section>
  );
}

/** The delete button of an empty category, or why a category holding articles cannot go. */
function DeleteCategory(props: { csrfToken: string; id: number; articles: number }) {
  return props.articles === 0 ? (
    <form method="post" action={`/quan-tri/chuyen-muc/${props.id}/xoa`} class="form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <div>
        <button type="submit" class="button button-secondary">
          {t.delete}
        </button>
      </div>
    </form>
  ) : (
    <p class="hint">{t.notDeletable(props.articles)}</p>
  );
}
