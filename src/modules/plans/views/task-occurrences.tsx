// A recurring task's occurrences with their statuses, and an editor's confirmations: the form to
// confirm an open occurrence done with a reason, and the ones already confirmed.
import { formatDate, formatDateTime } from '../../../platform/i18n/format.js';
import type { Completion, TaskView } from '../plans.types.js';
import { quantityText } from '../task-text.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { StatusBadge } from './status-summary.js';
import { taskPagesText } from './task-pages.vi.js';

type Occurrence = TaskView['status']['occurrences'][number];

const isOpen = (o: Occurrence) => o.status === 'overdue' || o.status === 'in_progress' || o.status === 'not_due';

export function OccurrenceTable(props: { task: TaskView; occurrences: Occurrence[] }) {
  const t = props.task;
  const text = taskPagesText.occurrences;
  return (
    <section class="block">
      <h2>{text.heading}</h2>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.due}</th>
              <th scope="col">{text.status}</th>
              {t.targetQuantity !== null ? <th scope="col">{text.actual}</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.occurrences.map((o) => (
              <tr>
                <td>{formatDate(o.key)}</td>
                <td>
                  <StatusBadge status={o.status} />
                </td>
                {t.targetQuantity !== null ? <td>{quantityText(o.actual, t.targetUnit)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Shown to editors while the task has an occurrence left to confirm. */
export function CompletionForm(props: { task: TaskView; csrfToken: string; errors: Record<string, string> }) {
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
                <option value={o.key}>{text.dueOn(formatDate(o.key))}</option>
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
          ></textarea>
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
