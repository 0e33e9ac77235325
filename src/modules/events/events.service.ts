// Events: the staff's writes (create, edit, delete, each checked against units, tasks and published
// articles) and the reads of the public pages, the API, the calendar feed and the home page.
// Registrations, anniversaries and the portal's search are in their own files.
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { fold } from '../../platform/text/fold.js';
import type { EventView } from './event-view.js';
import * as q from './events.queries.js';
import type { EventInput } from './events.schema.js';
import type { EventKind, EventsTable } from './events.tables.js';
import { eventErrors, eventsText } from './events.vi.js';
import type { EventContext, EventsKit } from './service-kit.js';

/** The form's values break a rule that needs the database; `fields` says which, in Vietnamese. */
export class EventRejectedError extends AppError {
  constructor(fields: Record<string, string>) {
    super(eventErrors('INVALID_EVENT'), 400, fields);
  }
}

const text = eventsText.input;

export function searchTextOf(input: { title: string; place: string; description: string }): string {
  return fold(`${input.title} ${input.place} ${input.description}`);
}

export function createEventCommands(kit: EventsKit) {
  const { db } = kit;

  async function check(input: EventInput, registered: number) {
    const fields: Record<string, string> = {};
    if (input.unitId !== null && !(await kit.listUnits()).some((u) => u.id === input.unitId))
      fields.unitId = text.unitMissing;
    if (input.taskId !== null && !(await kit.tasks?.findTask(input.taskId))) fields.taskId = text.taskMissing;
    if (input.capacity !== null && input.capacity < registered) fields.capacity = text.capacityBelowCount(registered);
    const found = await kit.findPublishedArticles(input.articleIds);
    if (found.length !== input.articleIds.length) fields.articleIds = text.articlesInvalid;
    if (Object.keys(fields).length > 0) throw new EventRejectedError(fields);
  }

  const columnsOf = (input: EventInput, now: string) => ({
    title: input.title,
    kind: input.kind,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    place: input.place,
    unit_id: input.unitId,
    description: input.description.replace(/\r\n?/g, '\n'),
    search_f: searchTextOf(input),
    task_id: input.taskId,
    capacity: input.capacity,
    published: input.published ? 1 : 0,
    updated_at: now,
  });

  return {
    async createEvent(
      ctx: EventContext,
      input: EventInput,
      extra: Pick<EventsTable, 'anniversary_of' | 'anniversary_years'> = {
        anniversary_of: null,
        anniversary_years: null,
      },
    ): Promise<number> {
      await check(input, 0);
      const now = kit.nowIso();
      const id = await db.transaction().execute(async (trx) => {
        const id = await q.insertEvent(trx, { ...columnsOf(input, now), ...extra, created_at: now });
        await q.replaceEventArticles(trx, id, input.articleIds);
        await kit.record(ctx, 'event.created', eventsText.audit.event(id), trx);
        return id;
      });
      kit.onContentChanged();
      return id;
    },

    async updateEvent(ctx: EventContext, id: number, input: EventInput): Promise<void> {
      const row = await q.findEvent(db, id);
      if (!row) throw new NotFoundError(eventErrors('EVENT_NOT_FOUND'));
      await check(input, Number(row.registered_count));
      await db.transaction().execute(async (trx) => {
        await q.updateEvent(trx, id, columnsOf(input, kit.nowIso()));
        await q.replaceEventArticles(trx, id, input.articleIds);
        await kit.record(ctx, 'event.updated', eventsText.audit.event(id), trx);
      });
      kit.onContentChanged();
    },

    async deleteEvent(ctx: EventContext, id: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (!(await q.deleteEvent(trx, id))) throw new NotFoundError(eventErrors('EVENT_NOT_FOUND'));
        await kit.record(ctx, 'event.deleted', eventsText.audit.event(id), trx);
      });
      kit.onContentChanged();
    },
  };
}

export function createEventReads(kit: EventsKit) {
  const { db } = kit;

  async function loadEvent(id: number): Promise<EventView> {
    const row = await q.findEvent(db, id);
    if (!row) throw new NotFoundError(eventErrors('EVENT_NOT_FOUND'));
    return (await kit.viewsOf([row]))[0]!;
  }

  return {
    loadEvent,

    /** An event with its reporting articles' ids, for the staff's form. */
    async getForEditing(id: number) {
      return { event: await loadEvent(id), articleIds: await q.listEventArticleIds(db, id) };
    },

    async listForStaff(page: number, perPage: number) {
      const [rows, total] = await Promise.all([
        q.listAllEvents(db, perPage, (page - 1) * perPage),
        q.countAllEvents(db),
      ]);
      return { items: await kit.viewsOf(rows), total };
    },

    /** One page of /su-kien: the events not yet over first (soonest first), then the past (latest first). */
    async listPublicPage(filter: { kind?: EventKind }, page: number, perPage: number) {
      const nowIso = kit.nowIso();
      const counts = await q.countPublic(db, { ...filter, nowIso });
      const offset = (page - 1) * perPage;
      const upcoming = offset < counts.upcoming ? await q.listUpcoming(db, { ...filter, nowIso }, perPage, offset) : [];
      const pastOffset = Math.max(0, offset - counts.upcoming);
      const pastLimit = perPage - upcoming.length;
      const past = pastLimit > 0 ? await q.listPast(db, { ...filter, nowIso }, pastLimit, pastOffset) : [];
      return {
        upcoming: await kit.viewsOf(upcoming),
        past: await kit.viewsOf(past),
        total: counts.upcoming + counts.past,
      };
    },

    /** A published event with what its page shows; undefined for a draft or an unknown id. */
    async findPublic(id: number) {
      const row = await q.findEvent(db, id);
      if (!row || Number(row.published) !== 1) return undefined;
      const [event] = await kit.viewsOf([row]);
      const articles = await kit.findPublishedArticles(await q.listEventArticleIds(db, id));
      const units = new Map((await kit.listUnits()).map((u) => [u.id, u.name]));
      const perUnit = (await q.countByUnit(db, id)).map((c) => ({ unit: units.get(c.unitId) ?? '', count: c.count }));
      const task = row.task_id !== null ? await kit.tasks?.findTask(row.task_id) : undefined;
      return { event: event!, articles, perUnit, task };
    },

    /** Public events overlapping the Vietnam days [from, to] (the API and the calendar feed). */
    async listPublicBetween(from: string, to: string, kind?: EventKind): Promise<EventView[]> {
      const fromIso = new Date(`${from}T00:00:00+07:00`).toISOString();
      const toIso = new Date(`${to}T23:59:59.999+07:00`).toISOString();
      return kit.viewsOf(await q.listPublicBetween(db, fromIso, toIso, kind));
    },

    /** The next few public events, soonest first (the home page's block). */
    async listNext(limit: number): Promise<EventView[]> {
      return kit.viewsOf(await q.listUpcoming(db, { nowIso: kit.nowIso() }, limit, 0));
    },
  };
}
