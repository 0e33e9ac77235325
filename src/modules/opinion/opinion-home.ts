// What the staff home page shows of the opinion reports. Leaders and the admin: the period under
// review (the one the overview opens on) with its filing figures, computed as the overview computes
// them, and the open "điểm nóng" and "phức tạp" cases counted with the oldest one's age. A unit
// reporter: their unit's standing in each period still open. Only counts, unit names, periods,
// dates and ages leave this file; no case's title or place and no report's text is even selected.
// That is why, unlike the overview and the report pages, these reads write no audit rows: the
// audit records who read what a report or a case says, and the home page says none of it.
import { ForbiddenError } from '../../platform/http/errors.js';
import { can } from '../accounts/index.js';
import { type OpinionContext, readsAllReports } from './opinion-access.js';
import { ageInDays, countStandings, standings, type UnitToReport } from './opinion-overview.js';
import { closingDayOf, deadlineOf, filingStatus, openPeriods, periodToReview } from './opinion-periods.js';
import { type OpinionDeps, readRules } from './opinion.service.js';
import * as q from './opinion.queries.js';
import type { Severity } from './opinion.tables.js';

/** The severities a leader is shown on the home page, the gravest first. */
export const HOME_SEVERITIES = ['diem_nong', 'phuc_tap'] as const satisfies readonly Severity[];

export interface OpenCasesOfSeverity {
  severity: (typeof HOME_SEVERITIES)[number];
  count: number;
  /** Days since the oldest open case of this severity arose; undefined when there is none. */
  oldestAgeDays?: number;
}

export function createOpinionHome(deps: OpinionDeps & { listUnits: () => Promise<UnitToReport[]> }) {
  const { db, clock } = deps;

  async function openCasesBySeverity(now: Date): Promise<OpenCasesOfSeverity[]> {
    const rows = await q.countOpenCases(db, HOME_SEVERITIES);
    return HOME_SEVERITIES.map((severity) => {
      const row = rows.find((r) => r.severity === severity);
      const count = row ? Number(row.n) : 0;
      return { severity, count, oldestAgeDays: row && count > 0 ? ageInDays(String(row.oldest), now) : undefined };
    });
  }

  return {
    /** The leader's figures: only for those who read every unit's reports. */
    async leaderSummary(ctx: OpinionContext) {
      if (!readsAllReports(ctx.actor)) throw new ForbiddenError();
      const now = clock.now();
      const rules = await readRules(db);
      const periodKey = periodToReview(rules, now);
      const filings = await q.listFilingsOfPeriod(db, periodKey);
      const units = standings(await deps.listUnits(), filings, periodKey, rules, now);
      return {
        periodKey,
        deadline: deadlineOf(periodKey, rules),
        counts: countStandings(units),
        openCases: await openCasesBySeverity(now),
      };
    },

    /** The reporter's unit in each open period, newest first; undefined for anyone who files no report. */
    async unitStanding(ctx: OpinionContext) {
      const { unitId, roles } = ctx.actor;
      if (unitId === null || !can(roles, 'opinion.file')) return undefined;
      const now = clock.now();
      const rules = await readRules(db);
      const periods = openPeriods(rules, now);
      const filings = await q.listFilingsOfUnit(db, unitId, periods);
      return periods.map((periodKey) => {
        const filing = filings.find((f) => f.period_key === periodKey);
        return {
          periodKey,
          deadline: deadlineOf(periodKey, rules),
          closes: closingDayOf(periodKey, rules),
          status: filingStatus(periodKey, rules, filing?.filed_at, now),
          filedAt: filing?.filed_at,
          reportId: filing?.id,
        };
      });
    },
  };
}

export type OpinionHome = ReturnType<typeof createOpinionHome>;
export type LeaderSummary = Awaited<ReturnType<OpinionHome['leaderSummary']>>;
export type UnitPeriodStanding = NonNullable<Awaited<ReturnType<OpinionHome['unitStanding']>>>[number];
