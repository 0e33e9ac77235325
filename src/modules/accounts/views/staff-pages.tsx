import { formatDateTime } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import type { AuditRecord } from '../audit.js';
import { accountsText as t } from '../accounts.vi.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

export function SessionsPage(props: {
  sessions: Array<{
    token_hash: string;
    browser: string;
    created_at: string;
    last_seen_at: string;
    name: string;
    email: string;
  }>;
  csrfToken: string;
  currentTokenHash: string;
}) {
  return (
    <section>
      <h1 class="block-title">{t.sessions.heading}</h1>
      <TableFrame labelledBy="bang-phien-dang-nhap">
        <table class="data-table">
          <caption class="visually-hidden" id="bang-phien-dang-nhap">
            {t.sessions.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.sessions.user}</th>
              <th scope="col">{t.sessions.browser}</th>
              <th scope="col">{t.sessions.startedAt}</th>
              <th scope="col">{t.sessions.lastSeenAt}</th>
              <th scope="col">{t.sessions.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.sessions.map((s) => (
              <tr>
                <td>
                  {s.name}
                  <br />
                  <small>{s.email}</small>
                </td>
                <td>{s.browser}</td>
                <td>{formatDateTime(s.created_at)}</td>
                <td>{formatDateTime(s.last_seen_at)}</td>
                <td>
                  {s.token_hash === props.currentTokenHash ? (
                    <span class="badge">{t.sessions.yours}</span>
                  ) : (
                    <form method="post" action={`/quan-tri/phien-dang-nhap/${s.token_hash}/ket-thuc`}>
                      <input type="hidden" name="_csrf" value={props.csrfToken} />
                      <button type="submit" class="button button-secondary">
                        {t.sessions.end}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

/** Action → its name in the log; unknown actions show as they are stored. */
export const auditLabels: Readonly<Record<string, string>> = t.auditActions;

export function AuditPage(props: { records: AuditRecord[]; page: number; pages: number; action?: string }) {
  return (
    <section>
      <h1 class="block-title">{t.audit.heading}</h1>
      <form method="get" action="/quan-tri/nhat-ky" class="actions">
        <label for="action">{t.audit.kind}</label>
        <select id="action" name="loai">
          <option value="">{t.audit.allKinds}</option>
          {Object.entries(auditLabels).map(([value, label]) => (
            <option value={value} selected={props.action === value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t.audit.filter}
        </button>
      </form>
      <TableFrame labelledBy="bang-nhat-ky">
        <table class="data-table">
          <caption class="visually-hidden" id="bang-nhat-ky">
            {t.audit.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.audit.at}</th>
              <th scope="col">{t.audit.actor}</th>
              <th scope="col">{t.audit.action}</th>
              <th scope="col">{t.audit.target}</th>
              <th scope="col">{t.audit.detail}</th>
              <th scope="col">{t.audit.requestId}</th>
            </tr>
          </thead>
          <tbody>
            {props.records.map((r) => (
              <tr>
                <td>
                  <time datetime={r.at}>{formatDateTime(r.at)}</time>
                </td>
                <td>{r.actor}</td>
                <td>{auditLabels[r.action] ?? r.action}</td>
                <td>{r.target}</td>
                <td>{r.detail}</td>
                <td>
                  <small>{r.requestId}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <Pagination
        page={props.page}
        pages={props.pages}
        hrefFor={(n) =>
          `/quan-tri/nhat-ky?trang=${n}${props.action ? `&loai=${encodeURIComponent(props.action)}` : ''}`
        }
      />
    </section>
  );
}
