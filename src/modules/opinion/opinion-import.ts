// A report written straight into the tables with the filing time it had: for the demo's past
// periods (a form always files "now", and a closed period refuses it). Not reachable from HTTP.
import type { Db } from '../../database.js';
import type { CaseInput } from './opinion.schema.js';
import * as q from './opinion.queries.js';
import type { Classification } from './opinion.tables.js';

export interface ImportedOpinionReport {
  unitId: number;
  periodKey: string;
  classification: Classification;
  membersSituation: string;
  topics: string;
  publicOpinion: string;
  filedBy: number | null;
  filedAt: string;
  cases: CaseInput[];
}

export async function importOpinionReport(db: Db, report: ImportedOpinionReport): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const id = await q.insertReport(trx, {
      unit_id: report.unitId,
      period_key: report.periodKey,
      classification: report.classification,
      members_situation: report.membersSituation,
      topics: report.topics,
      public_opinion: report.publicOpinion,
      filed_by: report.filedBy,
      filed_at: report.filedAt,
      updated_at: report.filedAt,
    });
    for (const c of report.cases)
      await q.insertCase(trx, {
        report_id: id,
        title: c.title,
        severity: c.severity,
        classification: c.classification,
        occurred_on: c.occurredOn,
        place: c.place,
        people: c.people,
        actions_taken: c.actionsTaken,
        follow_up: c.followUp,
        created_at: report.filedAt,
        updated_at: report.filedAt,
      });
    return id;
  });
}
