// What every part of the events service shares: the database, the clock, the audit trail, the
// other modules' answers (units, articles, plan tasks), and the acting person.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { KeepInMemory, LinkDocumentNumbers } from '../../platform/content/listed-content.js';
import type { Database, Db } from '../../database.js';
import type { AuditLog, Role } from '../accounts/index.js';
import { toEventView, type EventView, type UnitRef } from './event-view.js';
import type { EventRow } from './events.tables.js';

export interface EventContext {
  actor: { id: number; name: string; email: string; roles: readonly Role[]; unitId: number | null };
  requestId: string;
}

/** A plan task as the events module sees it: asked of the plans module through the root. */
export interface TaskRef {
  id: number;
  title: string;
  planNumber: string;
  /** "3 lớp", or '' when the task has no numeric target. */
  target: string;
  /** The staff page of the task. */
  url: string;
}

export interface EventTasks {
  listTasks(): Promise<TaskRef[]>;
  findTask(id: number): Promise<TaskRef | undefined>;
  /**
   * Files the progress report that counts a held class or contest toward the task's target
   * (quantity in the task's unit); the report's id, or undefined when the task takes no report
   * on that day (closed, or no occurrence then).
   */
  fileEventReport(
    ctx: EventContext,
    input: { taskId: number; activityDate: string; body: string; attended: number },
  ): Promise<number | undefined>;
}

export interface EventsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  listUnits: () => Promise<UnitRef[]>;
  /** Published, public, unexpired articles among these ids (the articles module's rule), in order. */
  findPublishedArticles: (ids: number[]) => Promise<Array<{ id: number; title: string; url: string }>>;
  tasks?: EventTasks;
  onContentChanged: () => void;
  /** Search keeps the published events in memory with this while the content stays. */
  keepInMemory: KeepInMemory;
  linkDocumentNumbers?: LinkDocumentNumbers;
}

type AuditAction = Parameters<AuditLog['record']>[0]['action'];

export function createEventsKit(deps: EventsDeps) {
  return {
    ...deps,
    nowIso: () => deps.clock.now().toISOString(),
    /** Rows → views, with the organising units' names read once. */
    async viewsOf(rows: EventRow[]): Promise<EventView[]> {
      if (rows.length === 0) return [];
      const units = new Map((await deps.listUnits()).map((u) => [u.id, u.name]));
      return rows.map((row) => toEventView(row, (id) => units.get(id)));
    },
    record(ctx: EventContext, action: AuditAction, target: string, trx?: Db | Transaction<Database>) {
      return deps.audit.record(
        { action, userId: ctx.actor.id, actor: ctx.actor.email, target, requestId: ctx.requestId },
        trx,
      );
    },
  };
}

export type EventsKit = ReturnType<typeof createEventsKit>;
