// /quan-tri/su-kien: the staff's list (everyone who registers people sees it), and the organiser's
// new, edit and delete (events.manage). Registrations and the commemorated dates have their own files.
import type { Context, Hono } from 'hono';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam, readPageNumber } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import { can, staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { emptyValues, formChoices, readEventForm, valuesOf, type EventsAdminDeps } from './admin-kit.js';
import { mountCommemorationsAdmin } from './commemorations.admin.js';
import { EventRejectedError } from './events.service.js';
import { eventInputSchema } from './events.schema.js';
import { eventsText } from './events.vi.js';
import { mountRegistrationsAdmin } from './registrations.admin.js';
import { DeleteEventForm, EventsAdminList } from './views/admin-pages.js';
import { EventForm, type EventFormValues } from './views/event-form.js';

const t = eventsText.admin;
const PER_PAGE = 30;

export interface MountEventsAdminDeps extends EventsAdminDeps {
  guard: StaffGuard;
  frame: StaffFrame;
}

function createFormPages(deps: MountEventsAdminDeps) {
  const { events, frame } = deps;
  async function showForm(
    c: Context<StaffEnv>,
    target: { action: string; heading: string; id?: number },
    values: EventFormValues,
    errors?: Record<string, string>,
  ) {
    const staff = c.get('staff')!;
    const choices = await formChoices(deps, values.articleIds);
    return frame.respond(
      c,
      target.heading,
      <>
        <EventForm
          csrfToken={staff.csrfToken}
          action={target.action}
          heading={target.heading}
          values={values}
          errors={errors}
          {...choices}
        />
        {target.id !== undefined ? <DeleteEventForm csrfToken={staff.csrfToken} id={target.id} /> : null}
      </>,
      { status: errors ? 400 : 200 },
    );
  }

  /** Parses and saves; a refused form comes back as typed with its messages (400). */
  async function save(c: Context<StaffEnv>, target: { action: string; heading: string; id?: number }) {
    const values = await readEventForm(c);
    const parsed = eventInputSchema.safeParse(values);
    if (!parsed.success) return showForm(c, target, values, fieldErrors(parsed.error));
    const ctx = staffContextOf(c);
    try {
      if (target.id === undefined) await events.createEvent(ctx, parsed.data);
      else await events.updateEvent(ctx, target.id, parsed.data);
    } catch (err) {
      if (err instanceof EventRejectedError) return showForm(c, target, values, err.fields);
      throw err;
    }
    return c.redirect('/quan-tri/su-kien?tb=da-luu-su-kien', 303);
  }

  return { showForm, save };
}

export function mountEventsAdmin(app: Hono, deps: MountEventsAdminDeps) {
  const { events, guard, frame } = deps;
  frame.addSection({
    href: '/quan-tri/su-kien',
    label: t.section,
    hint: t.sectionHint,
    permission: 'events.register',
    order: 30,
    // A unit reporter registers people of their unit: with no unit there is nothing to do here.
    shownTo: (c) => {
      const { actor } = staffContextOf(c);
      return actor.unitId !== null || can(actor.roles, 'events.manage');
    },
  });
  frame.addFlashes({
    'da-luu-su-kien': { kind: 'ok', text: t.saved },
    'da-xoa-su-kien': { kind: 'ok', text: t.deleted },
    'da-tao-tu-ngay-ky-niem': { kind: 'ok', text: t.created },
  });

  const { showForm, save } = createFormPages(deps);

  app.get('/quan-tri/su-kien', guard.require('events.register'), async (c) => {
    const page = readPageNumber(c);
    const { items, total } = await events.listForStaff(page, PER_PAGE);
    const manages = can(c.get('staff')!.user.roles, 'events.manage');
    return frame.respond(
      c,
      t.listTitle,
      <EventsAdminList events={items} manages={manages} page={page} pages={pageCount(total, PER_PAGE)} />,
    );
  });

  const newTarget = { action: '/quan-tri/su-kien/moi', heading: t.newTitle };
  app.get('/quan-tri/su-kien/moi', guard.require('events.manage'), (c) => showForm(c, newTarget, emptyValues()));
  app.post('/quan-tri/su-kien/moi', guard.require('events.manage'), (c) => save(c, newTarget));

  // Before /:id, so these words are not read as ids.
  mountCommemorationsAdmin(app, deps);
  mountRegistrationsAdmin(app, deps);

  const editTarget = async (id: number) => {
    const { event, articleIds } = await events.getForEditing(id);
    return { target: { action: `/quan-tri/su-kien/${id}`, heading: t.editTitle(event.title), id }, event, articleIds };
  };
  app.get('/quan-tri/su-kien/:id{[0-9]+}', guard.require('events.manage'), async (c) => {
    const { target, event, articleIds } = await editTarget(readIdParam(c));
    return showForm(c, target, valuesOf(event, articleIds));
  });
  app.post('/quan-tri/su-kien/:id{[0-9]+}', guard.require('events.manage'), async (c) => {
    const { target } = await editTarget(readIdParam(c));
    return save(c, target);
  });
  app.post('/quan-tri/su-kien/:id{[0-9]+}/xoa', guard.require('events.manage'), async (c) => {
    await events.deleteEvent(staffContextOf(c), readIdParam(c));
    return c.redirect('/quan-tri/su-kien?tb=da-xoa-su-kien', 303);
  });
}
