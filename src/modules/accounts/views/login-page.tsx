import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { accountsText } from '../accounts.vi.js';
import { loginPageText } from './login-page.vi.js';

const t = accountsText.login;

/**
 * The login form. `errors` holds a message per field left empty or malformed, summed up at the top
 * with links; `error` is the one answer a wrong e-mail or password gets (which of the two is not
 * said), throttling or a busy server, and names no field. The e-mail comes back; the password never.
 */
export function LoginForm(props: {
  email?: string;
  returnTo?: string;
  errors?: Record<string, string>;
  error?: string;
}) {
  const e = props.errors ?? {};
  const described = (id: string) => (e[id] ? `${id}-loi` : undefined);
  return (
    <section class="block login-box" aria-labelledby="login-title">
      <h1 id="login-title" class="block-title">
        {t.title}
      </h1>
      {props.error ? (
        <p class="flash flash-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <ErrorSummary errors={e} title={loginPageText.refused} />
      <form method="post" action="/dang-nhap" class="form" novalidate>
        {props.returnTo ? <input type="hidden" name="tiep" value={props.returnTo} /> : null}
        <div>
          <label for="email">{t.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={props.email ?? ''}
            aria-invalid={e.email ? 'true' : undefined}
            aria-describedby={described('email')}
          />
          <FieldError id="email" text={e.email} />
        </div>
        <div>
          <label for="password">{t.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={e.password ? 'true' : undefined}
            aria-describedby={described('password')}
          />
          <FieldError id="password" text={e.password} />
        </div>
        <div>
          <button type="submit" class="button">
            {t.submit}
          </button>
        </div>
      </form>
      <p class="hint">{t.hint}</p>
    </section>
  );
}

/** GET /dang-xuat: logging out changes state, so the page only shows a button that POSTs with the token. */
export function LogoutForm(props: { email: string; csrfToken: string }) {
  return (
    <section class="block login-box">
      <h1 class="block-title">{accountsText.logout.title}</h1>
      <form method="post" action="/dang-xuat" class="form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <button type="submit" class="button">
          {accountsText.logout.submit(props.email)}
        </button>
      </form>
    </section>
  );
}
