// Two-factor login with TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, ±1 step accepted) or a
// recovery code. The secret is kept encrypted (two-factor-secrets.ts); a code is accepted once: the
// last accepted step is stored and a code of that step or an earlier one is refused (replay).
// The roles that must use it are a setting (admin and leader from the start); the demo accounts are exempt.
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import { requiredOnFirstUse } from '../../platform/required-on-first-use.js';
import { hashRecoveryCode, looksLikeRecoveryCode, makeRecoveryCodes } from './recovery-codes.js';
import { isRole, type Role } from './roles.js';
import { SecretKeyMissingError, type SecretBox } from './two-factor-secrets.js';
import * as q from './two-factor.queries.js';

const PERIOD_SECONDS = 30;
const WINDOW_STEPS = 1;

// Required on first use: only a login with two-factor or an enrolment needs them, and every start
// would pay for them.
const otpauth = requiredOnFirstUse<typeof import('otpauth')>('otpauth');
const qrcode = requiredOnFirstUse<typeof import('qrcode-generator')>('qrcode-generator');

export interface TwoFactorDeps {
  db: Db;
  clock: Clock;
  random: RandomSource;
  box: SecretBox;
  /** The name authenticator apps show above the code (the site's name). */
  issuer: string;
  /** The demo accounts (a published password): never made to enrol. */
  isExempt: (email: string) => boolean;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  unusedRecoveryCodes: number;
}

/**
 * What a code given at login or at enrolment turned out to be. 'key_missing': the secret was made
 * with a key no longer configured (TWO_FACTOR_KEYS changed too soon), so no six-digit code can be
 * checked; recovery codes, stored hashed, still work.
 */
export type CodeCheck = 'ok' | 'invalid' | 'replayed' | 'key_missing';

/** The stored secret in clear, or undefined when no configured key made it. */
function openSecret(box: SecretBox, stored: string): string | undefined {
  try {
    return box.decrypt(stored);
  } catch (error) {
    if (error instanceof SecretKeyMissingError) return undefined;
    throw error;
  }
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
const totpFor = (issuer: string, email: string, base32: string) =>
  new (otpauth().TOTP)({
    issuer,
    label: email,
    secret: otpauth().Secret.fromBase32(base32),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });

/** The QR code of `uri` as an SVG data: address (the CSP allows data: images; no script draws it). */
function qrDataUrl(uri: string): string {
  const code = qrcode()(0, 'M');
  code.addData(uri);
  code.make();
  const svg = code.createSvgTag({ cellSize: 4, margin: 16 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Until the admin chooses, the roles that can read or change the most must use it. */
const DEFAULT_REQUIRED_ROLES: readonly Role[] = ['admin', 'leader'];

/** Which roles must use it, and who must turn it on before anything else. */
function createTwoFactorPolicy(deps: TwoFactorDeps) {
  const { db } = deps;
  async function requiredRoles(): Promise<Role[]> {
    return ((await q.findRequiredRoles(db)) ?? DEFAULT_REQUIRED_ROLES).filter(isRole);
  }
  return {
    requiredRoles,

    async setRequiredRoles(roles: readonly Role[]) {
      await q.saveRequiredRoles(db, roles, deps.clock.now().toISOString());
    },

    isExempt: deps.isExempt,

    /** True when one of the user's roles requires it, they are not exempt, and it is not on. */
    async mustEnrol(user: { id: number; email: string; roles: readonly Role[] }): Promise<boolean> {
      if (deps.isExempt(user.email)) return false;
      const required = await requiredRoles();
      if (!user.roles.some((role) => required.includes(role))) return false;
      return !(await q.findTwoFactor(db, user.id))?.enabled_at;
    },
  };
}

export function createTwoFactor(deps: TwoFactorDeps) {
  return {
    ...createTwoFactorPolicy(deps),
    ...createTwoFactorEnrolment(deps),
    ...createTwoFactorCodes(deps),
    reEncryptAll: () => reEncryptAll(deps),
  };
}

/** After a key rotation: every secret encrypted again with the first key; returns how many changed. */
async function reEncryptAll({ db, box }: TwoFactorDeps): Promise<number> {
  let changed = 0;
  for (const row of await q.listAllSecrets(db)) {
    if (box.isCurrent(row.secret)) continue;
    await q.updateSecret(db, row.user_id, box.encrypt(box.decrypt(row.secret)));
    changed++;
  }
  return changed;
}

/** The step a six-digit code belongs to (within ±1 step of now), or undefined. */
function stepOf(deps: TwoFactorDeps, base32: string, email: string, code: string): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const timestamp = deps.clock.now().getTime();
  const delta = totpFor(deps.issuer, email, base32).validate({ token: code, timestamp, window: WINDOW_STEPS });
  return delta === null ? undefined : Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
}

/** Its state, and turning it on. */
function createTwoFactorEnrolment(deps: TwoFactorDeps) {
  const { db, clock, box } = deps;
  const now = () => clock.now().toISOString();
  return {
    async status(userId: number): Promise<TwoFactorStatus> {
      const row = await q.findTwoFactor(db, userId);
      const enabled = Boolean(row?.enabled_at);
      return {
        enabled,
        enabledAt: row?.enabled_at ?? null,
        unusedRecoveryCodes: enabled ? await q.countUnusedRecoveryCodes(db, userId) : 0,
      };
    },

    async isEnabled(userId: number): Promise<boolean> {
      return Boolean((await q.findTwoFactor(db, userId))?.enabled_at);
    },

    /** The users who have it on (for the users' list). */
    listEnabledUserIds: () => q.listEnabledUserIds(db),

    /**
     * The secret to enrol with: the one already shown (so a reload does not invalidate what the
     * phone scanned), or a new one. Undefined when two-factor login is already on.
     */
    async enrolment(user: { id: number; email: string }) {
      const row = await q.findTwoFactor(db, user.id);
      if (row?.enabled_at) return undefined;
      let base32 = row ? openSecret(box, row.secret) : undefined;
      if (!base32) {
        base32 = new (otpauth().Secret)({ buffer: new Uint8Array(deps.random(20)).buffer }).base32;
        await q.saveEnrolment(db, { userId: user.id, secret: box.encrypt(base32), now: now() });
      }
      const uri = totpFor(deps.issuer, user.email, base32).toString();
      return { secret: base32.match(/.{1,4}/g)!.join(' '), uri, qr: qrDataUrl(uri) };
    },

    /** The first code proves the phone has the secret: then it is on, and ten recovery codes are made. */
    async confirm(user: { id: number; email: string }, code: string): Promise<string[] | undefined> {
      const row = await q.findTwoFactor(db, user.id);
      if (!row || row.enabled_at) return undefined;
      const base32 = openSecret(box, row.secret);
      const step = base32 === undefined ? undefined : stepOf(deps, base32, user.email, code.replace(/\s/g, ''));
      if (step === undefined) return undefined;
      const codes = makeRecoveryCodes(deps.random);
      await db.transaction().execute(async (trx) => {
        await q.enable(trx, user.id, now(), step);
        await q.replaceRecoveryCodes(trx, user.id, codes.map(hashRecoveryCode));
      });
      return codes;
    },
  };
}

/** Checking a code once it is on, new recovery codes, turning it off. */
function createTwoFactorCodes(deps: TwoFactorDeps) {
  const { db, clock, box } = deps;
  const now = () => clock.now().toISOString();

  /** A code at login: six digits from the app (once per step), or a recovery code (once ever). */
  async function check(user: { id: number; email: string }, typed: string): Promise<CodeCheck> {
    const row = await q.findTwoFactor(db, user.id);
    if (!row?.enabled_at) return 'invalid';
    if (looksLikeRecoveryCode(typed))
      return (await q.useRecoveryCode(db, user.id, hashRecoveryCode(typed), now())) ? 'ok' : 'invalid';
    const base32 = openSecret(box, row.secret);
    if (base32 === undefined) return 'key_missing';
    const step = stepOf(deps, base32, user.email, typed.replace(/\s/g, ''));
    if (step === undefined) return 'invalid';
    return (await q.claimStep(db, user.id, step)) ? 'ok' : 'replayed';
  }

  return {
    check,

    /**
     * Ten new recovery codes in place of the old ones, for a person who is running out (a role
     * that requires it cannot turn it off and on again): asked with a code, like turning it off.
     */
    async renewRecoveryCodes(
      user: { id: number; email: string },
      typed: string,
    ): Promise<string[] | Exclude<CodeCheck, 'ok'>> {
      const checked = await check(user, typed);
      if (checked !== 'ok') return checked;
      const codes = makeRecoveryCodes(deps.random);
      await db.transaction().execute((trx) => q.replaceRecoveryCodes(trx, user.id, codes.map(hashRecoveryCode)));
      return codes;
    },

    /** Turns it off: the secret, the recovery codes and any pending login go. */
    async reset(userId: number) {
      await db.transaction().execute((trx) => q.deleteTwoFactor(trx, userId));
    },
  };
}

export type TwoFactor = ReturnType<typeof createTwoFactor>;
