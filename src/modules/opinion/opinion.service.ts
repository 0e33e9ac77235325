// Public-opinion reports as the routes see them: filing, reading (every read of a report or a
// case writes an audit row: who, when, which record), editing until the period closes, cases,
// the period settings. Every rule is checked here, whoever calls (opinion-access.ts).
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { AppError, ConflictError, codedMessages, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import type { Database, Db } from '../../database.js';
import type { AuditLog } from '../accounts/index.js';
import { mayEditReport, mayReadReport, type OpinionContext, readsAllReports } from './opinion-access.js';
import { isPeriodOpen, openPeriods, type PeriodRules, periodParts } from './opinion-periods.js';
import type { CaseInput, ReportInput, SettingsInput } from './opinion.schema.js';
import * as q from './opinion.queries.js';
import type { OpinionCaseRow } from './opinion.tables.js';
import { opinionText } from './opinion.vi.js';

export const opinionError = codedMessages(opinionText.errors);

export type ReportRow = NonNullable<Awaited<ReturnType<typeof q.findReport>>>;
export type ListedReport = Awaited<ReturnType<typeof q.listReports>>[number];
export type AuditAction = Parameters<AuditLog['record']>[0]['action'];

export interface OpinionDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
}

export function periodLabel(key: string): string {
  const p = periodParts(key);
  return opinionText.periodLabel(p.kind, p.number, p.year);
}

/** What a period's reads write to the audit log: one row per report and one per case. */
export interface ReadRecord {
  kind: 'report' | 'case';
  id: number;
  unitName: string;
  periodKey: string;
}

export function createAuditTrail({ db, audit }: OpinionDeps) {
  const entry = (ctx: OpinionContext, action: AuditAction, target: string, detail: string) => ({
    action,
    userId: ctx.actor.id,
    actor: ctx.actor.email,
    target,
    detail,
    requestId: ctx.requestId,
  });
  const targetOf = (r: ReadRecord) => `${r.kind === 'report' ? 'opinion_report' : 'opinion_case'}:${r.id}`;
  return {
    async reads(ctx: OpinionContext, records: ReadRecord[], trx?: Transaction<Database>) {
      const write = async (executor: Db | Transaction<Database>) => {
        for (const r of records) {
          const action = r.kind === 'report' ? 'opinion.report_read' : 'opinion.case_read';
          await audit.record(
            entry(ctx, action, targetOf(r), opinionText.audit.detail(r.unitName, periodLabel(r.periodKey))),
            executor,
          );
        }
      };
      if (trx) await write(trx);
      else if (records.length > 0) await db.transaction().execute(write);
    },
    change(ctx: OpinionContext, action: AuditAction, record: ReadRecord, trx: Db | Transaction<Database> = db) {
      return audit.record(
        entry(ctx, action, targetOf(record), opinionText.audit.detail(record.unitName, periodLabel(record.periodKey))),
        trx,
      );
    },
  };
}

/** Until the admin saves: monthly, due on the 5th of the next month, open 10 days more. */
export const DEFAULT_RULES: PeriodRules = { kind: 'month', deadlineDay: 5, graceDays: 10 };

export async function readRules(db: Db | Transaction<Database>): Promise<PeriodRules> {
  const row = await q.readSettings(db);
  return row ? { kind: row.period_kind, deadlineDay: row.deadline_day, graceDays: row.grace_days } : DEFAULT_RULES;
}

/** Who may read or change a record, asked before anything is shown or written. */
function createRecordChecks(deps: OpinionDeps) {
  const { db, clock } = deps;
  async function reportFor(ctx: OpinionContext, id: number): Promise<ReportRow> {
    const report = await q.findReport(db, id);
    if (!report) throw new NotFoundError(opinionError('OPINION_REPORT_NOT_FOUND'));
    if (!mayReadReport(ctx.actor, report)) throw new ForbiddenError();
    return report;
  }

  async function editableReport(ctx: OpinionContext, id: number): Promise<ReportRow> {
    const report = await reportFor(ctx, id);
    if (!mayEditReport(ctx.actor, report, await readRules(db), clock.now()))
      throw new AppError(opinionError('OPINION_PERIOD_CLOSED'), 403);
    return report;
  }

  async function caseFor(ctx: OpinionContext, caseId: number) {
    const found = await q.findCase(db, caseId);
    if (!found) throw new NotFoundError(opinionError('OPINION_CASE_NOT_FOUND'));
    return { found, report: await editableReport(ctx, found.report_id) };
  }

  const recordOf = (report: ReportRow, kind: 'report' | 'case' = 'report', id = report.id): ReadRecord => ({
    kind,
    id,
    unitName: report.unit_name,
    periodKey: report.period_key,
  });
  return { reportFor, editableReport, caseFor, recordOf, trail: createAuditTrail(deps) };
}

type RecordChecks = ReturnType<typeof createRecordChecks>;

const caseColumns = (input: CaseInput, at: string) => ({
  title: input.title,
  severity: input.severity,
  classification: input.classification,
  occurred_on: input.occurredOn,
  place: input.place,
  people: input.people,
  actions_taken: input.actionsTaken,
  follow_up: input.followUp,
  updated_at: at,
});

function createSettingsAndLists(deps: OpinionDeps) {
  const { db, clock } = deps;
  return {
    rules: () => readRules(db),
    now: () => clock.now(),

    async saveSettings(ctx: OpinionContext, input: SettingsInput) {
      await db.transaction().execute(async (trx) => {
        await q.writeSettings(trx, {
          period_kind: input.periodKind,
          deadline_day: input.deadlineDay,
          grace_days: input.graceDays,
          updated_at: clock.now().toISOString(),
        });
        await deps.audit.record(
          {
            action: 'opinion.settings_updated',
            userId: ctx.actor.id,
            actor: ctx.actor.email,
            requestId: ctx.requestId,
          },
          trx,
        );
      });
    },

    /** The reports this person may see (their unit's, or all): who filed what when, not their text. */
    listReports(ctx: OpinionContext, periodKey?: string): Promise<ListedReport[]> {
      if (readsAllReports(ctx.actor)) return q.listReports(db, { periodKey });
      if (ctx.actor.unitId === null) return Promise.resolve([]);
      return q.listReports(db, { unitId: ctx.actor.unitId, periodKey });
    },

    /** The periods this person's unit may file now and has not filed yet, newest first. */
    async periodsToFile(ctx: OpinionContext): Promise<string[]> {
      const unitId = ctx.actor.unitId;
      if (unitId === null) return [];
      const open = openPeriods(await readRules(db), clock.now());
      const filed = await Promise.all(open.map((key) => q.findReportOf(db, unitId, key)));
      return open.filter((_, i) => !filed[i]);
    },
  };
}

function createReportCommands(deps: OpinionDeps, { reportFor, editableReport, recordOf, trail }: RecordChecks) {
  const { db, clock } = deps;
  return {
    async fileReport(ctx: OpinionContext, input: ReportInput): Promise<number> {
      const unitId = ctx.actor.unitId;
      if (unitId === null) throw new AppError(opinionError('OPINION_NO_UNIT'), 403);
      const rules = await readRules(db);
      const now = clock.now();
      if (!isPeriodOpen(input.periodKey, rules, now))
        throw new AppError(opinionError('OPINION_PERIOD_CLOSED'), 400, {
          periodKey: opinionText.errors.OPINION_PERIOD_CLOSED,
        });
      return db.transaction().execute(async (trx) => {
        if (await q.findReportOf(trx, unitId, input.periodKey))
          throw new ConflictError(opinionError('OPINION_ALREADY_FILED'));
        const at = now.toISOString();
        const id = await q.insertReport(trx, {
          unit_id: unitId,
          period_key: input.periodKey,
          classification: input.classification,
          members_situation: input.membersSituation,
          topics: input.topics,
          public_opinion: input.publicOpinion,
          filed_by: ctx.actor.id,
          filed_at: at,
          updated_at: at,
        });
        const report = (await q.findReport(trx, id))!;
        await trail.change(ctx, 'opinion.report_filed', recordOf(report), trx);
        return id;
      });
    },

    /** A report with its cases, for reading: audited (the report and each case). */
    async readReport(ctx: OpinionContext, id: number) {
      const report = await reportFor(ctx, id);
      const cases = await q.listCasesOf(db, [id]);
      await trail.reads(ctx, [recordOf(report), ...cases.map((c) => recordOf(report, 'case', c.id))]);
      const rules = await readRules(db);
      return { report, cases, rules, editable: mayEditReport(ctx.actor, report, rules, clock.now()) };
    },

    /** A report for its edit form: audited as a read. */
    async reportToEdit(ctx: OpinionContext, id: number): Promise<ReportRow> {
      const report = await editableReport(ctx, id);
      await trail.reads(ctx, [recordOf(report)]);
      return report;
    },

    async updateReport(ctx: OpinionContext, id: number, input: Omit<ReportInput, 'periodKey'>) {
      const report = await editableReport(ctx, id);
      await db.transaction().execute(async (trx) => {
        await q.updateReport(trx, id, {
          classification: input.classification,
          members_situation: input.membersSituation,
          topics: input.topics,
          public_opinion: input.publicOpinion,
          updated_at: clock.now().toISOString(),
        });
        await trail.change(ctx, 'opinion.report_updated', recordOf(report), trx);
      });
    },
  };
}

function createCaseCommands(deps: OpinionDeps, { editableReport, caseFor, recordOf, trail }: RecordChecks) {
  const { db, clock } = deps;
  return {
    /** The report a new case goes on, if this person may still change it. */
    reportForNewCase: (ctx: OpinionContext, id: number) => editableReport(ctx, id),

    async addCase(ctx: OpinionContext, reportId: number, input: CaseInput): Promise<number> {
      const report = await editableReport(ctx, reportId);
      return db.transaction().execute(async (trx) => {
        const at = clock.now().toISOString();
        const id = await q.insertCase(trx, { report_id: reportId, created_at: at, ...caseColumns(input, at) });
        await trail.change(ctx, 'opinion.case_added', recordOf(report, 'case', id), trx);
        return id;
      });
    },

    /** A case for its edit form: audited as a read. */
    async caseToEdit(ctx: OpinionContext, caseId: number): Promise<{ found: OpinionCaseRow; report: ReportRow }> {
      const found = await caseFor(ctx, caseId);
      await trail.reads(ctx, [recordOf(found.report, 'case', caseId)]);
      return found;
    },

    async updateCase(ctx: OpinionContext, caseId: number, input: CaseInput) {
      const { report } = await caseFor(ctx, caseId);
      await db.transaction().execute(async (trx) => {
        await q.updateCase(trx, caseId, caseColumns(input, clock.now().toISOString()));
        await trail.change(ctx, 'opinion.case_updated', recordOf(report, 'case', caseId), trx);
      });
      return report.id;
    },

    async deleteCase(ctx: OpinionContext, caseId: number) {
      const { report } = await caseFor(ctx, caseId);
      await db.transaction().execute(async (trx) => {
        await q.deleteCase(trx, caseId);
        await trail.change(ctx, 'opinion.case_deleted', recordOf(report, 'case', caseId), trx);
      });
      return report.id;
    },
  };
}

export function createOpinionService(deps: OpinionDeps) {
  const checks = createRecordChecks(deps);
  return {
    ...createSettingsAndLists(deps),
    ...createReportCommands(deps, checks),
    ...createCaseCommands(deps, checks),
  };
}

export type OpinionService = ReturnType<typeof createOpinionService>;
