export function LoginForm(props: { email?: string; returnTo?: string; error?: string }) {
  return (
    <section class="block login-box" aria-labelledby="login-title">
      <h1 id="login-title" class="block-title">
        Đăng nhập
      </h1>
      {props.error ? (
        <p class="flash flash-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/dang-nhap" class="form">
        {props.returnTo ? <input type="hidden" name="tiep" value={props.returnTo} /> : null}
        <div>
          <label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''} />
        </div>
        <div>
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <div>
          <button type="submit" class="button">
            Đăng nhập
          </button>
        </div>
      </form>
      <p class="hint">Chỉ dành cho cán bộ quản trị, biên tập và các đơn vị. Bạn đọc không cần đăng nhập.</p>
    </section>
  );
}
