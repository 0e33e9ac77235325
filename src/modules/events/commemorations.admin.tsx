// /quan-tri/su-kien/ngay-ky-niem: the commemorated dates (add, remove), the anniversaries of the
// coming twelve months, and "Tạo sự kiện" (one POST: a prefilled draft event of kind kỷ niệm).
import type { Context, Hono } from 'hono';
import { AppError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam } from '../../platform/http/query.js';
import { staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import type { EventsAdminDeps } from './admin-kit.js';
import { commemorationInputSchema } from './events.schema.js';
import { eventsText } from './events.vi.js';
import { CommemorationsPage } from './views/admin-pages.js';

const t = eventsText.commemorations;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const PAGE = '/quan-tri/su-kien/ngay-ky-niem';

export function mountCommemorationsAdmin(app: Hono, deps: EventsAdminDeps & { guard: StaffGuard; frame: StaffFrame }) {
  const { events, guard, frame } = deps;
  frame.addFlashes({
    'da-them-ngay-ky-niem': { kind: 'ok', text: t.added },
    'da-xoa-ngay-ky-niem': { kind: 'ok', text: t.removed },
  });

  async function showPage(
    c: Context<StaffEnv>,
    form?: { values: { name: string; date: string }; errors: Record<string, string> },
  ) {
    const [anniversaries, dates] = await Promise.all([events.listAnniversaries(), events.listCommemorations()]);
    return frame.respond(
      c,
      t.title,
      <CommemorationsPage
        csrfToken={c.get('staff')!.csrfToken}
        anniversaries={anniversaries}
        dates={dates}
        values={form?.values}
        errors={form?.errors}
      />,
      { status: form ? 400 : 200 },
    );
  }

  app.get(PAGE, guard.require('events.manage'), (c) => showPage(c));

  app.post(PAGE, guard.require('events.manage'), async (c) => {
    const form = await c.req.parseBody();
    const values = { name: str(form.name), date: str(form.date) };
    const parsed = commemorationInputSchema.safeParse(values);
    if (!parsed.success) return showPage(c, { values, errors: fieldErrors(parsed.error) });
    try {
      await events.addCommemoration(staffContextOf(c), parsed.data);
    } catch (err) {
      if (err instanceof AppError && err.status === 400 && err.fields)
        return showPage(c, { values, errors: err.fields });
      throw err;
    }
    return c.redirect(`${PAGE}?tb=da-them-ngay-ky-niem`, 303);
  });

  app.post(`${PAGE}/:id{[0-9]+}/xoa`, guard.require('events.manage'), async (c) => {
    await events.removeCommemoration(staffContextOf(c), readIdParam(c));
    return c.redirect(`${PAGE}?tb=da-xoa-ngay-ky-niem`, 303);
  });

  app.post('/quan-tri/su-kien/tu-ngay-ky-niem', guard.require('events.manage'), async (c) => {
    const form = await c.req.parseBody();
    const key = str(form.key);
    const years = str(form.years);
    if (!/^(unit|date):[1-9][0-9]{0,9}$/.test(key) || !/^[1-9][0-9]{0,3}$/.test(years))
      throw new AppError({ code: 'ANNIVERSARY_NOT_FOUND', message: eventsText.input.idInvalid }, 400);
    const id = await events.createFromAnniversary(staffContextOf(c), key, Number(years));
    return c.redirect(`/quan-tri/su-kien/${id}?tb=da-tao-tu-ngay-ky-niem`, 303);
  });
}
