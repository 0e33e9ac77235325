// The notifications' panel on the staff home page: the latest few of the reader's unit, unread
// ones marked. Whoever receives no reminders (not a unit reporter of a unit) gets no panel.
import type { Context } from 'hono';
import { formatDate } from '../../platform/i18n/format.js';
import type { StaffEnv, StaffFrame } from '../accounts/index.js';
import type { Reader, Reminders } from './reminders.service.js';
import { unitOfReader } from './reminders.types.js';
import { NOTIFICATIONS_PATH } from './views/notifications-page.js';
import { notificationsHomeText as t } from './notifications-home.vi.js';
import { remindersText } from './reminders.vi.js';

const SHOWN = 5;

function readerOf(c: Context<StaffEnv>): Reader {
  const { user } = c.get('staff')!;
  return { userId: user.id, unitId: user.unitId, roles: user.roles };
}

async function renderPanel(c: Context<StaffEnv>, reminders: Reminders) {
  const reader = readerOf(c);
  if (unitOfReader(reader) === undefined) return undefined;
  const [{ items }, unread] = await Promise.all([
    reminders.list(reader, { limit: SHOWN, offset: 0 }),
    reminders.countUnread(reader),
  ]);
  const body =
    items.length === 0 ? (
      <p>{t.none}</p>
    ) : (
      <>
        <p>{t.unreadCount(unread ?? 0)}</p>
        <ul class="home-list">
          {items.map((n) => (
            <li class={n.read ? 'home-item' : 'home-item home-item-unread'}>
              <div class="home-item-text">
                <a href={n.link}>{n.text}</a>
                <span class="hint">
                  <span class={`badge status-${n.kind === 'overdue' ? 'overdue' : 'in_progress'}`}>
                    {remindersText.kinds[n.kind]}
                  </span>{' '}
                  {t.createdOn(formatDate(n.createdAt))}
                  {n.read ? '' : ` · ${t.unread}`}
                </span>
              </div>
            </li>
          ))}
        </ul>
      </>
    );
  return { title: t.title, body, more: { href: NOTIFICATIONS_PATH, label: t.all } };
}

export function addNotificationsHomePanel(frame: StaffFrame, reminders: Reminders) {
  frame.addHomePanel({
    id: 'thong-bao-moi',
    permission: 'staff.enter',
    // After the unit's deadlines: the notices repeat them, the deadlines carry the buttons.
    order: 40,
    render: (c) => renderPanel(c, reminders),
  });
}
