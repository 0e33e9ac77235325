// The staff's list of events and the commemorated dates page.
import { formatDate } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import type { AnniversaryItem } from '../commemorations.js';
import { takesRegistrations, type EventView } from '../event-view.js';
import type { CommemorationRow } from '../events.tables.js';
import { eventsText, kindLabels } from '../events.vi.js';
import { whenText } from './event-parts.js';

const t = eventsText.admin;

export function EventsAdminList(props: { events: EventView[]; manages: boolean; page: number; pages: number }) {
  return (
    <section>
      <h1 class="block-title" id="su-kien-quan-tri">
        {t.listTitle}
      </h1>
      {props.manages ? (
        <p class="actions">
          <a class="button" href="/quan-tri/su-kien/moi">
            {t.newEvent}
          </a>{' '}
          <a href="/quan-tri/su-kien/ngay-ky-niem">{t.commemorations}</a>
        </p>
      ) : null}
      {props.events.length === 0 ? (
        <p class="notice">{t.none}</p>
      ) : (
        <TableFrame labelledBy="su-kien-quan-tri">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col">{t.colWhen}</th>
                <th scope="col">{t.colState}</th>
                <th scope="col">{t.colRegistered}</th>
              </tr>
            </thead>
            <tbody>
              {props.events.map((e) => (
                <tr>
                  <td>
                    {props.manages ? <a href={`/quan-tri/su-kien/${e.id}`}>{e.title}</a> : e.title}
                    {e.published ? (
                      <>
                        {' '}
                        · <a href={e.url}>{t.view}</a>
                      </>
                    ) : null}
                  </td>
                  <td>{kindLabels[e.kind]}</td>
                  <td>{whenText(e)}</td>
                  <td>{e.published ? t.published : t.draft}</td>
                  <td>
                    {takesRegistrations(e.kind) ? (
                      <a href={`/quan-tri/su-kien/${e.id}/dang-ky`}>
                        {t.registrations} (
                        {e.capacity === null ? e.registeredCount : `${e.registeredCount}/${e.capacity}`})
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination
        page={props.page}
        pages={props.pages}
        hrefFor={(n) => (n === 1 ? '/quan-tri/su-kien' : `/quan-tri/su-kien?trang=${n}`)}
      />
    </section>
  );
}

export function DeleteEventForm(props: { csrfToken: string; id: number }) {
  return (
    <form method="post" action={`/quan-tri/su-kien/${props.id}/xoa`} class="danger-zone">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <p>{t.deleteConfirm}</p>
      <button type="submit" class="button button-danger">
        {t.delete}
      </button>
    </form>
  );
}

const c = eventsText.commemorations;

function UpcomingTable(props: { csrfToken: string; items: AnniversaryItem[] }) {
  if (props.items.length === 0) return <p class="notice">{eventsText.anniversary.none}</p>;
  return (
    <TableFrame labelledBy="ky-niem-sap-toi">
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{c.colOn}</th>
            <th scope="col">{c.colName}</th>
            <th scope="col">{c.colYears}</th>
            <th scope="col">{t.colState}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((a) => (
            <tr class={a.round ? 'anniversary-round' : undefined}>
              <td>{formatDate(`${a.on}T12:00:00Z`)}</td>
              <td>{a.name}</td>
              <td>
                {a.years}
                {a.round ? ` · ${a.major ? eventsText.anniversary.major : eventsText.anniversary.round}` : ''}
              </td>
              <td>
                {a.eventId !== null ? (
                  <a href={`/quan-tri/su-kien/${a.eventId}`}>{c.made}</a>
                ) : (
                  <form method="post" action="/quan-tri/su-kien/tu-ngay-ky-niem" class="inline-form">
                    <input type="hidden" name="_csrf" value={props.csrfToken} />
                    <input type="hidden" name="key" value={a.key} />
                    <input type="hidden" name="years" value={String(a.years)} />
                    <button type="submit" class="button button-small" aria-label={c.makeEventLabel(a.years, a.name)}>
                      {c.makeEvent}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

export function CommemorationsPage(props: {
  csrfToken: string;
  anniversaries: AnniversaryItem[];
  dates: CommemorationRow[];
  values?: { name: string; date: string };
  errors?: Record<string, string>;
}) {
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{c.title}</h1>
      <p>{c.intro}</p>
      <h2 id="ky-niem-sap-toi">{c.upcoming}</h2>
      <UpcomingTable csrfToken={props.csrfToken} items={props.anniversaries} />
      <h2 id="ngay-truyen-thong">{c.listHeading}</h2>
      {props.dates.length === 0 ? (
        <p class="notice">{c.none}</p>
      ) : (
        <ul class="commemoration-list">
          {props.dates.map((d) => (
            <li>
              {formatDate(`${d.date}T12:00:00Z`)} — {d.name}{' '}
              <form method="post" action={`/quan-tri/su-kien/ngay-ky-niem/${d.id}/xoa`} class="inline-form">
                <input type="hidden" name="_csrf" value={props.csrfToken} />
                <button type="submit" class="button button-small" aria-label={c.removeLabel(d.name)}>
                  {c.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 id="them-ngay-ky-niem">{c.addHeading}</h2>
      <ErrorSummary errors={e} />
      <form method="post" action="/quan-tri/su-kien/ngay-ky-niem" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="name">{c.name}</label>
          <input
            type="text"
            id="name"
            name="name"
            value={props.values?.name ?? ''}
            aria-describedby={e.name ? 'name-hint name-loi' : 'name-hint'}
          />
          <p class="hint" id="name-hint">
            {c.nameHint}
          </p>
          <FieldError id="name" text={e.name} />
        </div>
        <div>
          <label for="date">{c.date}</label>
          <input
            type="text"
            id="date"
            name="date"
            value={props.values?.date ?? ''}
            aria-describedby={e.date ? 'date-loi' : undefined}
          />
          <FieldError id="date" text={e.date} />
        </div>
        <button type="submit" class="button">
          {c.add}
        </button>
      </form>
    </section>
  );
}
