// What the daily reminder job asks of this module: for every period still open, the units that
// have not filed its report, "due soon" before the deadline and "overdue" after it, until the
// period closes (then the report can no longer be filed and only the overview shows the gap).
// Only unit ids, periods and dates leave the module: nothing a report says.
import { endOfVietnamDate } from '../../platform/time/vietnam-time.js';
import { deadlineOf, openPeriods } from './opinion-periods.js';
import type { UnitToReport } from './opinion-overview.js';
import { type OpinionDeps, periodLabel, readRules } from './opinion.service.js';
import * as q from './opinion.queries.js';
import { opinionText } from './opinion.vi.js';
import { OPINION_PATH } from './views/report-pages.js';

/** The shape of the reminders module's DueReport, kept here so neither module imports the other. */
export interface ReportOwed {
  key: string;
  title: string;
  dueAt: string;
  kind: 'due_soon' | 'overdue';
  unitIds: number[];
  link: string;
}

export function createOpinionReminders(deps: OpinionDeps & { listUnits: () => Promise<UnitToReport[]> }) {
  const { db, clock } = deps;
  return {
    async listReportsOwed(): Promise<ReportOwed[]> {
      const now = clock.now();
      const rules = await readRules(db);
      const units = await deps.listUnits();
      const owed: ReportOwed[] = [];
      for (const periodKey of openPeriods(rules, now)) {
        const filed = new Set(await q.listUnitsThatFiled(db, periodKey));
        const unitIds = units.filter((u) => !filed.has(u.id)).map((u) => u.id);
        if (unitIds.length === 0) continue;
        const dueAt = endOfVietnamDate(deadlineOf(periodKey, rules));
        owed.push({
          key: `opinion:${periodKey}`,
          title: opinionText.reminderTitle(periodLabel(periodKey)),
          dueAt,
          kind: now.toISOString() > dueAt ? 'overdue' : 'due_soon',
          unitIds,
          link: `${OPINION_PATH}/moi?ky=${periodKey}`,
        });
      }
      return owed;
    },
  };
}
