// An audit row for what the signed-in staff member did in this request.
import type { Context } from 'hono';
import type { AuditAction, AuditLog } from './audit.js';
import { requestIdOf, type StaffEnv } from './staff-guard.js';

export function recordStaffAction(
  c: Context<StaffEnv>,
  audit: AuditLog,
  entry: { action: AuditAction; target?: string; detail?: string },
) {
  const staff = c.get('staff')!;
  return audit.record({ ...entry, userId: staff.user.id, actor: staff.user.email, requestId: requestIdOf(c) });
}
