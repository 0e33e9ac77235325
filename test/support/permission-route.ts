// One row of the staff permission table (test/http/staff-permissions.test.ts): a staff route and
// the permission it names. Modules added later keep their rows in test/http/permission-routes/*.ts.
import type { Permission, Role } from '../../src/modules/accounts/index.js';
import type { StaffSession } from './staff.js';
import type { TestApp } from './test-app.js';

export interface PermissionRoute<Ids> {
  method: 'GET' | 'POST';
  /** As mounted in Hono, e.g. /quan-tri/nguoi-dung/:id */
  pattern: string;
  path: (ids: Ids) => string;
  permission: Permission;
  fields?: Record<string, string> | ((ids: Ids) => Record<string, string>);
  /** When a per-record rule narrows the route's roles for this record (a report is its author's). */
  recordRoles?: readonly Role[];
}

/**
 * What a file in test/http/permission-routes/ exports: its rows, and the records they need (made
 * once per database before the table is walked; its ids are passed to each row's path).
 */
export interface PermissionRouteTable {
  routes: PermissionRoute<Record<string, number>>[];
  fixtures?: (t: TestApp, sessions: ReadonlyMap<Role, StaffSession>) => Promise<Record<string, number>>;
}
