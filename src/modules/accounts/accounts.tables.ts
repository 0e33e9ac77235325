import type { Generated, Selectable } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  /** NFC, lower case: the login name. */
  email: string;
  name: string;
  password_hash: string;
  disabled: Generated<number>;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  /** The unit a unit reporter belongs to (the units module's table); null for most staff. */
  unit_id: Generated<number | null>;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  /** "Chrome trên Windows": enough to recognise a session, not the raw user agent. */
  browser: Generated<string>;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  key: string;
  at: string;
}

/** A row per throttle key, only locked (updated) to serialise the reservations on that key. */
export interface LoginLocksTable {
  key: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  actor: Generated<string>;
  action: string;
  target: Generated<string>;
  detail: Generated<string>;
  request_id: Generated<string>;
}

/** Personal API tokens: only the SHA-256 is kept; `prefix` (first 8 characters) tells them apart. */
export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  /** What the token is for, as its owner wrote it (NFC). */
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;

export interface AppSecretsTable {
  name: string;
  value: string;
}

/** A user's TOTP secret (encrypted: two-factor-secrets.ts); enabled_at null while enrolling. */
export interface TwoFactorTable {
  user_id: number;
  secret: string;
  enabled_at: string | null;
  /** The last 30-second step a code was accepted for: a code of that step or earlier is refused. */
  last_step: number | null;
  created_at: string;
}

/** Ten single-use recovery codes per user, as SHA-256 (80 random bits each). */
export interface TwoFactorRecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: string | null;
}

/** A password that was right, waiting for its second factor (not a session). */
export interface TwoFactorPendingTable {
  token_hash: string;
  user_id: number;
  /** Comma-separated login_failures ids of the password's reservation. */
  attempt_ids: string;
  browser: string;
  tries: Generated<number>;
  expires_at: string;
}

/** The roles whose users must turn two-factor login on. */
export interface TwoFactorSettingsTable {
  /** Always 1: one row, written when the admin first saves the required roles. */
  id: number;
  /** Role names separated by commas; empty when the admin requires it of nobody. */
  required_roles: string;
  updated_at: string;
}
