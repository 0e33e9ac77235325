import { formatDate } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import type { NotificationView } from '../reminders.service.js';

export const NOTIFICATIONS_PATH = '/quan-tri/thong-bao';

const kindBadges = {
  overdue: <span class="badge status-overdue">Quá hạn</span>,
  due_soon: <span class="badge status-in_progress">Sắp đến hạn</span>,
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
        <h1 class="block-title">Thông báo</h1>
        <p class="notice">
          Tài khoản của bạn không nhận thông báo đôn đốc: thông báo được gửi tới tài khoản vai trò Đơn vị của đơn vị chủ
          trì và các đơn vị phối hợp. Tình hình các nhiệm vụ có ở trang <a href="/quan-tri/ke-hoach">Kế hoạch</a>.
        </p>
      </section>
    );
  }
  return (
    <section>
      <h1 class="block-title">Thông báo</h1>
      <p>
        Nhiệm vụ của đơn vị bạn sắp đến hạn hoặc đã quá hạn, mỗi ngày một lần. Hiện có <strong>{props.unread}</strong>{' '}
        thông báo chưa đọc.
      </p>
      {props.unread > 0 ? (
        <form method="post" action={`${NOTIFICATIONS_PATH}/da-doc`}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button type="submit" class="button">
            Đánh dấu tất cả là đã đọc
          </button>
        </form>
      ) : null}
      {props.items.length === 0 ? (
        <p class="notice">Chưa có thông báo nào.</p>
      ) : (
        <ul class="notification-list">
          {props.items.map((n) => (
            <li class={n.read ? 'notification' : 'notification notification-unread'}>
              <p>
                {n.read ? null : <strong class="badge">Chưa đọc</strong>} {kindBadges[n.kind]}{' '}
                <a href={n.link}>{n.text}</a>
              </p>
              <p class="meta">Ngày {formatDate(n.createdAt)}</p>
              {n.read ? null : (
                <form method="post" action={`${NOTIFICATIONS_PATH}/${n.id}/da-doc`}>
                  <input type="hidden" name="_csrf" value={props.csrfToken} />
                  <button type="submit" class="button button-secondary" aria-label={`Đánh dấu đã đọc: ${n.text}`}>
                    Đã đọc
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
