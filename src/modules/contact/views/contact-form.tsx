// /lien-he: the site's contact details (given by the site module) and the form. The form has no
// CSRF token (readers have no session): a signed issue time (form-stamp.ts) and a trap field that
// people never see or reach take its place, with the sender limit and the body cap.
import type { Child } from 'hono/jsx';
import { vi } from '../../../platform/i18n/vi.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import type { ContactFormValues } from '../contact.schema.js';
import type { Department } from '../contact.service.js';
import { contactText, MESSAGE_MAX } from '../contact.vi.js';

const t = contactText.form;

export const TRAP_FIELD = 'website';
export const STAMP_FIELD = 'stamp';

export const emptyContactForm: ContactFormValues = { name: '', email: '', phone: '', departmentId: '', message: '' };

type Errors = Record<string, string>;

function TextField(props: {
  field: 'name' | 'email' | 'phone';
  label: string;
  type: 'text' | 'email' | 'tel';
  autocomplete: string;
  maxlength: number;
  required?: boolean;
  hint?: string;
  values: ContactFormValues;
  errors: Errors;
}) {
  const { field, errors } = props;
  const hintId = props.hint ? `${field}-hint` : undefined;
  return (
    <div>
      <label for={field}>{props.label}</label>
      <input
        id={field}
        name={field}
        type={props.type}
        value={props.values[field]}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        required={props.required}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(errors, field, hintId)}
      />
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={field} text={errors[field]} />
    </div>
  );
}

function DepartmentField(props: { departments: Department[]; values: ContactFormValues; errors: Errors }) {
  const { errors } = props;
  return (
    <div>
      <label for="departmentId">{t.department}</label>
      <select
        id="departmentId"
        name="departmentId"
        required
        aria-invalid={errors.departmentId ? 'true' : undefined}
        aria-describedby={describedBy(errors, 'departmentId')}
      >
        <option value="">{t.chooseDepartment}</option>
        {props.departments.map((d) => (
          <option value={String(d.id)} selected={String(d.id) === props.values.departmentId}>
            {d.name}
          </option>
        ))}
      </select>
      <FieldError id="departmentId" text={errors.departmentId} />
    </div>
  );
}

/** Off screen, out of the tab order and hidden from screen readers: only a bot fills it in. */
function TrapField() {
  return (
    <div class="contact-trap" aria-hidden="true">
      <label for={TRAP_FIELD}>{t.trap}</label>
      <input id={TRAP_FIELD} name={TRAP_FIELD} type="text" value="" tabindex={-1} autocomplete="off" />
    </div>
  );
}

export function ContactForm(props: {
  departments: Department[];
  stamp: string;
  values: ContactFormValues;
  errors?: Errors;
}) {
  const errors = props.errors ?? {};
  const v = props.values;
  if (props.departments.length === 0) return <p class="contact-closed">{t.closed}</p>;
  return (
    <form method="post" action="/lien-he" class="form contact-form" novalidate>
      <ErrorSummary errors={errors} title={t.notSent} />
      <p class="hint">{t.intro}</p>
      <input type="hidden" name={STAMP_FIELD} value={props.stamp} />
      <TextField
        field="name"
        label={t.name}
        type="text"
        autocomplete="name"
        maxlength={100}
        required
        values={v}
        errors={errors}
      />
      <TextField
        field="email"
        label={t.email}
        type="email"
        autocomplete="email"
        maxlength={254}
        required
        values={v}
        errors={errors}
      />
      <TextField
        field="phone"
        label={t.phone}
        type="tel"
        autocomplete="tel"
        maxlength={24}
        hint={t.phoneHint}
        values={v}
        errors={errors}
      />
      <DepartmentField departments={props.departments} values={v} errors={errors} />
      <div>
        <label for="message">{t.message}</label>
        <textarea
          id="message"
          name="message"
          rows={8}
          maxlength={MESSAGE_MAX}
          required
          aria-invalid={errors.message ? 'true' : undefined}
          aria-describedby={describedBy(errors, 'message', 'message-hint')}
        >
          {v.message}
        </textarea>
        <p class="hint" id="message-hint">
          {t.messageHint}
        </p>
        <FieldError id="message" text={errors.message} />
      </div>
      <TrapField />
      <p class="hint">{t.privacy}</p>
      <div>
        <button type="submit" class="button">
          {t.send}
        </button>
      </div>
    </form>
  );
}

/** The site's contact details (the site module's block, with the page's heading), then the form. */
export function ContactPageBody(props: { details: Child; form: Child }) {
  return (
    <>
      {props.details}
      <section class="block contact-form-section" aria-labelledby="gui-thu">
        <h2 id="gui-thu">{t.heading}</h2>
        {props.form}
      </section>
    </>
  );
}

export function ThanksBody() {
  const th = contactText.thanks;
  return (
    <section class="block article contact-thanks">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › <a href="/lien-he">{contactText.page.title}</a> › {th.title}
      </p>
      <h1>{th.heading}</h1>
      <p>{th.body}</p>
      <p>
        <a href="/lien-he">{th.again}</a> · <a href="/">{vi.ui.backHome}</a>
      </p>
    </section>
  );
}

export function ThrottledBody(props: { minutes: number }) {
  return (
    <section class="block error-page">
      <h1>{contactText.throttled.title}</h1>
      <p>{contactText.throttled.body(props.minutes)}</p>
      <p>
        <a href="/">{vi.ui.backHome}</a>
      </p>
    </section>
  );
}
