// /quan-tri/lien-he/bo-phan: the departments readers write to, and the form that adds or edits one.
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import type { DepartmentFormValues } from '../contact.schema.js';
import type { Department } from '../contact.service.js';
import { contactText } from '../contact.vi.js';
import { DEPARTMENTS_PATH, INBOX_PATH } from './inbox-pages.js';

const t = contactText.departments;

export function DepartmentsPage(props: { departments: Department[] }) {
  return (
    <section>
      <p>
        <a href={INBOX_PATH}>← {t.back}</a>
      </p>
      <h1 class="block-title" id="bo-phan-nhan-thu">
        {t.title}
      </h1>
      <p class="hint">{t.intro}</p>
      <p>
        <a class="button" href={`${DEPARTMENTS_PATH}/moi`}>
          {t.add}
        </a>
      </p>
      {props.departments.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <TableFrame labelledBy="bo-phan-nhan-thu">
          <table class="data-table contact-table">
            <caption class="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.position}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.active}</th>
              </tr>
            </thead>
            <tbody>
              {props.departments.map((d) => (
                <tr>
                  <td>{d.position}</td>
                  <td>
                    <a href={`${DEPARTMENTS_PATH}/${d.id}`}>{d.name}</a>
                  </td>
                  <td>{d.email}</td>
                  <td>{d.active ? t.yes : t.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

export const emptyDepartmentForm: DepartmentFormValues = { name: '', email: '', position: '0', active: '1' };

export function DepartmentForm(props: {
  csrfToken: string;
  title: string;
  action: string;
  values: DepartmentFormValues;
  errors?: Record<string, string>;
}) {
  const e = props.errors ?? {};
  const v = props.values;
  return (
    <section>
      <h1 class="block-title">{props.title}</h1>
      <form method="post" action={props.action} class="form" novalidate>
        <ErrorSummary errors={e} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="name">{t.name}</label>
          <input
            id="name"
            name="name"
            type="text"
            value={v.name}
            required
            maxlength={120}
            aria-describedby={describedBy(e, 'name')}
          />
          <FieldError id="name" text={e.name} />
        </div>
        <div>
          <label for="email">{t.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            value={v.email}
            required
            maxlength={254}
            aria-describedby={describedBy(e, 'email')}
          />
          <FieldError id="email" text={e.email} />
        </div>
        <div>
          <label for="position">{t.position}</label>
          <input
            id="position"
            name="position"
            type="text"
            inputmode="numeric"
            value={v.position}
            maxlength={4}
            aria-describedby={describedBy(e, 'position', 'position-hint')}
          />
          <p class="hint" id="position-hint">
            {t.positionHint}
          </p>
          <FieldError id="position" text={e.position} />
        </div>
        <div class="checkbox">
          <input id="active" name="active" type="checkbox" value="1" checked={v.active === '1'} />
          <label for="active">{t.activeLabel}</label>
        </div>
        <div>
          <button type="submit" class="button">
            {t.save}
          </button>{' '}
          <a href={DEPARTMENTS_PATH}>{t.cancel}</a>
        </div>
      </form>
    </section>
  );
}
