// /quan-tri/thong-bao: a unit reporter's notifications (their unit's, never another's), each
// read on its own or all at once; and the unread count for the bell in every staff page.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { parseId, readPageNumber } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { StaffEnv, StaffFrame, StaffGuard } from '../accounts/index.js';
import type { Reader, Reminders } from './reminders.service.js';
import { NotificationsPage, NOTIFICATIONS_PATH } from './views/notifications-page.js';
import { remindersText } from './reminders.vi.js';

const PER_PAGE = 50;

function readerOf(c: Context<StaffEnv>): Reader {
  const { user } = c.get('staff')!;
  return { userId: user.id, unitId: user.unitId, roles: user.roles };
}

export function mountNotificationPages(
  app: Hono,
  deps: { reminders: Reminders; guard: StaffGuard; frame: StaffFrame },
) {
  const { reminders, guard, frame } = deps;
  frame.setNotificationCounter((c) => reminders.countUnread(readerOf(c)));
  frame.addFlashes({
    'da-doc-het': { kind: 'ok', text: remindersText.flashes.allRead },
    'da-doc': { kind: 'ok', text: remindersText.flashes.read },
  });

  app.get(NOTIFICATIONS_PATH, guard.require('staff.enter'), async (c) => {
    const reader = readerOf(c);
    const page = readPageNumber(c);
    const { items, total } = await reminders.list(reader, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    const pages = pageCount(total, PER_PAGE);
    if (page > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    const unread = await reminders.countUnread(reader);
    return frame.respond(
      c,
      remindersText.page.title,
      <NotificationsPage
        unread={unread}
        items={items}
        page={page}
        pages={pages}
        csrfToken={c.get('staff')!.csrfToken}
      />,
    );
  });

  app.post(`${NOTIFICATIONS_PATH}/da-doc`, guard.require('staff.enter'), async (c) => {
    await reminders.markAllRead(readerOf(c));
    return c.redirect(`${NOTIFICATIONS_PATH}?tb=da-doc-het`, 303);
  });

  app.post(`${NOTIFICATIONS_PATH}/:id/da-doc`, guard.require('staff.enter'), async (c) => {
    const raw = c.req.param('id') ?? '';
    // Another unit's notification answers as if it did not exist.
    const id = parseId(raw);
    if (id === undefined || !(await reminders.markRead(readerOf(c), id))) throw new NotFoundError();
    return c.redirect(`${NOTIFICATIONS_PATH}?tb=da-doc`, 303);
  });
}
