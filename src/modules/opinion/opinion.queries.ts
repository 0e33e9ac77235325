// The opinion reports' SQL: settings, reports, cases. Plain functions taking the database (or a
// transaction) first. Unit and user names are joined through their owners' helpers.
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { Database, Db } from '../../database.js';
import { leftJoinUserName } from '../accounts/index.js';
import { joinUnitName } from '../units/index.js';
import type { OpinionCasesTable, OpinionReportsTable, OpinionSettingsTable, Severity } from './opinion.tables.js';

type Executor = Db | Transaction<Database>;

/** The admin's rules, or undefined until they are first saved (the service has the defaults). */
export function readSettings(db: Executor) {
  return db.selectFrom('opinion_settings').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function writeSettings(db: Executor, values: Omit<OpinionSettingsTable, 'id'>) {
  await db
    .insertInto('opinion_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

function reportsWithNames(db: Executor) {
  const withUnit = joinUnitName(
    db.selectFrom('opinion_reports').selectAll('opinion_reports'),
    'opinion_reports.unit_id',
    'unit_name',
  );
  return leftJoinUserName(withUnit, 'opinion_reports.filed_by', 'filed_by_name');
}

export function findReport(db: Executor, id: number) {
  return reportsWithNames(db).where('opinion_reports.id', '=', id).executeTakeFirst();
}

export function findReportOf(db: Executor, unitId: number, periodKey: string) {
  return db
    .selectFrom('opinion_reports')
    .select(['id'])
    .where('unit_id', '=', unitId)
    .where('period_key', '=', periodKey)
    .executeTakeFirst();
}

/** Reports, newest period first, optionally one unit's or one period's. */
export function listReports(db: Executor, filter: { unitId?: number; periodKey?: string }) {
  let query = reportsWithNames(db)
    .select((eb) =>
      eb
        .selectFrom('opinion_cases')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('opinion_cases.report_id', '=', 'opinion_reports.id')
        .as('case_count'),
    )
    .orderBy('opinion_reports.period_key', 'desc')
    .orderBy('unit_name');
  if (filter.unitId !== undefined) query = query.where('opinion_reports.unit_id', '=', filter.unitId);
  if (filter.periodKey !== undefined) query = query.where('opinion_reports.period_key', '=', filter.periodKey);
  return query.execute();
}

export async function insertReport(db: Executor, row: Insertable<OpinionReportsTable>): Promise<number> {
  const inserted = await db.insertInto('opinion_reports').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateReport(db: Executor, id: number, values: Updateable<OpinionReportsTable>) {
  await db.updateTable('opinion_reports').set(values).where('id', '=', id).execute();
}

export function listCasesOf(db: Executor, reportIds: readonly number[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('opinion_cases')
    .selectAll()
    .where('report_id', 'in', reportIds)
    .orderBy('report_id')
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();
}

export function findCase(db: Executor, id: number) {
  return db.selectFrom('opinion_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCase(db: Executor, row: Insertable<OpinionCasesTable>): Promise<number> {
  const inserted = await db.insertInto('opinion_cases').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateCase(db: Executor, id: number, values: Updateable<OpinionCasesTable>) {
  await db.updateTable('opinion_cases').set(values).where('id', '=', id).execute();
}

export async function deleteCase(db: Executor, id: number) {
  await db.deleteFrom('opinion_cases').where('id', '=', id).execute();
}

const MONTH_OF_CASE = sql<string>`substr(occurred_on, 1, 7)`;

/** Cases that arose on or after `fromDay`, counted by month ('YYYY-MM') and severity. */
export function countCasesByMonth(db: Executor, fromDay: string) {
  return (
    db
      .selectFrom('opinion_cases')
      .select((eb) => [MONTH_OF_CASE.as('month'), 'severity', eb.fn.countAll<number>().as('n')])
      .where('occurred_on', '>=', fromDay)
      // The same text in SELECT and GROUP BY, no parameters: PostgreSQL matches them as one expression.
      .groupBy([MONTH_OF_CASE, 'severity'])
      .execute()
  );
}

/** Every case not yet resolved, with its unit's name and its report's period. */
export function listOpenCases(db: Executor) {
  const query = db
    .selectFrom('opinion_cases')
    .innerJoin('opinion_reports', 'opinion_reports.id', 'opinion_cases.report_id')
    .selectAll('opinion_cases')
    .select(['opinion_reports.period_key', 'opinion_reports.unit_id'])
    .where('opinion_cases.follow_up', '<>', 'da_giai_quyet');
  return joinUnitName(query, 'opinion_reports.unit_id', 'unit_name').execute();
}

/** Every report of one period, with its unit's name. */
export function listReportsOfPeriod(db: Executor, periodKey: string) {
  const query = db.selectFrom('opinion_reports').selectAll('opinion_reports').where('period_key', '=', periodKey);
  return joinUnitName(query, 'opinion_reports.unit_id', 'unit_name').orderBy('unit_name').execute();
}

/** The units that filed the period's report (ids only: the reminder job reads no report). */
export async function listUnitsThatFiled(db: Executor, periodKey: string): Promise<number[]> {
  const rows = await db.selectFrom('opinion_reports').select('unit_id').where('period_key', '=', periodKey).execute();
  return rows.map((r) => r.unit_id);
}

export type PeriodReport = Awaited<ReturnType<typeof listReportsOfPeriod>>[number];

/** Who filed the period's report and when, with the unit's name: no report's text (the home page's figures). */
export function listFilingsOfPeriod(db: Executor, periodKey: string) {
  const query = db
    .selectFrom('opinion_reports')
    .select(['opinion_reports.id', 'opinion_reports.unit_id', 'opinion_reports.filed_at'])
    .where('period_key', '=', periodKey);
  return joinUnitName(query, 'opinion_reports.unit_id', 'unit_name').execute();
}

/** One unit's reports of some periods: ids, periods and filing times only. */
export function listFilingsOfUnit(db: Executor, unitId: number, periodKeys: readonly string[]) {
  if (periodKeys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('opinion_reports')
    .select(['id', 'period_key', 'filed_at'])
    .where('unit_id', '=', unitId)
    .where('period_key', 'in', periodKeys)
    .execute();
}

/** The cases not yet resolved of some severities, counted, with the day the oldest arose: no case's text. */
export function countOpenCases(db: Executor, severities: readonly Severity[]) {
  return db
    .selectFrom('opinion_cases')
    .select((eb) => ['severity', eb.fn.countAll<number>().as('n'), eb.fn.min('occurred_on').as('oldest')])
    .where('follow_up', '<>', 'da_giai_quyet')
    .where('severity', 'in', severities)
    .groupBy('severity')
    .execute();
}
