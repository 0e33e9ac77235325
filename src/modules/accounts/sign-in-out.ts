// Signing out, by the form (/dang-xuat) or the API (/api/v1/auth/logout): the session ends, the
// audit log says so, and the cookie is cleared.
import type { Context } from 'hono';
import type { AuditLog } from './audit.js';
import type { SessionStore } from './sessions.js';
import { requestIdOf, type StaffEnv, type StaffGuard } from './staff-guard.js';

export async function signOut(
  c: Context<StaffEnv>,
  deps: { sessions: SessionStore; audit: AuditLog; guard: StaffGuard },
): Promise<void> {
  const staff = c.get('staff');
  if (staff) {
    await deps.sessions.end(staff.tokenHash);
    await deps.audit.record({
      action: 'logout',
      userId: staff.user.id,
      actor: staff.user.email,
      requestId: requestIdOf(c),
    });
  }
  deps.guard.endSession(c);
}
