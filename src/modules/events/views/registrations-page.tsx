// /quan-tri/su-kien/:id/dang-ky: counts per unit, the names (a unit reporter sees their unit's),
// the form to register one more, and for the organiser attendance, results and "held".
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import type { EventView } from '../event-view.js';
import { eventsText } from '../events.vi.js';
import type { Choice } from './event-form.js';
import { whenText } from './event-parts.js';

const t = eventsText.registration;

export interface RegistrationLine {
  id: number;
  unitId: number;
  unit: string;
  name: string;
  positionTitle: string;
  attended: boolean | null;
  result: string;
}

interface Props {
  csrfToken: string;
  event: EventView;
  closed: boolean;
  manages: boolean;
  /** The unit reporter's own unit, named; undefined for an organiser (who picks one). */
  ownUnit: string | undefined;
  units: Choice[];
  perUnit: Array<{ unit: string; count: number }>;
  registrations: RegistrationLine[];
  values?: { name: string; positionTitle: string; unitId: string };
  errors?: Record<string, string>;
}

function AddForm(props: Props) {
  const e = props.errors ?? {};
  const v = props.values ?? { name: '', positionTitle: '', unitId: '' };
  const full = props.event.capacity !== null && props.event.registeredCount >= props.event.capacity;
  if (props.closed) return <p class="notice">{t.closed}</p>;
  return (
    <>
      <h2 id="dang-ky-them">{t.addHeading}</h2>
      <ErrorSummary errors={e} />
      {full ? (
        <p class="notice">{eventsText.registration.seats(props.event.registeredCount, props.event.capacity)}</p>
      ) : null}
      <form method="post" action={`/quan-tri/su-kien/${props.event.id}/dang-ky`} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {props.ownUnit !== undefined ? (
          <p>{t.forUnit(props.ownUnit)}</p>
        ) : (
          <div>
            <label for="unitId">{t.unit}</label>
            <select id="unitId" name="unitId" aria-describedby={e.unitId ? 'unitId-loi' : undefined}>
              {props.units.map((u) => (
                <option value={String(u.id)} selected={v.unitId === String(u.id)}>
                  {u.label}
                </option>
              ))}
            </select>
            <FieldError id="unitId" text={e.unitId} />
          </div>
        )}
        <div>
          <label for="name">{t.name}</label>
          <input
            type="text"
            id="name"
            name="name"
            value={v.name}
            required
            aria-describedby={e.name ? 'name-loi' : undefined}
          />
          <FieldError id="name" text={e.name} />
        </div>
        <div>
          <label for="positionTitle">{t.position}</label>
          <input
            type="text"
            id="positionTitle"
            name="positionTitle"
            value={v.positionTitle}
            aria-describedby={e.positionTitle ? 'positionTitle-loi' : undefined}
          />
          <FieldError id="positionTitle" text={e.positionTitle} />
        </div>
        <button type="submit" class="button">
          {t.add}
        </button>
      </form>
    </>
  );
}

function Names(props: Props) {
  if (props.registrations.length === 0) return <p class="notice">{t.none}</p>;
  const mayRemove = props.manages || !props.closed;
  return (
    <TableFrame labelledBy="danh-sach-dang-ky">
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colPosition}</th>
            <th scope="col">{t.colUnit}</th>
            <th scope="col">{t.colAttended}</th>
            <th scope="col">{t.colResult}</th>
            {mayRemove ? <th scope="col">{t.remove}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.registrations.map((r) => (
            <tr>
              <td>{r.name}</td>
              <td>{r.positionTitle}</td>
              <td>{r.unit}</td>
              <td>{r.attended === null ? '—' : r.attended ? '✓' : '✗'}</td>
              <td>{r.result}</td>
              {mayRemove ? (
                <td>
                  <form
                    method="post"
                    action={`/quan-tri/su-kien/${props.event.id}/dang-ky/${r.id}/xoa`}
                    class="inline-form"
                  >
                    <input type="hidden" name="_csrf" value={props.csrfToken} />
                    <button type="submit" class="button button-small" aria-label={t.removeLabel(r.name)}>
                      {t.remove}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function ResultsForm(props: Props) {
  if (!props.manages || props.registrations.length === 0) return null;
  return (
    <>
      <h2 id="ket-qua">{t.resultsHeading}</h2>
      <form method="post" action={`/quan-tri/su-kien/${props.event.id}/ket-qua`} class="form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {props.registrations.map((r) => (
          <fieldset class="result-row">
            <legend>{r.name}</legend>
            <div class="checkbox">
              <input
                type="checkbox"
                id={`attended-${r.id}`}
                name={`attended-${r.id}`}
                value="1"
                checked={r.attended === true}
              />
              <label for={`attended-${r.id}`}>{t.attendedLabel(r.name)}</label>
            </div>
            <label for={`result-${r.id}`}>{t.resultLabel(r.name)}</label>
            <input type="text" id={`result-${r.id}`} name={`result-${r.id}`} value={r.result} />
          </fieldset>
        ))}
        <div class="checkbox">
          <input type="checkbox" id="held" name="held" value="1" checked={props.event.heldAt !== null} />
          <label for="held">{t.markHeld}</label>
        </div>
        <button type="submit" class="button">
          {t.saveResults}
        </button>
      </form>
    </>
  );
}

export function RegistrationsPage(props: Props) {
  return (
    <section>
      <h1 class="block-title">{t.title(props.event.title)}</h1>
      <p class="meta">{whenText(props.event)}</p>
      <p>{t.seats(props.event.registeredCount, props.event.capacity)}</p>
      {props.perUnit.length > 0 ? (
        <>
          <h2 id="theo-don-vi">{t.byUnit}</h2>
          <ul>
            {props.perUnit.map((u) => (
              <li>
                {u.unit}: {u.count}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="danh-sach-dang-ky">{t.listHeading}</h2>
      <Names {...props} />
      <AddForm {...props} />
      <ResultsForm {...props} />
    </section>
  );
}
