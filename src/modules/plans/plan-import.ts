// Writes a whole plan (programme, plan, tasks, and reports filed in the past) in one transaction:
// the demo plan and the dashboard benchmark use it. Reports keep the filing times given, which is
// the point: a history cannot be replayed through fileReport(), which stamps "now".
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { normalizeText } from '../../platform/text/fold.js';
import * as q from './plans.queries.js';
import { occurrenceFor, type Recurrence } from './task-status.js';

export interface PlanFixture {
  programme?: {
    number: string;
    title: string;
    issuer: string;
    issuedOn: string | null;
    startYear: number;
    endYear: number;
  };
  plan: { number: string; title: string; issuer: string; issuedOn: string; year: number };
  tasks: Array<{
    title: string;
    description?: string;
    groupName: string;
    leadUnitId: number;
    coordinatorIds?: number[];
    /** Index in `tasks` of the parent task, which must come earlier. */
    parentIndex?: number;
    recurrence: Recurrence;
    targetQuantity?: number | null;
    targetUnit?: string;
    reports?: Array<{
      unitId: number;
      activityDate: string;
      body: string;
      quantity?: number | null;
      completed?: boolean;
      filedAt: string;
      authorName: string;
      authorId?: number | null;
      /** Published articles the report cites as evidence. */
      articleIds?: number[];
    }>;
  }>;
}

function columnsOf(r: Recurrence) {
  switch (r.kind) {
    case 'once':
      return {
        recurrence: 'once' as const,
        deadline: r.deadline,
        recur_day: null,
        recur_month: null,
        recur_from: null,
        recur_to: null,
      };
    case 'daily':
      return {
        recurrence: 'daily' as const,
        deadline: null,
        recur_day: null,
        recur_month: null,
        recur_from: r.from,
        recur_to: r.to,
      };
    case 'monthly':
      return {
        recurrence: 'monthly' as const,
        deadline: null,
        recur_day: r.day,
        recur_month: null,
        recur_from: r.from,
        recur_to: r.to,
      };
    case 'yearly':
      return {
        recurrence: 'yearly' as const,
        deadline: null,
        recur_day: r.day,
        recur_month: r.month,
        recur_from: r.from,
        recur_to: r.to,
      };
  }
}

type Trx = Transaction<Database>;
type TaskFixture = PlanFixture['tasks'][number];

export async function importPlan(
  db: Db,
  fixture: PlanFixture,
  nowIso: string,
): Promise<{ planId: number; taskIds: number[] }> {
  return db.transaction().execute(async (trx) => {
    const programmeId = fixture.programme ? await programmeIdOf(trx, fixture.programme, nowIso) : null;
    const planId = await q.insertPlan(trx, {
      programme_id: programmeId,
      number: fixture.plan.number,
      title: normalizeText(fixture.plan.title),
      issuer: fixture.plan.issuer,
      issued_on: fixture.plan.issuedOn,
      year: fixture.plan.year,
      created_at: nowIso,
      updated_at: nowIso,
    });
    const taskIds: number[] = [];
    for (const [index, t] of fixture.tasks.entries()) {
      const parentId = t.parentIndex !== undefined ? taskIds[t.parentIndex]! : null;
      taskIds.push(await insertTask(trx, { planId, parentId, position: (index + 1) * 10 }, t, nowIso));
    }
    return { planId, taskIds };
  });
}

/** The programme of that number, written first if it is not there yet. */
async function programmeIdOf(trx: Trx, p: NonNullable<PlanFixture['programme']>, nowIso: string) {
  const existing = (await q.listProgrammes(trx)).find((x) => x.number === p.number);
  return (
    existing?.id ??
    (await q.insertProgramme(trx, {
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      issued_on: p.issuedOn,
      start_year: p.startYear,
      end_year: p.endYear,
      created_at: nowIso,
      updated_at: nowIso,
    }))
  );
}

/** A task with its coordinators and its past reports (those whose day falls in an occurrence). */
async function insertTask(
  trx: Trx,
  at: { planId: number; parentId: number | null; position: number },
  t: TaskFixture,
  nowIso: string,
): Promise<number> {
  const id = await q.insertTask(trx, {
    plan_id: at.planId,
    parent_id: at.parentId,
    position: at.position,
    title: normalizeText(t.title),
    description: normalizeText(t.description ?? ''),
    group_name: normalizeText(t.groupName),
    lead_unit_id: t.leadUnitId,
    ...columnsOf(t.recurrence),
    target_quantity: t.targetQuantity ?? null,
    target_unit: t.targetUnit ?? '',
    closed_at: null,
    created_at: nowIso,
    updated_at: nowIso,
  });
  if (t.coordinatorIds?.length) await q.replaceCoordinators(trx, id, [...new Set(t.coordinatorIds)]);
  const reports = (t.reports ?? []).flatMap((r) => {
    const occurrence = occurrenceFor(t.recurrence, r.activityDate);
    return occurrence ? [{ ...r, occurrenceKey: occurrence.key }] : [];
  });
  const rowOf = (r: (typeof reports)[number]) => ({
    task_id: id,
    unit_id: r.unitId,
    occurrence_key: r.occurrenceKey,
    activity_date: r.activityDate,
    body: normalizeText(r.body),
    quantity: r.quantity ?? null,
    completed: r.completed ? 1 : 0,
    author_id: r.authorId ?? null,
    author_name: r.authorName,
    filed_at: r.filedAt,
    updated_at: r.filedAt,
  });
  // Reports in batches: a year of daily reports is one statement, not 365. The few citing
  // evidence go one by one, as their ids are needed for the links.
  const plain = reports.filter((r) => !r.articleIds?.length);
  for (let i = 0; i < plain.length; i += 200) await q.insertReports(trx, plain.slice(i, i + 200).map(rowOf));
  for (const r of reports.filter((x) => x.articleIds?.length))
    await q.replaceReportArticles(trx, await q.insertReport(trx, rowOf(r)), [...new Set(r.articleIds)]);
  return id;
}
