// Who may see and report on which task: the per-record half of the permission table. A unit
// reporter sees the tasks its unit leads or coordinates and reports only for its own unit;
// editors, leaders and admins see every unit. Pages and the API both ask here.
import { can, type Role } from '../accounts/index.js';

export interface PlanActor {
  id: number;
  name: string;
  email: string;
  roles: readonly Role[];
  /** The unit a unit reporter belongs to. */
  unitId: number | null;
}

export interface TaskUnits {
  leadUnitId: number;
  coordinatorIds: readonly number[];
  closedAt: string | null;
}

const unitsOf = (task: TaskUnits) => [task.leadUnitId, ...task.coordinatorIds];

export const seesAllUnits = (actor: PlanActor) => can(actor.roles, 'plans.read_all');
export const managesPlans = (actor: PlanActor) => can(actor.roles, 'plans.manage');

export function maySeeTask(actor: PlanActor, task: TaskUnits): boolean {
  if (seesAllUnits(actor)) return true;
  return can(actor.roles, 'plans.read') && actor.unitId !== null && unitsOf(task).includes(actor.unitId);
}

/** May this person file a report on this task on behalf of this unit? */
export function mayReportFor(actor: PlanActor, task: TaskUnits, unitId: number): boolean {
  if (task.closedAt !== null || !unitsOf(task).includes(unitId)) return false;
  if (can(actor.roles, 'reports.file_any')) return true;
  return can(actor.roles, 'reports.file') && actor.unitId === unitId;
}

/** The units this person could report for on this task (the form's choices). */
export function reportableUnits(actor: PlanActor, task: TaskUnits): number[] {
  return unitsOf(task).filter((unitId) => mayReportFor(actor, task, unitId));
}

/**
 * A report's files: whoever sees every unit, or belongs to the report's unit. A coordinating unit
 * sees another unit's report on a shared task, but not its files, nor their names.
 */
export function mayOpenReportFiles(actor: PlanActor, reportUnitId: number): boolean {
  return seesAllUnits(actor) || actor.unitId === reportUnitId;
}

/** Reports are corrected by their author, until the task is closed. */
export function mayCorrectReport(actor: PlanActor, report: { authorId: number | null }, task: TaskUnits): boolean {
  return task.closedAt === null && report.authorId === actor.id && can(actor.roles, 'reports.file');
}
