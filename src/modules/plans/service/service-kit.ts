// What every part of the plans service shares: the database, the clock, the audit trail, the task
// views with their per-node cache, and the two checks every call starts with.
import type { Transaction } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import { ForbiddenError } from '../../../platform/http/errors.js';
import type { Database, Db } from '../../../database.js';
import type { AuditLog } from '../../accounts/index.js';
import * as versions from '../plan-versions.queries.js';
import { managesPlans, maySeeTask } from '../plans-policy.js';
import type { EvidenceArticle, PlanContext, TaskView } from '../plans.types.js';
import { createTaskViews, unitsOfTask } from './task-views.js';

export interface PlanServiceDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  /** Whether a unit id names a unit (the units module's table). */
  unitExists: (id: number) => Promise<boolean>;
  /**
   * The articles among these ids that readers can open (published, public, not expired), in the
   * order asked: the articles module's rule, so evidence is exactly what the portal shows.
   */
  findPublishedArticles: (ids: number[]) => Promise<EvidenceArticle[]>;
  /** How many plans' rows a node keeps in memory (the largest plans are the ones worth it). */
  cachedPlans?: number;
}

type AuditAction = Parameters<AuditLog['record']>[0]['action'];

export function createServiceKit(deps: PlanServiceDeps) {
  const { db, clock, audit } = deps;
  const views = createTaskViews(deps);
  return {
    db,
    clock,
    views,
    unitExists: deps.unitExists,
    findPublishedArticles: deps.findPublishedArticles,
    nowIso: () => clock.now().toISOString(),

    record(ctx: PlanContext, trx: Db | Transaction<Database>, action: AuditAction, target: string, detail?: string) {
      return audit.record(
        { action, userId: ctx.actor.id, actor: ctx.actor.email, target, detail, requestId: ctx.requestId },
        trx,
      );
    },

    requireManager(ctx: PlanContext) {
      if (!managesPlans(ctx.actor)) throw new ForbiddenError();
    },

    /** A task this person may see, or 404/403. */
    async loadTask(ctx: PlanContext, id: number): Promise<TaskView> {
      const task = await views.findTaskView(id);
      if (!maySeeTask(ctx.actor, unitsOfTask(task))) throw new ForbiddenError();
      return task;
    },

    /**
     * A write to one task of a plan: in one transaction that also bumps the plan's version (every
     * node's kept rows are then old) and records which task that version changed (so another node
     * re-reads just that task), after which this node's kept rows follow the write.
     */
    async writeTask<T>(
      planId: number,
      work: (trx: Transaction<Database>) => Promise<{ taskId: number; result: T }>,
    ): Promise<T> {
      const { taskId, result, version } = await db.transaction().execute(async (trx) => {
        const done = await work(trx);
        const version = await versions.bumpPlanVersion(trx, planId);
        await versions.recordTaskChange(trx, planId, version, done.taskId);
        return { ...done, version };
      });
      await views.refreshKeptTask(planId, taskId, version);
      return result;
    },
  };
}

export type ServiceKit = ReturnType<typeof createServiceKit>;
