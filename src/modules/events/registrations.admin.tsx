// /quan-tri/su-kien/:id/dang-ky (list, register, withdraw: events.register, a unit reporter for
// their own unit only) and /quan-tri/su-kien/:id/ket-qua (attendance, results, held: events.manage).
import type { Context, Hono } from 'hono';
import { AppError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam } from '../../platform/http/query.js';
import { can, staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { unitChoices, type EventsAdminDeps } from './admin-kit.js';
import { registrationInputSchema, resultInputSchema } from './events.schema.js';
import { eventsText } from './events.vi.js';
import { RegistrationsPage } from './views/registrations-page.js';

const t = eventsText.registration;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function mountRegistrationsAdmin(app: Hono, deps: EventsAdminDeps & { guard: StaffGuard; frame: StaffFrame }) {
  const { events, guard, frame } = deps;
  frame.addFlashes({
    'da-dang-ky': { kind: 'ok', text: t.added },
    'da-rut-ten': { kind: 'ok', text: t.removed },
    'da-luu-ket-qua': { kind: 'ok', text: t.resultsSaved },
    'da-tinh-vao-nhiem-vu': { kind: 'ok', text: `${t.resultsSaved} ${t.countedInTask}` },
    'chua-tinh-vao-nhiem-vu': { kind: 'error', text: `${t.resultsSaved} ${t.notCounted}` },
  });

  async function showPage(
    c: Context<StaffEnv>,
    id: number,
    form?: {
      values: { name: string; positionTitle: string; unitId: string };
      errors: Record<string, string>;
      status: 400 | 409;
    },
  ) {
    const staff = c.get('staff')!;
    const ctx = staffContextOf(c);
    const found = await events.listRegistrations(ctx, id);
    const manages = can(staff.user.roles, 'events.manage');
    const units = await unitChoices(events);
    const ownUnit = manages
      ? undefined
      : (units.find((u) => u.id === ctx.actor.unitId)?.label.replace(/^(— )+/, '') ?? '');
    return frame.respond(
      c,
      t.title(found.event.title),
      <RegistrationsPage
        csrfToken={staff.csrfToken}
        {...found}
        manages={manages}
        ownUnit={ownUnit}
        units={units}
        values={form?.values}
        errors={form?.errors}
      />,
      { status: form?.status ?? 200 },
    );
  }

  app.get('/quan-tri/su-kien/:id{[0-9]+}/dang-ky', guard.require('events.register'), (c) =>
    showPage(c, readIdParam(c)),
  );

  app.post('/quan-tri/su-kien/:id{[0-9]+}/dang-ky', guard.require('events.register'), async (c) => {
    const id = readIdParam(c);
    const form = await c.req.parseBody();
    const values = { name: str(form.name), positionTitle: str(form.positionTitle), unitId: str(form.unitId) };
    const parsed = registrationInputSchema.safeParse(values);
    if (!parsed.success) return showPage(c, id, { values, errors: fieldErrors(parsed.error), status: 400 });
    try {
      await events.register(staffContextOf(c), id, parsed.data);
    } catch (err) {
      // A full event or a refused unit: the form again, with what was typed and the reason.
      if (err instanceof AppError && (err.status === 409 || err.status === 400) && err.code !== 'NOT_REGISTRABLE') {
        const errors = err.fields ?? { name: err.message };
        return showPage(c, id, { values, errors, status: err.status });
      }
      throw err;
    }
    return c.redirect(`/quan-tri/su-kien/${id}/dang-ky?tb=da-dang-ky`, 303);
  });

  app.post('/quan-tri/su-kien/:id{[0-9]+}/dang-ky/:rid{[0-9]+}/xoa', guard.require('events.register'), async (c) => {
    const id = readIdParam(c);
    await events.unregister(staffContextOf(c), id, readIdParam(c, 'rid'));
    return c.redirect(`/quan-tri/su-kien/${id}/dang-ky?tb=da-rut-ten`, 303);
  });
  mountResults(app, deps);
}

/** The organiser's record of attendance and results, and "held". */
function mountResults(app: Hono, deps: EventsAdminDeps & { guard: StaffGuard }) {
  const { events, guard } = deps;
  app.post('/quan-tri/su-kien/:id{[0-9]+}/ket-qua', guard.require('events.manage'), async (c) => {
    const id = readIdParam(c);
    const form = await c.req.parseBody();
    const results = new Map<number, { attended: boolean; result: string }>();
    const errors: Record<string, string> = {};
    for (const [key, value] of Object.entries(form)) {
      const m = /^result-([1-9][0-9]{0,9})$/.exec(key);
      if (!m) continue;
      const parsed = resultInputSchema.safeParse({
        attended: form[`attended-${m[1]}`] !== undefined,
        result: str(value),
      });
      if (parsed.success) results.set(Number(m[1]), parsed.data);
      else errors[key] = fieldErrors(parsed.error).result ?? eventsText.input.resultTooLong;
    }
    if (Object.keys(errors).length > 0)
      throw new AppError({ code: 'INVALID_EVENT', message: Object.values(errors)[0]! }, 400, errors);
    const { counted } = await events.recordResults(staffContextOf(c), id, results, form.held !== undefined);
    const flash =
      counted === undefined ? 'da-luu-ket-qua' : counted ? 'da-tinh-vao-nhiem-vu' : 'chua-tinh-vao-nhiem-vu';
    return c.redirect(`/quan-tri/su-kien/${id}/dang-ky?tb=${flash}`, 303);
  });
}
