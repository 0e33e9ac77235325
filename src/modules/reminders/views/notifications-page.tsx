import { formatDate } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import type { NotificationView } from '../reminders.service.js';
import { remindersText } from '../reminders.vi.js';

export const NOTIFICATIONS_PATH = '/quan-tri/thong-bao';

const t = remindersText.page;

const kindBadges = {
  overdue: <span class="badge status-overdue">{remindersText.kinds.overdue}</span>,
  due_soon: <span class="badge status-in_progress">{remindersText.kinds.due_soon}</span>,
};

export function NotificationsPage(props: {
  /** Undefined: this account receives no reminders (not a unit reporter of a unit). */
  unread: number | undefined;
  items: NotificationView[];
  page: number;
  pages: number;
  csrfToken: string;
}) {
  if (props.unread === undefined) {
    return (
      <section>
        <h1 class="block-title">{t.title}</h1>
        <p class="notice">
          {t.notReceivedBeforeLink} <a href="/quan-tri/ke-hoach">{t.notReceivedLink}</a>
          {t.notReceivedEnd}
        </p>
      </section>
    );
  }
  return (
    <section>
      <h1 class="block-title">{t.title}</h1>
      <p>
        {t.introBeforeCount} <strong>{props.unread}</strong> {t.introAfterCount}
      </p>
      {props.unread > 0 ? (
        <form method="post" action={`${NOTIFICATIONS_PATH}/da-doc`}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button type="submit" class="button">
            {t.markAllRead}
          </button>
        </form>
      ) : null}
      {props.items.length === 0 ? (
        <p class="notice">{t.none}</p>
      ) : (
        <ul class="notification-list">
          {props.items.map((n) => (
            <li class={n.read ? 'notification' : 'notification notification-unread'}>
              <p>
                {n.read ? null : <strong class="badge">{t.unread}</strong>} {kindBadges[n.kind]}{' '}
                <a href={n.link}>{n.text}</a>
              </p>
              <p class="meta">{t.createdOn(formatDate(n.createdAt))}</p>
              {n.read ? null : (
                <form method="post" action={`${NOTIFICATIONS_PATH}/${n.id}/da-doc`}>
                  <input type="hidden" name="_csrf" value={props.csrfToken} />
                  <button type="submit" class="button button-secondary" aria-label={t.markReadLabel(n.text)}>
                    {t.markRead}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={props.page} pages={props.pages} hrefFor={(p) => `${NOTIFICATIONS_PATH}?trang=${p}`} />
    </section>
  );
}
