import { accountsText } from '../accounts.vi.js';

const t = accountsText.login;

export function LoginForm(props: { email?: string; returnTo?: string; error?: string }) {
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
      <form method="post" action="/dang-nhap" class="form">
        {props.returnTo ? <input type="hidden" name="tiep" value={props.returnTo} /> : null}
        <div>
          <label for="email">{t.email}</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''} />
        </div>
        <div>
          <label for="password">{t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
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
