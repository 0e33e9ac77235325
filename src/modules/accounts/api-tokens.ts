// Personal API tokens: `ct_` + 256 random bits, shown once to their owner and stored only as
// their SHA-256. A token stands for its user under /api/* until it is revoked, expires, or its
// user is disabled; a new password revokes them all, like it ends the user's sessions.
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import * as q from './api-tokens.queries.js';
import { listRoles } from './accounts.queries.js';
import { isRole } from './roles.js';
import { hashToken, type ResolvedSession } from './sessions.js';

// 32 bytes in base64url are 43 characters; anything else is refused before touching the database.
const TOKEN_PATTERN = /^ct_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 8;
// Writing last_used_at on every call would turn every API request into a write.
const TOUCH_EVERY_MS = 60_000;
const DAY_MS = 24 * 3600_000;

export const API_TOKEN_EXPIRIES = ['30', '90', '365', 'never'] as const;
export type ApiTokenExpiry = (typeof API_TOKEN_EXPIRIES)[number];

export type ApiTokenStatus = 'active' | 'expired' | 'revoked';

export interface ApiTokenView {
  id: number;
  userId: number;
  ownerName: string;
  ownerEmail: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: ApiTokenStatus;
}

/** The credential of an `Authorization: Bearer …` header ('' when empty), or undefined for none or another scheme. */
export function readBearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer(?:[ \t]+(.*))?$/i.exec(authorization.trim());
  return match ? (match[1] ?? '').trim() : undefined;
}

function statusOf(row: { revoked_at: string | null; expires_at: string | null }, now: number): ApiTokenStatus {
  if (row.revoked_at) return 'revoked';
  return row.expires_at && now >= Date.parse(row.expires_at) ? 'expired' : 'active';
}

function toView(row: Awaited<ReturnType<typeof q.listApiTokens>>[number], now: number): ApiTokenView {
  return {
    id: row.id,
    userId: row.user_id,
    ownerName: row.owner_name,
    ownerEmail: row.email,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    status: statusOf(row, now),
  };
}

export function createApiTokenStore(deps: { db: Db; clock: Clock; random: RandomSource }) {
  const { db, clock } = deps;
  return {
    /** Creates a token; the plaintext is returned here once and exists nowhere else. */
    async create(
      userId: number,
      name: string,
      expiry: ApiTokenExpiry,
    ): Promise<{ id: number; token: string; prefix: string; expiresAt: string | null }> {
      const now = clock.now();
      const token = `ct_${deps.random(32).toString('base64url')}`;
      const prefix = token.slice(0, PREFIX_LENGTH);
      const expiresAt = expiry === 'never' ? null : new Date(now.getTime() + Number(expiry) * DAY_MS).toISOString();
      const id = await q.insertApiToken(db, {
        userId,
        name,
        tokenHash: hashToken(token),
        prefix,
        now: now.toISOString(),
        expiresAt,
      });
      return { id, token, prefix, expiresAt };
    },

    /** The token's user, as a session would give it, or undefined for anything not live. */
    async resolve(token: string): Promise<ResolvedSession | undefined> {
      if (!TOKEN_PATTERN.test(token)) return undefined;
      const tokenHash = hashToken(token);
      const row = await q.findApiTokenByHash(db, tokenHash);
      const now = clock.now().getTime();
      if (!row || row.disabled === 1 || statusOf(row, now) !== 'active') return undefined;
      if (!row.last_used_at || now - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
        await q.touchApiToken(db, row.id, new Date(now).toISOString(), new Date(now - TOUCH_EVERY_MS).toISOString());
      }
      const roles = ((await listRoles(db, [row.user_id])).get(row.user_id) ?? []).filter(isRole);
      return {
        user: { id: row.user_id, email: row.email, name: row.owner_name, roles, unitId: row.unit_id },
        csrfToken: '',
        tokenHash,
        via: 'token',
      };
    },

    async find(id: number): Promise<ApiTokenView | undefined> {
      const row = await q.findApiTokenById(db, id);
      return row ? toView(row, clock.now().getTime()) : undefined;
    },

    /** One user's tokens, or everyone's without a user; newest first, revoked ones included. */
    async list(userId?: number): Promise<ApiTokenView[]> {
      const now = clock.now().getTime();
      return (await q.listApiTokens(db, userId)).map((row) => toView(row, now));
    },

    /** Returns whether the token was still unrevoked. */
    revoke(id: number): Promise<boolean> {
      return q.revokeApiToken(db, id, clock.now().toISOString());
    },

    revokeAllFor(userId: number) {
      return q.revokeApiTokensOfUser(db, userId, clock.now().toISOString());
    },
  };
}

export type ApiTokenStore = ReturnType<typeof createApiTokenStore>;
