// A recurring task's occurrences with their statuses (counted, filtered, paged), and an editor's confirmations: the form to
// confirm an open occurrence done with a reason, and the ones already confirmed.
import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { Pagination, pageCount } from '../../../platform/views/pagination.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import type { Completion, TaskView } from '../plans.types.js';
import { quantityText } from '../task-text.js';
import { OCCURRENCE_FILTERS, type OccurrenceFilter, type OccurrenceListing } from './occurrence-filter.js';
import { StatusBadge } from './status-summary.js';
import { taskPagesText } from './task-pages.vi.js';

type Occurrence = TaskView['status']['occurrences'][number];

const isOpen = (o: Occurrence) => o.status === 'overdue' || o.status === 'in_progress' || o.status === 'not_due';

/** The address of a task's page with its filter and pages (the defaults left out). */
export function taskPageHref(
  taskId: number,
  q: { filter: OccurrenceFilter; occurrencePage: number; reportPage: number },
  anchor: string,
) {
  const params = new URLSearchParams();
  if (q.filter !== 'tat-ca') params.set('ky', q.filter);
  if (q.occurrencePage > 1) params.set('trang-ky', String(q.occurrencePage));
  if (q.reportPage > 1) params.set('trang', String(q.reportPage));
  const s = params.toString();
  return `/quan-tri/nhiem-vu/${taskId}${s ? `?${s}` : ''}#${anchor}`;
}

type PageQuery = Parameters<typeof taskPageHref>[1];

function OccurrenceFilters(props: { taskId: number; query: PageQuery; counts: OccurrenceListing['counts'] }) {
  const text = taskPagesText.occurrences;
  return (
    <nav aria-label={text.filterNav} class="status-tabs">
      <ul>
        {OCCURRENCE_FILTERS.map((f) => (
          <li>
            <a
              href={taskPageHref(props.taskId, { ...props.query, filter: f, occurrencePage: 1 }, 'cac-ky')}
              aria-current={props.query.filter === f ? 'page' : undefined}
            >
              {text.filters[f]} ({formatNumber(props.counts[f])})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every occurrence counted by state, the missed ones first and a link to list only them. */
function OccurrenceSummary(props: { taskId: number; query: PageQuery; counts: OccurrenceListing['counts'] }) {
  const { counts } = props;
  const text = taskPagesText.occurrences;
  return (
    <p class="occurrence-summary">
      {counts['bo-lo'] > 0 ? (
        <a
          class="missed-link"
          href={taskPageHref(props.taskId, { ...props.query, filter: 'bo-lo', occurrencePage: 1 }, 'cac-ky')}
        >
          {text.missedLink(formatNumber(counts['bo-lo']))}
        </a>
      ) : (
        <strong>{text.noneMissed}</strong>
      )}{' '}
      {text.summary({
        all: formatNumber(counts['tat-ca']),
        missed: formatNumber(counts['bo-lo']),
        late: formatNumber(counts['nop-muon']),
        done: formatNumber(counts['da-xong']),
        open: formatNumber(counts.open),
      })}
    </p>
  );
}

/** A recurring task's occurrences: counted, filtered by state, a page at a time, newest first. */
export function OccurrenceTable(props: {
  task: TaskView;
  listing: OccurrenceListing;
  query: PageQuery;
  perPage: number;
}) {
  const { task: t, listing, query } = props;
  const text = taskPagesText.occurrences;
  const pages = pageCount(listing.matching, props.perPage);
  return (
    <section class="block" aria-labelledby="cac-ky">
      <h2 id="cac-ky">{text.heading}</h2>
      <OccurrenceSummary taskId={t.id} query={query} counts={listing.counts} />
      <OccurrenceFilters taskId={t.id} query={query} counts={listing.counts} />
      {listing.shown.length === 0 ? (
        <p>{text.noneOfFilter}</p>
      ) : (
        <TableFrame labelledBy="cac-ky">
          <table class="data-table compact occurrence-table">
            <caption class="visually-hidden">
              {text.caption(text.filters[query.filter], query.occurrencePage, pages)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{text.due}</th>
                <th scope="col">{text.status}</th>
                {t.targetQuantity !== null ? <th scope="col">{text.actual}</th> : null}
              </tr>
            </thead>
            <tbody>
              {listing.shown.map((o) => (
                <tr class={`status-row-${o.status}`}>
                  <td>{formatDate(o.key)}</td>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                  {t.targetQuantity !== null ? <td>{quantityText(o.actual, t.targetUnit)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination
        page={query.occurrencePage}
        pages={pages}
        hrefFor={(p) => taskPageHref(t.id, { ...query, occurrencePage: p }, 'cac-ky')}
      />
    </section>
  );
}

/** Shown to editors while the task has an occurrence left to confirm. */
export function CompletionForm(props: {
  task: TaskView;
  csrfToken: string;
  errors: Record<string, string>;
  values?: { occurrenceKey: string; reason: string };
}) {
  const t = props.task;
  const text = taskPagesText.completion;
  if (!t.status.occurrences.some(isOpen)) return null;
  return (
    <section class="block">
      <h2>{text.heading}</h2>
      <form method="post" action={`/quan-tri/nhiem-vu/${t.id}/hoan-thanh`} class="form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="occurrenceKey">{text.occurrence}</label>
          <select id="occurrenceKey" name="occurrenceKey">
            {t.status.occurrences
              .filter(isOpen)
              .slice(0, 60)
              .map((o) => (
                <option value={o.key} selected={props.values?.occurrenceKey === o.key}>
                  {text.dueOn(formatDate(o.key))}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label for="reason">{text.reason}</label>
          <textarea
            id="reason"
            name="reason"
            rows={2}
            required
            aria-describedby={props.errors.reason ? 'reason-loi' : undefined}
          >
            {props.values?.reason ?? ''}
          </textarea>
          <FieldError id="reason" text={props.errors.reason} />
        </div>
        <div>
          <button type="submit" class="button">
            {text.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

export function CompletionList(props: { completions: Completion[] }) {
  return (
    <section class="block">
      <h2>{taskPagesText.completion.listHeading}</h2>
      <ul>
        {props.completions.map((c) => (
          <li>
            {taskPagesText.completion.confirmed({
              due: formatDate(c.occurrenceKey),
              by: c.byName,
              at: formatDateTime(c.at),
              reason: c.reason,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
