// A book's page: outline, adding chapters and sections, writers (appointed by editors), the book's
// details, and the ways out (timeline, .docx).
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import type { OutlineNode } from '../history-books.js';
import type { BookFormValues } from '../history.schema.js';
import { historyText } from '../history.vi.js';
import { AddSectionForm, BookFields, Csrf, HISTORY_PATH, InternalNote, Outline } from './book-pages.js';

const t = historyText;

export interface BookPageProps {
  csrfToken: string;
  book: { id: number; title: string; period: string; summary: string };
  manage: boolean;
  write: boolean;
  outline: OutlineNode[];
  writers: Array<{ userId: number; name: string }>;
  candidates: Array<{ id: number; name: string }>;
  errors: Record<string, string>;
  values?: BookFormValues;
}

function Writers(props: BookPageProps) {
  const base = `${HISTORY_PATH}/${props.book.id}/nguoi-viet`;
  return (
    <section class="history-panel" aria-labelledby="writers-heading">
      <h2 id="writers-heading">{t.book.writers}</h2>
      {props.writers.length === 0 ? (
        <p>{t.book.noWriters}</p>
      ) : (
        <ul>
          {props.writers.map((w) => (
            <li>
              {w.name}
              {props.manage ? (
                <form method="post" action={`${base}/${w.userId}/xoa`} class="inline-form">
                  <Csrf token={props.csrfToken} />
                  <button
                    type="submit"
                    class="button button-small button-secondary"
                    aria-label={t.book.removeOf(w.name)}
                  >
                    {t.book.remove}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {props.manage && props.candidates.length > 0 ? (
        <form method="post" action={base} class="form" novalidate>
          <Csrf token={props.csrfToken} />
          <div>
            <label for="userId">{t.book.appointLabel}</label>
            <select id="userId" name="userId">
              {props.candidates.map((u) => (
                <option value={String(u.id)}>{u.name}</option>
              ))}
            </select>
          </div>
          <p>
            <button type="submit" class="button">
              {t.book.appoint}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}

export function BookPage(props: BookPageProps) {
  const { book } = props;
  const values = props.values ?? { title: book.title, period: book.period, summary: book.summary };
  return (
    <section>
      <h1 class="block-title">{book.title}</h1>
      <InternalNote />
      <ErrorSummary errors={props.errors} fieldIds={{ title: props.values ? 'title' : 'new-title' }} />
      {book.period ? <p>{`${t.books.period}: ${book.period}`}</p> : null}
      {book.summary ? <p>{book.summary}</p> : null}
      <p class="history-actions">
        <a class="button button-secondary" href={`${HISTORY_PATH}/${book.id}/bien-nien`}>
          {t.book.timeline}
        </a>{' '}
        <a class="button button-secondary" href={`${HISTORY_PATH}/${book.id}/xuat.docx`} aria-describedby="export-hint">
          {t.book.export}
        </a>
      </p>
      <p class="hint" id="export-hint">
        {t.book.exportHint}
      </p>
      <h2>{t.book.outline}</h2>
      {props.outline.length === 0 ? (
        <p>{t.book.emptyOutline}</p>
      ) : (
        <Outline nodes={props.outline} write={props.write} csrfToken={props.csrfToken} />
      )}
      {props.write ? (
        <AddSectionForm
          bookId={book.id}
          outline={props.outline}
          csrfToken={props.csrfToken}
          errors={props.values ? {} : props.errors}
        />
      ) : null}
      <Writers {...props} />
      {props.manage ? (
        <form method="post" action={`${HISTORY_PATH}/${book.id}`} class="form" novalidate>
          <h2>{t.bookForm.editHeading}</h2>
          <Csrf token={props.csrfToken} />
          <BookFields values={values} errors={props.values ? props.errors : {}} />
          <p>
            <button type="submit" class="button">
              {t.bookForm.save}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}

export function TimelinePage(props: {
  book: { id: number; title: string };
  entries: Array<{
    key: string;
    when: string;
    what: string;
    from: { sectionId: number; title: string } | { unit: string };
  }>;
}) {
  return (
    <section>
      <h1 class="block-title">{t.timeline.title(props.book.title)}</h1>
      <InternalNote />
      <p>
        <a href={`${HISTORY_PATH}/${props.book.id}`}>{t.sectionPage.back(props.book.title)}</a>
      </p>
      <p>{t.timeline.intro}</p>
      {props.entries.length === 0 ? (
        <p>{t.timeline.none}</p>
      ) : (
        <ol class="history-timeline">
          {props.entries.map((e) => (
            <li>
              <strong class="history-when">{e.when}</strong> <span>{e.what}</span>{' '}
              <span class="hint">
                {'sectionId' in e.from ? (
                  <a href={`${HISTORY_PATH}/muc/${e.from.sectionId}`}>{e.from.title}</a>
                ) : (
                  t.timeline.fromUnits
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
