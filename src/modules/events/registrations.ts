// Registrations for classes and contests: a unit reporter registers people of their own unit, an
// organiser (events.manage) of any unit, up to the capacity (one UPDATE takes the seat: race-safe);
// names are withdrawn only before the event starts. The organiser records attendance and results,
// and marks the event held, which counts it toward the linked plan task's target.
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { can } from '../accounts/index.js';
import { takesRegistrations } from './event-view.js';
import * as q from './events.queries.js';
import type { RegistrationInput } from './events.schema.js';
import { eventErrors, eventsText } from './events.vi.js';
import type { EventContext, EventsKit } from './service-kit.js';

const managerOf = (ctx: EventContext) => can(ctx.actor.roles, 'events.manage');

async function openEvent(db: EventsKit['db'], eventId: number) {
  const row = await q.findEvent(db, eventId);
  if (!row) throw new NotFoundError(eventErrors('EVENT_NOT_FOUND'));
  if (!takesRegistrations(row.kind)) throw new AppError(eventErrors('NOT_REGISTRABLE'), 409);
  return row;
}

/** The unit a person registers for: their own, unless they organise (then the one chosen). */
function unitFor(ctx: EventContext, chosen: number | null): number {
  if (managerOf(ctx) && chosen !== null) return chosen;
  if (ctx.actor.unitId === null) throw new AppError(eventErrors('NO_UNIT'), 403);
  if (chosen !== null && chosen !== ctx.actor.unitId && !managerOf(ctx))
    throw new AppError(eventErrors('OTHER_UNIT'), 403);
  return ctx.actor.unitId;
}

export function createRegistrations(kit: EventsKit) {
  const started = (startsAt: string) => startsAt <= kit.nowIso();
  const { db } = kit;

  return {
    async listRegistrations(ctx: EventContext, eventId: number) {
      const event = await openEvent(db, eventId);
      const rows = await q.listRegistrations(db, eventId);
      const units = new Map((await kit.listUnits()).map((u) => [u.id, u.name]));
      const perUnit = (await q.countByUnit(db, eventId)).map((c) => ({
        unitId: c.unitId,
        unit: units.get(c.unitId) ?? '',
        count: c.count,
      }));
      // A unit reporter sees the names of their own unit only; the counts of all.
      const visible = managerOf(ctx) ? rows : rows.filter((r) => r.unit_id === ctx.actor.unitId);
      return {
        event: (await kit.viewsOf([event]))[0]!,
        closed: started(event.starts_at),
        perUnit,
        registrations: visible.map((r) => ({
          id: r.id,
          unitId: r.unit_id,
          unit: units.get(r.unit_id) ?? '',
          name: r.name,
          positionTitle: r.position_title,
          attended: r.attended === null ? null : Number(r.attended) === 1,
          result: r.result,
        })),
      };
    },

    async register(ctx: EventContext, eventId: number, input: RegistrationInput): Promise<number> {
      const event = await openEvent(db, eventId);
      if (started(event.starts_at)) throw new AppError(eventErrors('REGISTRATION_CLOSED'), 409);
      const unitId = unitFor(ctx, input.unitId);
      if (!(await kit.listUnits()).some((u) => u.id === unitId))
        throw new AppError(eventErrors('INVALID_EVENT'), 400, { unitId: eventsText.input.unitMissing });
      const id = await db.transaction().execute(async (trx) => {
        if (!(await q.takeSeat(trx, eventId))) throw new ConflictError(eventErrors('EVENT_FULL'));
        const id = await q.insertRegistration(trx, {
          event_id: eventId,
          unit_id: unitId,
          name: input.name,
          position_title: input.positionTitle,
          registered_by: ctx.actor.id,
          created_at: kit.nowIso(),
        });
        await kit.record(ctx, 'registration.added', eventsText.audit.event(eventId), trx);
        return id;
      });
      kit.onContentChanged();
      return id;
    },

    async unregister(ctx: EventContext, eventId: number, registrationId: number): Promise<void> {
      const event = await openEvent(db, eventId);
      const row = await q.findRegistration(db, registrationId);
      if (!row || row.event_id !== eventId) throw new NotFoundError(eventErrors('REGISTRATION_NOT_FOUND'));
      if (!managerOf(ctx)) {
        if (row.unit_id !== ctx.actor.unitId) throw new ForbiddenError();
        if (started(event.starts_at)) throw new AppError(eventErrors('REGISTRATION_CLOSED'), 409);
      }
      await db.transaction().execute(async (trx) => {
        if (!(await q.deleteRegistration(trx, registrationId)))
          throw new NotFoundError(eventErrors('REGISTRATION_NOT_FOUND'));
        await q.giveSeatBack(trx, eventId);
        await kit.record(ctx, 'registration.removed', eventsText.audit.event(eventId), trx);
      });
      kit.onContentChanged();
    },
  };
}

/** Attendance, results and "held", the organiser's. */
export function createResults(kit: EventsKit) {
  const { db } = kit;
  return {
    /**
     * The organiser's record: who came and their results; `held` marks the event as having taken
     * place and, the first time, files the linked task's report. Returns whether the task counted it.
     */
    async recordResults(
      ctx: EventContext,
      eventId: number,
      results: Map<number, { attended: boolean; result: string }>,
      held: boolean,
    ): Promise<{ counted: boolean | undefined }> {
      if (!managerOf(ctx)) throw new ForbiddenError();
      const event = await q.findEvent(db, eventId);
      if (!event) throw new NotFoundError(eventErrors('EVENT_NOT_FOUND'));
      const rows = await q.listRegistrations(db, eventId);
      await db.transaction().execute(async (trx) => {
        for (const row of rows) {
          const sent = results.get(row.id) ?? { attended: false, result: '' };
          await q.setResult(trx, row.id, eventId, sent.attended ? 1 : 0, sent.result);
        }
        if (held && event.held_at === null) await q.updateEvent(trx, eventId, { held_at: kit.nowIso() });
        await kit.record(ctx, 'event.results_recorded', eventsText.audit.event(eventId), trx);
      });
      let counted: boolean | undefined;
      if (held && event.task_id !== null && event.report_id === null && kit.tasks) {
        const attended = rows.filter((r) => results.get(r.id)?.attended).length;
        const units = new Set(rows.filter((r) => results.get(r.id)?.attended).map((r) => r.unit_id)).size;
        const reportId = await kit.tasks.fileEventReport(ctx, {
          taskId: event.task_id,
          activityDate: vietnamDay(new Date(event.starts_at)),
          body: eventsText.registration.reportBody(event.title, attended, units),
          attended,
        });
        counted = reportId !== undefined;
        if (reportId !== undefined) await q.updateEvent(db, eventId, { report_id: reportId });
      }
      kit.onContentChanged();
      return { counted };
    },
  };
}
