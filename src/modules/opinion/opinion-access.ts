// Who may see and change which opinion report: the per-record half of the rule (the permission
// table says who may open the section at all). A unit reporter sees and edits only their unit's
// reports, and edits them only until the period closes; leaders and the admin see all; the admin
// alone corrects a report after its period closed. Editors and contributors see none.
import { can, type Role } from '../accounts/index.js';
import { isPeriodOpen, type PeriodRules } from './opinion-periods.js';

export interface OpinionActor {
  id: number;
  email: string;
  roles: readonly Role[];
  unitId: number | null;
}

export interface OpinionContext {
  actor: OpinionActor;
  requestId: string;
}

export const readsAllReports = (actor: OpinionActor) => can(actor.roles, 'opinion.read_all');

export function mayReadReport(actor: OpinionActor, report: { unit_id: number }): boolean {
  if (readsAllReports(actor)) return true;
  return can(actor.roles, 'opinion.read') && actor.unitId !== null && actor.unitId === report.unit_id;
}

export function mayEditReport(
  actor: OpinionActor,
  report: { unit_id: number; period_key: string },
  rules: PeriodRules,
  now: Date,
): boolean {
  if (can(actor.roles, 'opinion.manage')) return true;
  return (
    can(actor.roles, 'opinion.file') &&
    actor.unitId !== null &&
    actor.unitId === report.unit_id &&
    isPeriodOpen(report.period_key, rules, now)
  );
}
