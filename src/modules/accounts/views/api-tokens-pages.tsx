import { formatDateTime } from '../../../platform/i18n/format.js';
import type { ApiTokenExpiry, ApiTokenStatus, ApiTokenView } from '../api-tokens.js';

const statusLabels: Record<ApiTokenStatus, string> = { active: 'Đang dùng', expired: 'Hết hạn', revoked: 'Đã thu hồi' };

const expiryLabels: Record<ApiTokenExpiry, string> = {
  '30': '30 ngày',
  '90': '90 ngày',
  '365': '365 ngày',
  never: 'Không hết hạn',
};

function TokensTable(props: {
  tokens: ApiTokenView[];
  csrfToken: string;
  showOwner: boolean;
  caption: string;
  returnTo: string;
}) {
  if (props.tokens.length === 0) return <p class="notice">Chưa có mã API nào.</p>;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.showOwner ? <th scope="col">Người dùng</th> : null}
            <th scope="col">Tên</th>
            <th scope="col">Mã bắt đầu bằng</th>
            <th scope="col">Tạo lúc</th>
            <th scope="col">Hết hạn</th>
            <th scope="col">Dùng gần nhất</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((t) => (
            <tr>
              {props.showOwner ? (
                <td>
                  {t.ownerName}
                  <br />
                  <small>{t.ownerEmail}</small>
                </td>
              ) : null}
              <td>{t.name}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td>{formatDateTime(t.createdAt)}</td>
              <td>{t.expiresAt ? formatDateTime(t.expiresAt) : 'Không hết hạn'}</td>
              <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Chưa dùng'}</td>
              <td>
                {t.status === 'active' ? (
                  <span class="badge">{statusLabels[t.status]}</span>
                ) : (
                  <span class="badge badge-off">{statusLabels[t.status]}</span>
                )}
              </td>
              <td>
                {t.status === 'revoked' ? null : (
                  <form method="post" action={`/quan-tri/ma-api/${t.id}/thu-hoi`}>
                    <input type="hidden" name="_csrf" value={props.csrfToken} />
                    <input type="hidden" name="tiep" value={props.returnTo} />
                    <button
                      type="submit"
                      class="button button-secondary"
                      aria-label={`Thu hồi mã API “${t.name}” (${t.prefix}…)`}
                    >
                      Thu hồi
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function NewTokenForm(props: {
  csrfToken: string;
  values?: { name?: string; expiry?: string };
  errors?: Record<string, string>;
}) {
  const v = props.values ?? {};
  const e = props.errors ?? {};
  const expiry = v.expiry ?? '90';
  return (
    <form method="post" action="/quan-tri/ma-api" class="form" novalidate>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <div>
        <label for="token-name">Tên (dùng vào việc gì)</label>
        <input
          id="token-name"
          name="name"
          type="text"
          maxlength={100}
          value={v.name ?? ''}
          required
          aria-describedby={e.name ? 'token-name-error' : undefined}
        />
        {e.name ? (
          <p class="field-error" id="token-name-error">
            {e.name}
          </p>
        ) : null}
      </div>
      <div>
        <label for="token-expiry">Thời hạn</label>
        <select id="token-expiry" name="expiry" aria-describedby={e.expiry ? 'token-expiry-error' : undefined}>
          {(Object.keys(expiryLabels) as ApiTokenExpiry[]).map((value) => (
            <option value={value} selected={expiry === value}>
              {expiryLabels[value]}
            </option>
          ))}
        </select>
        {e.expiry ? (
          <p class="field-error" id="token-expiry-error">
            {e.expiry}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" class="button">
          Tạo mã API
        </button>
      </div>
    </form>
  );
}

export function ApiTokensPage(props: {
  own: ApiTokenView[];
  csrfToken: string;
  /** Everyone's tokens, for an admin who asked for them. */
  all?: ApiTokenView[];
  canSeeAll: boolean;
  values?: { name?: string; expiry?: string };
  errors?: Record<string, string>;
}) {
  return (
    <section>
      <h1 class="block-title">Mã API của tôi</h1>
      <p>
        Mã API cho phép chương trình của bạn gọi API <code>/api/v1/…</code> thay bạn, với đúng quyền của tài khoản này.
        Gửi mã trong header <code>Authorization: Bearer ct_…</code>. Mã không mở được trang quản trị. Xem{' '}
        <a href="/api/docs">tài liệu API</a>.
      </p>
      <TokensTable
        tokens={props.own}
        csrfToken={props.csrfToken}
        showOwner={false}
        caption="Mã API của tôi, mới nhất trước"
        returnTo="cua-toi"
      />
      <h2>Tạo mã API mới</h2>
      <NewTokenForm csrfToken={props.csrfToken} values={props.values} errors={props.errors} />
      {props.all ? (
        <>
          <h2 id="tat-ca">Mã API của mọi người dùng</h2>
          <TokensTable
            tokens={props.all}
            csrfToken={props.csrfToken}
            showOwner
            caption="Mã API của mọi người dùng, mới nhất trước"
            returnTo="tat-ca"
          />
        </>
      ) : props.canSeeAll ? (
        <p>
          <a href="/quan-tri/ma-api?tat-ca=1#tat-ca">Xem và thu hồi mã API của mọi người dùng</a>
        </p>
      ) : null}
    </section>
  );
}

export function TokenCreatedPage(props: { name: string; token: string; expiresAt: string | null }) {
  return (
    <section>
      <h1 class="block-title">Đã tạo mã API “{props.name}”</h1>
      <p class="notice" role="alert">
        <strong>Hãy sao chép mã này ngay.</strong> Đây là lần duy nhất mã được hiển thị: hệ thống chỉ lưu bản băm của mã
        nên không thể xem lại. Nếu làm mất, hãy thu hồi mã này và tạo mã mới.
      </p>
      <div class="form">
        <div>
          <label for="new-token">Mã API</label>
          <input
            id="new-token"
            type="text"
            readonly
            value={props.token}
            autocomplete="off"
            aria-describedby="new-token-hint"
          />
          <p class="hint" id="new-token-hint">
            {props.expiresAt
              ? `Hết hạn lúc ${formatDateTime(props.expiresAt)}.`
              : 'Không hết hạn; thu hồi khi không dùng nữa.'}{' '}
            Gửi trong mỗi yêu cầu: <code>Authorization: Bearer ct_…</code>
          </p>
        </div>
      </div>
      <p>
        <a class="button" href="/quan-tri/ma-api">
          Tôi đã sao chép mã, quay lại danh sách
        </a>
      </p>
    </section>
  );
}
