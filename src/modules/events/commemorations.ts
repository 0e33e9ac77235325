// The commemorated dates the admin keeps, and the anniversaries computed from them and from the
// units' founding dates; an editor turns one into a draft event (kind kỷ niệm) with one click.
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { upcomingAnniversaries, type Anniversary, type AnniversarySource } from './anniversaries.js';
import * as q from './events.queries.js';
import { parseCommemorationDate } from './events.schema.js';
import { eventErrors, eventsText } from './events.vi.js';
import type { createEventCommands } from './events.service.js';
import type { EventContext, EventsKit } from './service-kit.js';

const text = eventsText.anniversary;

export interface AnniversaryItem extends Anniversary {
  /** The event already made of it, if any. */
  eventId: number | null;
}

export function createCommemorations(kit: EventsKit, commands: ReturnType<typeof createEventCommands>) {
  const { db } = kit;

  async function listSources(): Promise<AnniversarySource[]> {
    const units = (await kit.listUnits())
      .filter((u) => u.foundedOn !== null)
      .map((u) => ({ key: `unit:${u.id}`, name: text.founding(u.name), date: u.foundedOn! }));
    const dates = (await q.listCommemorations(db)).map((c) => ({ key: `date:${c.id}`, name: c.name, date: c.date }));
    return [...dates, ...units];
  }

  async function listAnniversaries(): Promise<AnniversaryItem[]> {
    const made = await q.listAnniversaryEventKeys(db);
    const found = upcomingAnniversaries(await listSources(), vietnamDay(kit.clock.now()));
    return found.map((a) => ({
      ...a,
      eventId: made.find((m) => m.anniversary_of === a.key && Number(m.anniversary_years) === a.years)?.id ?? null,
    }));
  }

  return {
    listAnniversaries,
    /** The name of what a source commemorates (the API's `anniversary.of`), by its key. */
    async nameOfSources(): Promise<Map<string, string>> {
      return new Map((await listSources()).map((s) => [s.key, s.name]));
    },

    listCommemorations: () => q.listCommemorations(db),

    async addCommemoration(ctx: EventContext, input: { name: string; date: string }): Promise<number> {
      const date = parseCommemorationDate(input.date, vietnamDay(kit.clock.now()));
      if (!date) throw new AppError(eventErrors('INVALID_EVENT'), 400, { date: eventsText.input.commemorationDate });
      const id = await q.insertCommemoration(db, { name: input.name, date, created_at: kit.nowIso() });
      await kit.record(ctx, 'commemoration.created', eventsText.audit.commemoration(id));
      kit.onContentChanged();
      return id;
    },

    async removeCommemoration(ctx: EventContext, id: number): Promise<void> {
      if (!(await q.deleteCommemoration(db, id))) throw new NotFoundError(eventErrors('COMMEMORATION_NOT_FOUND'));
      await kit.record(ctx, 'commemoration.deleted', eventsText.audit.commemoration(id));
      kit.onContentChanged();
    },

    /** A draft event of kind kỷ niệm on the anniversary's day, 08:00–11:00, its title prefilled. */
    async createFromAnniversary(ctx: EventContext, key: string, years: number): Promise<number> {
      const found = (await listAnniversaries()).find((a) => a.key === key && a.years === years);
      if (!found) throw new NotFoundError(eventErrors('ANNIVERSARY_NOT_FOUND'));
      if (found.eventId !== null) return found.eventId;
      const unitId = key.startsWith('unit:') ? Number(key.slice(5)) : null;
      return commands.createEvent(
        ctx,
        {
          title: text.eventTitle(found.years, found.name),
          kind: 'anniversary',
          startsAt: new Date(`${found.on}T08:00:00+07:00`).toISOString(),
          endsAt: new Date(`${found.on}T11:00:00+07:00`).toISOString(),
          place: '',
          unitId,
          description: '',
          taskId: null,
          capacity: null,
          articleIds: [],
          published: false,
        },
        { anniversary_of: key, anniversary_years: found.years },
      );
    },
  };
}
