// Sessions: a random 256-bit token in an HttpOnly cookie, stored only as its SHA-256. A session
// ends after SESSION_IDLE_MINUTES without a request, after SESSION_MAX_HOURS in any case, at
// logout, and at once when its user is disabled.
import { createHash } from 'node:crypto';
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import * as q from './accounts.queries.js';
import { accountsText } from './accounts.vi.js';
import { isRole, type Role } from './roles.js';

// Writing last_seen_at on every request would turn every page view into a write.
const TOUCH_EVERY_MS = 60_000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  /** The unit a unit reporter belongs to (what their plan pages are limited to); null for most staff. */
  unitId: number | null;
}

/** Who is asking: from the session cookie, or (under /api only) from a personal API token. */
export interface ResolvedSession {
  user: SessionUser;
  /** '' for a token: it is no ambient credential, so there is no CSRF token to send (and none matches). */
  csrfToken: string;
  tokenHash: string;
  via: 'session' | 'token';
  /** A role of theirs requires two-factor login and they have none yet: only the enrolment page opens. */
  mustEnrolTwoFactor?: boolean;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSessionStore(deps: {
  db: Db;
  clock: Clock;
  random: RandomSource;
  idleMs: number;
  maxMs: number;
  /** Whether this user must turn two-factor login on before anything else (two-factor.ts). */
  mustEnrol: (user: SessionUser) => Promise<boolean>;
}) {
  const { db, clock } = deps;
  return {
    async create(userId: number, browser: string): Promise<{ token: string; csrfToken: string }> {
      const now = clock.now();
      const token = deps.random(32).toString('base64url');
      const csrfToken = deps.random(32).toString('base64url');
      await q.insertSession(db, {
        tokenHash: hashToken(token),
        userId,
        csrfToken,
        browser,
        now: now.toISOString(),
        expiresAt: new Date(now.getTime() + deps.maxMs).toISOString(),
      });
      return { token, csrfToken };
    },

    async resolve(token: string | undefined): Promise<ResolvedSession | undefined> {
      if (!token || token.length > 100) return undefined;
      const tokenHash = hashToken(token);
      const row = await q.findSessionWithUser(db, tokenHash);
      if (!row) return undefined;
      const now = clock.now().getTime();
      const idle = now - Date.parse(row.last_seen_at) >= deps.idleMs;
      const expired = now >= Date.parse(row.expires_at);
      if (idle || expired || row.disabled === 1) {
        await q.deleteSession(db, tokenHash);
        return undefined;
      }
      if (now - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS)
        await q.touchSession(db, tokenHash, new Date(now).toISOString());
      const roles = ((await q.listRoles(db, [row.user_id])).get(row.user_id) ?? []).filter(isRole);
      const user = { id: row.user_id, email: row.email, name: row.name, roles, unitId: row.unit_id };
      return {
        user,
        csrfToken: row.csrf_token,
        tokenHash,
        via: 'session',
        mustEnrolTwoFactor: await deps.mustEnrol(user),
      };
    },

    end(tokenHash: string) {
      return q.deleteSession(db, tokenHash);
    },

    endAllFor(userId: number) {
      return q.deleteSessionsOfUser(db, userId);
    },

    async listActive() {
      const now = clock.now();
      await q.deleteSessionsIdleSince(db, new Date(now.getTime() - deps.idleMs).toISOString(), now.toISOString());
      return q.listActiveSessions(db, new Date(now.getTime() - deps.idleMs).toISOString(), now.toISOString());
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** "Chrome trên Windows": enough for a person to recognise their session. */
export function describeBrowser(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : accountsText.browser.otherBrowser;
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : accountsText.browser.otherSystem;
  return accountsText.browser.onSystem(browser, os);
}
