// The pages of two-factor login: the code step of the login, the user's own page (the QR code and
// the secret to turn it on, or its state and the form to turn it off), the recovery codes shown
// once, the admin's choice of roles, and the block on a user's page with the reset button.
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { ROLES, roleLabels, type Role } from '../roles.js';
import { twoFactorText } from '../two-factor.vi.js';

const t = twoFactorText;

/** One code field ("code"), its hint and its error. */
function CodeField(props: { name?: string; label: string; hint?: string; error?: string; recovery?: boolean }) {
  // The field's name is its id, so the error summary's link (#name) lands on it.
  const name = props.name ?? 'code';
  const describedBy = [props.hint ? `${name}-hint` : '', props.error ? `${name}-loi` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label for={name}>{props.label}</label>
      <input
        id={name}
        name={name}
        type="text"
        // A recovery code has letters: the numeric keyboard only where six digits are all it takes.
        inputmode={props.recovery ? undefined : 'numeric'}
        autocomplete="one-time-code"
        maxlength={40}
        required
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.hint ? (
        <p class="hint" id={`${name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={name} text={props.error} />
    </div>
  );
}

/** /dang-nhap/ma-xac-thuc: the code after a right password. */
export function SecondStepForm(props: { returnTo: string; error?: string; errors?: Record<string, string> }) {
  return (
    <section class="block login-box" aria-labelledby="code-title">
      <h1 id="code-title" class="block-title">
        {t.login.title}
      </h1>
      {props.error ? (
        <p class="flash flash-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <ErrorSummary errors={props.errors} />
      <p>{t.login.intro}</p>
      <form method="post" action="/dang-nhap/ma-xac-thuc" class="form" novalidate>
        <input type="hidden" name="tiep" value={props.returnTo} />
        <CodeField label={t.login.code} hint={t.login.codeHint} error={props.errors?.code} recovery />
        <div>
          <button type="submit" class="button">
            {t.login.submit}
          </button>
        </div>
      </form>
      <p>
        <a href="/dang-nhap">{t.login.restart}</a>
      </p>
    </section>
  );
}

/** The pending login is over: say so, and link back to the password form. */
export function SecondStepExpired() {
  return (
    <section class="block login-box" aria-labelledby="code-title">
      <h1 id="code-title" class="block-title">
        {t.login.title}
      </h1>
      <p class="flash flash-error" role="alert">
        {t.login.expired}
      </p>
      <p>
        <a class="button" href="/dang-nhap">
          {t.login.restart}
        </a>
      </p>
    </section>
  );
}

export interface Enrolment {
  email: string;
  secret: string;
  qr: string;
}

/** Turning it on: the QR code, the secret in text, one code to confirm. */
function EnrolForm(props: { enrolment: Enrolment; csrfToken: string; error?: string }) {
  const { enrolment } = props;
  return (
    <>
      <p>{t.own.offIntro}</p>
      <p>{t.own.step1}</p>
      <p>
        <img class="qr-code" src={enrolment.qr} alt={t.own.qrAlt(enrolment.email)} width={232} height={232} />
      </p>
      <p>
        {t.own.step2} <code class="secret">{enrolment.secret}</code>
      </p>
      <p>{t.own.step3}</p>
      <form method="post" action="/quan-tri/tai-khoan/xac-thuc-hai-yeu-to/bat" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <CodeField label={t.own.code} error={props.error} />
        <div>
          <button type="submit" class="button">
            {t.own.turnOn}
          </button>
        </div>
      </form>
    </>
  );
}

/** It is on: since when, the recovery codes left, and turning it off (unless a role requires it). */
function EnabledState(props: {
  enabledAt: string;
  unusedRecoveryCodes: number;
  required: boolean;
  csrfToken: string;
  error?: string;
  renewError?: string;
}) {
  return (
    <>
      <p>{t.own.onSince(formatDateTime(props.enabledAt))}</p>
      <p>
        {t.own.recoveryLeft(props.unusedRecoveryCodes)} {props.unusedRecoveryCodes <= 3 ? t.own.recoveryLow : ''}
      </p>
      <h2>{t.own.renewTitle}</h2>
      <form method="post" action="/quan-tri/tai-khoan/xac-thuc-hai-yeu-to/ma-du-phong" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <CodeField name="renewCode" label={t.own.code} hint={t.own.renewHint} error={props.renewError} />
        <div>
          <button type="submit" class="button button-secondary">
            {t.own.renew}
          </button>
        </div>
      </form>
      <h2>{t.own.offTitle}</h2>
      {props.required ? (
        <p>{t.own.offRequired}</p>
      ) : (
        <form method="post" action="/quan-tri/tai-khoan/xac-thuc-hai-yeu-to/tat" class="form" novalidate>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <CodeField label={t.own.code} hint={t.own.offHint} error={props.error} />
          <div>
            <button type="submit" class="button button-secondary">
              {t.own.turnOff}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

export function OwnTwoFactorPage(props: {
  csrfToken: string;
  /** Set while it is off: what to scan. */
  enrolment?: Enrolment;
  enabled?: { enabledAt: string; unusedRecoveryCodes: number };
  /** A role of theirs requires it (and they are not a demo account). */
  required: boolean;
  exempt: boolean;
  errors?: Record<string, string>;
}) {
  return (
    <section>
      <h1 class="block-title">{t.own.title}</h1>
      <ErrorSummary errors={props.errors} />
      {props.required && props.enrolment ? (
        <p class="notice" role="status">
          {t.own.required}
        </p>
      ) : null}
      {props.exempt ? <p class="notice">{t.own.exempt}</p> : null}
      {props.enabled ? (
        <EnabledState
          {...props.enabled}
          required={props.required}
          csrfToken={props.csrfToken}
          error={props.errors?.code}
          renewError={props.errors?.renewCode}
        />
      ) : props.enrolment ? (
        <EnrolForm enrolment={props.enrolment} csrfToken={props.csrfToken} error={props.errors?.code} />
      ) : null}
    </section>
  );
}

/** The ten recovery codes, in the answer to the code that turned it on: never shown again. */
export function RecoveryCodesPage(props: { codes: string[]; renewed?: boolean }) {
  return (
    <section>
      <h1 class="block-title">{props.renewed ? t.recovery.renewedTitle : t.recovery.title}</h1>
      <p class="notice" role="alert">
        {props.renewed ? t.recovery.renewedIntro : t.recovery.intro}
      </p>
      <h2 id="recovery-codes">{t.recovery.listLabel}</h2>
      <ol class="recovery-codes" aria-labelledby="recovery-codes">
        {props.codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <a class="button" href="/quan-tri">
          {t.recovery.done}
        </a>
      </p>
    </section>
  );
}

/** /quan-tri/xac-thuc-hai-yeu-to: the roles that must use it. */
export function TwoFactorPolicyPage(props: { required: readonly Role[]; csrfToken: string; error?: string }) {
  return (
    <section>
      <h1 class="block-title">{t.policy.title}</h1>
      <ErrorSummary errors={props.error ? { roles: props.error } : undefined} />
      <p>{t.policy.intro}</p>
      <form method="post" action="/quan-tri/xac-thuc-hai-yeu-to" class="form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <fieldset>
          <legend>{t.policy.legend}</legend>
          {ROLES.map((role, index) => (
            <label class="checkbox">
              <input
                id={index === 0 ? 'roles' : undefined}
                type="checkbox"
                name="roles"
                value={role}
                checked={props.required.includes(role)}
              />{' '}
              {roleLabels[role]}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" class="button">
            {t.policy.save}
          </button>
        </div>
      </form>
    </section>
  );
}

/** On a user's page (the admin's): whether it is on, and the reset. */
export function UserTwoFactorBlock(props: { userId: number; enabledAt: string | null; csrfToken: string }) {
  return (
    <>
      <h2>{t.admin.heading}</h2>
      <p>{props.enabledAt ? t.admin.on(formatDateTime(props.enabledAt)) : t.admin.off}</p>
      {props.enabledAt ? (
        <form method="post" action={`/quan-tri/nguoi-dung/${props.userId}/xac-thuc-hai-yeu-to/dat-lai`} class="form">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <p class="hint">{t.admin.resetHint}</p>
          <div>
            <button type="submit" class="button button-secondary">
              {t.admin.reset}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
