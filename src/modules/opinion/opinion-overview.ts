// The leaders' side: for a period, which units filed (on time, late) and which did not, in Vietnam
// time; the cases of the last 12 months by severity; the open cases, "điểm nóng" first and oldest
// first; and the figures of the period's synthesis report. Only for those who read every unit's
// reports; the cases shown and every report and case in the synthesis are audited as reads.
import { ForbiddenError } from '../../platform/http/errors.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { type OpinionContext, readsAllReports } from './opinion-access.js';
import { deadlineOf, type FilingStatus, filingStatus, lastTwelveMonths, type PeriodRules } from './opinion-periods.js';
import { createAuditTrail, type OpinionDeps, readRules } from './opinion.service.js';
import * as q from './opinion.queries.js';
import { type OpinionCaseRow, SEVERITIES, type Severity } from './opinion.tables.js';

/** A unit expected to report (the composition root lists them from the units module). */
export interface UnitToReport {
  id: number;
  name: string;
}

export interface UnitStanding {
  unitId: number;
  name: string;
  status: FilingStatus;
  filedAt?: string;
  reportId?: number;
}

export interface MonthOfCases {
  month: string;
  counts: Record<Severity, number>;
  total: number;
}

/** A unit's filing of a period as the standings need it: which report, when, by which unit. */
export type Filing = Pick<q.PeriodReport, 'id' | 'unit_id' | 'unit_name' | 'filed_at'>;

/** A period's figures: units that filed (late among them), not filed past the deadline, not yet due. */
export interface StandingCounts {
  filed: number;
  expected: number;
  late: number;
  missing: number;
  notDue: number;
}

const DAY_MS = 86_400_000;
const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/** Whole Vietnam days from the day a case arose to today (0 on the day itself). */
export function ageInDays(occurredOn: string, now: Date): number {
  const today = Date.parse(`${vietnamDay(now)}T00:00:00Z`);
  return Math.max(0, Math.round((today - Date.parse(`${occurredOn}T00:00:00Z`)) / DAY_MS));
}

/** Every expected unit's standing, and any other unit that filed (e.g. one since moved out of the list). */
export function standings(units: UnitToReport[], reports: Filing[], key: string, rules: PeriodRules, now: Date) {
  const byUnit = new Map(reports.map((r) => [r.unit_id, r]));
  const everyone = [...units];
  for (const r of reports)
    if (!units.some((u) => u.id === r.unit_id)) everyone.push({ id: r.unit_id, name: r.unit_name });
  return everyone.map((unit): UnitStanding => {
    const report = byUnit.get(unit.id);
    return {
      unitId: unit.id,
      name: unit.name,
      status: filingStatus(key, rules, report?.filed_at, now),
      filedAt: report?.filed_at,
      reportId: report?.id,
    };
  });
}

/** The figures the overview prints above its table, and the home page's panel repeats. */
export function countStandings(units: UnitStanding[]): StandingCounts {
  const count = (status: FilingStatus) => units.filter((u) => u.status === status).length;
  return {
    filed: units.filter((u) => u.filedAt !== undefined).length,
    expected: units.length,
    late: count('late'),
    missing: count('missing'),
    notDue: count('not_due'),
  };
}

/** Not filed first (those past the deadline before those not due), then late, then on time. */
const STANDING_ORDER: FilingStatus[] = ['missing', 'not_due', 'late', 'on_time'];

export function createOpinionOverview(deps: OpinionDeps & { listUnits: () => Promise<UnitToReport[]> }) {
  const { db, clock } = deps;
  const trail = createAuditTrail(deps);

  function mustReadAll(ctx: OpinionContext) {
    if (!readsAllReports(ctx.actor)) throw new ForbiddenError();
  }

  async function chart(now: Date): Promise<MonthOfCases[]> {
    const months = lastTwelveMonths(now);
    const rows = await q.countCasesByMonth(db, `${months[0]}-01`);
    return months.map((month) => {
      const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
      for (const r of rows) if (r.month === month) counts[r.severity] += Number(r.n);
      return { month, counts, total: SEVERITIES.reduce((sum, s) => sum + counts[s], 0) };
    });
  }

  async function openCases(now: Date) {
    return (await q.listOpenCases(db))
      .map((c) => ({ ...c, ageDays: ageInDays(c.occurred_on, now) }))
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.ageDays - a.ageDays || a.id - b.id);
  }

  return {
    async overview(ctx: OpinionContext, periodKey: string) {
      mustReadAll(ctx);
      const now = clock.now();
      const rules = await readRules(db);
      const units = standings(
        await deps.listUnits(),
        await q.listReportsOfPeriod(db, periodKey),
        periodKey,
        rules,
        now,
      ).sort(
        (a, b) =>
          STANDING_ORDER.indexOf(a.status) - STANDING_ORDER.indexOf(b.status) || a.name.localeCompare(b.name, 'vi'),
      );
      const open = await openCases(now);
      await trail.reads(
        ctx,
        open.map((c) => ({ kind: 'case', id: c.id, unitName: c.unit_name, periodKey: c.period_key })),
      );
      return { periodKey, deadline: deadlineOf(periodKey, rules), units, chart: await chart(now), openCases: open };
    },

    /** Every report of the period with its cases, for the synthesis .docx: audited. */
    async synthesis(ctx: OpinionContext, periodKey: string) {
      mustReadAll(ctx);
      const now = clock.now();
      const rules = await readRules(db);
      const reports = await q.listReportsOfPeriod(db, periodKey);
      const cases = await q.listCasesOf(
        db,
        reports.map((r) => r.id),
      );
      const casesOf = (id: number): OpinionCaseRow[] => cases.filter((c) => c.report_id === id);
      await trail.reads(ctx, [
        ...reports.map((r) => ({ kind: 'report' as const, id: r.id, unitName: r.unit_name, periodKey })),
        ...cases.map((c) => ({
          kind: 'case' as const,
          id: c.id,
          unitName: reports.find((r) => r.id === c.report_id)!.unit_name,
          periodKey,
        })),
      ]);
      const units = standings(await deps.listUnits(), reports, periodKey, rules, now);
      return { periodKey, now, units, reports: reports.map((r) => ({ ...r, cases: casesOf(r.id) })) };
    },
  };
}

export type OpinionOverview = ReturnType<typeof createOpinionOverview>;
export type OverviewData = Awaited<ReturnType<OpinionOverview['overview']>>;
export type SynthesisData = Awaited<ReturnType<OpinionOverview['synthesis']>>;
