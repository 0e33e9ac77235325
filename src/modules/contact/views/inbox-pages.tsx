// /quan-tri/lien-he: the inbox (filters by status and department, newest first) and one message
// with its handling form. Everything a reader typed is shown as text (hono/jsx escapes it).
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import { CONTACT_STATUSES } from '../contact.schema.js';
import type { Department } from '../contact.service.js';
import type { ContactStatus } from '../contact.tables.js';
import { contactText } from '../contact.vi.js';

export const INBOX_PATH = '/quan-tri/lien-he';
export const DEPARTMENTS_PATH = '/quan-tri/lien-he/bo-phan';

const t = contactText.inbox;
const statusText: Readonly<Record<ContactStatus, string>> = contactText.status;

export interface InboxMessage {
  id: number;
  name: string;
  email: string;
  phone: string;
  message: string;
  status: ContactStatus;
  department_name: string;
  assignee_id: number | null;
  assignee_name: string | null;
  note: string;
  received_at: string;
  notified_at: string | null;
}

export interface InboxFilter {
  status?: ContactStatus;
  departmentId?: number;
}

export function inboxHref(filter: InboxFilter, page = 1): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('trang-thai', filter.status);
  if (filter.departmentId) query.set('bo-phan', String(filter.departmentId));
  if (page > 1) query.set('trang', String(page));
  const text = query.toString();
  return text ? `${INBOX_PATH}?${text}` : INBOX_PATH;
}

function StatusBadge(props: { status: ContactStatus }) {
  return <span class={`badge contact-status-${props.status}`}>{statusText[props.status]}</span>;
}

function InboxFilters(props: { filter: InboxFilter; departments: Department[] }) {
  const { filter } = props;
  return (
    <form method="get" action={INBOX_PATH} class="filter-form">
      <div>
        <label for="trang-thai">{t.status}</label>
        <select id="trang-thai" name="trang-thai">
          <option value="">{t.all}</option>
          {CONTACT_STATUSES.map((s) => (
            <option value={s} selected={filter.status === s}>
              {statusText[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="bo-phan">{t.department}</label>
        <select id="bo-phan" name="bo-phan">
          <option value="">{t.all}</option>
          {props.departments.map((d) => (
            <option value={String(d.id)} selected={filter.departmentId === d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" class="button">
          {t.filter}
        </button>
      </div>
    </form>
  );
}

export function InboxPage(props: {
  messages: InboxMessage[];
  total: number;
  page: number;
  pages: number;
  filter: InboxFilter;
  departments: Department[];
  mayManageDepartments: boolean;
}) {
  return (
    <section class="contact-inbox">
      <h1 class="block-title" id="thu-lien-he">
        {t.title}
      </h1>
      {props.mayManageDepartments ? (
        <p>
          <a class="button button-secondary" href={DEPARTMENTS_PATH}>
            {t.departments}
          </a>
        </p>
      ) : null}
      <InboxFilters filter={props.filter} departments={props.departments} />
      <p class="hint">{t.count(props.total)}</p>
      {props.messages.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <TableFrame labelledBy="thu-lien-he">
          <table class="data-table contact-table">
            <caption class="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.received}</th>
                <th scope="col">{t.from}</th>
                <th scope="col">{t.department}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.assignee}</th>
              </tr>
            </thead>
            <tbody>
              {props.messages.map((m) => (
                <tr>
                  <td>{formatDateTime(m.received_at)}</td>
                  <td>
                    <a href={`${INBOX_PATH}/${m.id}`}>{m.name}</a>
                    <br />
                    <span class="hint">{m.email}</span>
                  </td>
                  <td>{m.department_name}</td>
                  <td>
                    <StatusBadge status={m.status} />
                  </td>
                  <td>{m.assignee_name ?? t.nobody}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination page={props.page} pages={props.pages} hrefFor={(n) => inboxHref(props.filter, n)} />
    </section>
  );
}

export interface HandlingValues {
  status: string;
  assigneeId: string;
  note: string;
}

const m = contactText.message;

function HandlingForm(props: {
  id: number;
  csrfToken: string;
  values: HandlingValues;
  handlers: Array<{ id: number; name: string }>;
  errors: Record<string, string>;
}) {
  const { values: v, errors: e } = props;
  return (
    <form method="post" action={`${INBOX_PATH}/${props.id}`} class="form" novalidate>
      <h2>{m.handling}</h2>
      <ErrorSummary errors={e} />
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <div>
        <label for="status">{m.status}</label>
        <select id="status" name="status" aria-describedby={e.status ? 'status-loi' : undefined}>
          {CONTACT_STATUSES.map((s) => (
            <option value={s} selected={v.status === s}>
              {statusText[s]}
            </option>
          ))}
        </select>
        <FieldError id="status" text={e.status} />
      </div>
      <div>
        <label for="assigneeId">{m.assignee}</label>
        <select id="assigneeId" name="assigneeId" aria-describedby={e.assigneeId ? 'assigneeId-loi' : undefined}>
          <option value="">{m.nobody}</option>
          {props.handlers.map((h) => (
            <option value={String(h.id)} selected={v.assigneeId === String(h.id)}>
              {h.name}
            </option>
          ))}
        </select>
        <FieldError id="assigneeId" text={e.assigneeId} />
      </div>
      <div>
        <label for="note">{m.note}</label>
        <textarea
          id="note"
          name="note"
          rows={5}
          maxlength={4000}
          aria-describedby={['note-hint', e.note ? 'note-loi' : ''].filter(Boolean).join(' ')}
        >
          {v.note}
        </textarea>
        <p class="hint" id="note-hint">
          {m.noteHint}
        </p>
        <FieldError id="note" text={e.note} />
      </div>
      <div>
        <button type="submit" class="button">
          {m.save}
        </button>
      </div>
    </form>
  );
}

export function MessagePage(props: {
  message: InboxMessage;
  csrfToken: string;
  handlers: Array<{ id: number; name: string }>;
  values?: HandlingValues;
  errors?: Record<string, string>;
}) {
  const msg = props.message;
  const values = props.values ?? {
    status: msg.status,
    assigneeId: msg.assignee_id === null ? '' : String(msg.assignee_id),
    note: msg.note,
  };
  return (
    <section class="contact-message">
      <p>
        <a href={INBOX_PATH}>← {m.back}</a>
      </p>
      <h1 class="block-title">{m.title(msg.name)}</h1>
      <p>
        <StatusBadge status={msg.status} />
      </p>
      <dl class="contact-facts">
        <dt>{m.received}</dt>
        <dd>{formatDateTime(msg.received_at)}</dd>
        <dt>{m.email}</dt>
        <dd>
          <a href={`mailto:${encodeURIComponent(msg.email)}`}>{msg.email}</a>
        </dd>
        {msg.phone ? (
          <>
            <dt>{m.phone}</dt>
            <dd>{msg.phone}</dd>
          </>
        ) : null}
        <dt>{m.department}</dt>
        <dd>{msg.department_name}</dd>
      </dl>
      <h2>{m.body}</h2>
      <blockquote class="contact-body">{msg.message}</blockquote>
      <p class="hint">{msg.notified_at ? m.notified(formatDateTime(msg.notified_at)) : m.notNotified}</p>
      <HandlingForm
        id={msg.id}
        csrfToken={props.csrfToken}
        values={values}
        handlers={props.handlers}
        errors={props.errors ?? {}}
      />
    </section>
  );
}
