import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import type { ApiTokenExpiry, ApiTokenView } from '../api-tokens.js';
import { accountsText } from '../accounts.vi.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

const t = accountsText.apiTokens;

function TokensTable(props: {
  tokens: ApiTokenView[];
  csrfToken: string;
  showOwner: boolean;
  caption: string;
  returnTo: string;
}) {
  if (props.tokens.length === 0) return <p class="notice">{t.table.none}</p>;
  return (
    <TableFrame labelledBy="bang-ma-api">
      <table class="data-table">
        <caption class="visually-hidden" id="bang-ma-api">
          {props.caption}
        </caption>
        <thead>
          <tr>
            {props.showOwner ? <th scope="col">{t.table.owner}</th> : null}
            <th scope="col">{t.table.name}</th>
            <th scope="col">{t.table.prefix}</th>
            <th scope="col">{t.table.createdAt}</th>
            <th scope="col">{t.table.expiresAt}</th>
            <th scope="col">{t.table.lastUsedAt}</th>
            <th scope="col">{t.table.status}</th>
            <th scope="col">{t.table.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((token) => (
            <tr>
              {props.showOwner ? (
                <td>
                  {token.ownerName}
                  <br />
                  <small>{token.ownerEmail}</small>
                </td>
              ) : null}
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatDateTime(token.createdAt)}</td>
              <td>{token.expiresAt ? formatDateTime(token.expiresAt) : t.table.neverExpires}</td>
              <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t.table.neverUsed}</td>
              <td>
                {token.status === 'active' ? (
                  <span class="badge">{t.status[token.status]}</span>
                ) : (
                  <span class="badge badge-off">{t.status[token.status]}</span>
                )}
              </td>
              <td>
                {token.status === 'revoked' ? null : (
                  <form method="post" action={`/quan-tri/ma-api/${token.id}/thu-hoi`}>
                    <input type="hidden" name="_csrf" value={props.csrfToken} />
                    <input type="hidden" name="tiep" value={props.returnTo} />
                    <button
                      type="submit"
                      class="button button-secondary"
                      aria-label={t.table.revokeLabel(token.name, token.prefix)}
                    >
                      {t.table.revoke}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
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
        <label for="token-name">{t.form.name}</label>
        <input
          id="token-name"
          name="name"
          type="text"
          maxlength={100}
          value={v.name ?? ''}
          required
          aria-invalid={e.name ? 'true' : undefined}
          aria-describedby={e.name ? 'token-name-loi' : undefined}
        />
        <FieldError id="token-name" text={e.name} />
      </div>
      <div>
        <label for="token-expiry">{t.form.expiry}</label>
        <select
          id="token-expiry"
          name="expiry"
          aria-invalid={e.expiry ? 'true' : undefined}
          aria-describedby={e.expiry ? 'token-expiry-loi' : undefined}
        >
          {(Object.keys(t.expiry) as ApiTokenExpiry[]).map((value) => (
            <option value={value} selected={expiry === value}>
              {t.expiry[value]}
            </option>
          ))}
        </select>
        <FieldError id="token-expiry" text={e.expiry} />
      </div>
      <div>
        <button type="submit" class="button">
          {t.form.submit}
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
      <h1 class="block-title">{t.list.heading}</h1>
      {/* The new token form sits below the list: its refusal is summed up here, at the top. */}
      <ErrorSummary errors={props.errors} fieldIds={{ name: 'token-name', expiry: 'token-expiry' }} />
      <p>
        {t.list.introBeforePath} <code>/api/v1/…</code> {t.list.introBeforeHeader}{' '}
        <code>Authorization: Bearer ct_…</code>
        {t.list.introBeforeLink} <a href="/api/docs">{t.list.introLink}</a>
        {t.list.introEnd}
      </p>
      <TokensTable
        tokens={props.own}
        csrfToken={props.csrfToken}
        showOwner={false}
        caption={t.list.ownCaption}
        returnTo="cua-toi"
      />
      <h2>{t.list.newHeading}</h2>
      <NewTokenForm csrfToken={props.csrfToken} values={props.values} errors={props.errors} />
      {props.all ? (
        <>
          <h2 id="tat-ca">{t.list.allHeading}</h2>
          <TokensTable
            tokens={props.all}
            csrfToken={props.csrfToken}
            showOwner
            caption={t.list.allCaption}
            returnTo="tat-ca"
          />
        </>
      ) : props.canSeeAll ? (
        <p>
          <a href="/quan-tri/ma-api?tat-ca=1#tat-ca">{t.list.showAll}</a>
        </p>
      ) : null}
    </section>
  );
}

export function TokenCreatedPage(props: { name: string; token: string; expiresAt: string | null }) {
  return (
    <section>
      <h1 class="block-title">{t.created.heading(props.name)}</h1>
      <p class="notice" role="alert">
        <strong>{t.created.copyNow}</strong> {t.created.shownOnce}
      </p>
      <div class="form">
        <div>
          <label for="new-token">{t.created.token}</label>
          <input
            id="new-token"
            type="text"
            readonly
            value={props.token}
            autocomplete="off"
            aria-describedby="new-token-hint"
          />
          <p class="hint" id="new-token-hint">
            {props.expiresAt ? t.created.expiresAt(formatDateTime(props.expiresAt)) : t.created.neverExpires}{' '}
            {t.created.sendAs} <code>Authorization: Bearer ct_…</code>
          </p>
        </div>
      </div>
      <p>
        <a class="button" href="/quan-tri/ma-api">
          {t.created.back}
        </a>
      </p>
    </section>
  );
}
