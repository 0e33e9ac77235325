// The only place that reads the environment: everything else receives a typed Config.
import path from 'node:path';
import { z } from 'zod';
import { configText as t } from './config.vi.js';

const booleanFlag = z.enum(['0', '1', 'true', 'false', '']).transform((value) => value === '1' || value === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0, t.port).max(65535, t.port).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, t.databaseUrl)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRUST_PROXY: z.string().default(''),
  SITE_NAME: z.string().min(1).default(t.defaults.siteName),
  SITE_URL: z.string().url(t.siteUrl).optional(),
  STATS_START_TOTAL: z.coerce.number().int().min(0, t.statsStartTotal).default(0),
  HIT_FLUSH_MS: z.coerce.number().int().min(0).max(1000).default(1),
  HIT_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  DEMO_CONTENT: booleanFlag.default(true),
  // Unset (or empty): the demo accounts come with the demo content unless ADMIN_EMAIL names a real admin.
  DEMO_ACCOUNTS: z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((value) => (value ? value === '1' || value === 'true' : undefined)),
  ADMIN_EMAIL: z.string().trim().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(120),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  UPLOAD_MAX_MB: z.coerce.number().min(0.1, t.uploadMaxMb).max(50, t.uploadMaxMb).default(5),
  ATTACHMENT_MAX_MB: z.coerce.number().min(0.1, t.attachmentMaxMb).max(50, t.attachmentMaxMb).default(10),
  REPORT_PARENT_ISSUER: z.string().trim().min(1).default(t.defaults.reportParentIssuer),
  REPORT_PLACE: z.string().trim().min(1).default(t.defaults.reportPlace),
  REMINDER_DAYS_AHEAD: z.coerce
    .number()
    .int(t.reminderDaysAhead)
    .min(0, t.reminderDaysAhead)
    .max(60, t.reminderDaysAhead)
    .default(3),
  REMINDER_OVERDUE_DAYS: z.coerce
    .number()
    .int(t.reminderOverdueDays)
    .min(0, t.reminderOverdueDays)
    .max(3650, t.reminderOverdueDays)
    .default(30),
  REMINDER_HOUR: z.coerce.number().int(t.reminderHour).min(0, t.reminderHour).max(23, t.reminderHour).default(7),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s/]+(:\d+)?\/?$/, t.smtpUrl)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_FROM: z
    .string()
    .trim()
    .regex(/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/, t.smtpFrom)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Sent by Prometheus in a header: printable ASCII without spaces, long enough not to be guessed.
  METRICS_TOKEN: z
    .string()
    .min(16, t.metricsToken)
    .regex(/^[\x21-\x7e]+$/, t.metricsToken)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // The keys of the TOTP secrets: the first encrypts, all decrypt (a rotation puts a new key first).
  TWO_FACTOR_KEYS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return undefined;
      const keys = value.split(',').map((k) => parseKey(k.trim()));
      if (keys.every((k) => k !== undefined)) return keys;
      ctx.addIssue({ code: 'custom', message: t.twoFactorKeys });
      return z.NEVER;
    }),
});

/** A 32-byte key written as 64 hex digits or as base64 (44 characters); undefined otherwise. */
function parseKey(text: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/]{43}=$/.test(text)) return undefined;
  return Buffer.from(text, 'base64');
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  trustProxy: string[];
  siteName: string;
  siteUrl: string | undefined;
  statsStartTotal: number;
  hitFlushMs: number;
  hitRatePerMinute: number;
  pageCacheSeconds: number;
  demoContent: boolean;
  /** Create the demo accounts (published password) on a first start: DEMO_ACCOUNTS, else demo content without ADMIN_EMAIL. */
  demoAccounts: boolean;
  firstAdmin: { email: string; password: string } | undefined;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Largest image upload accepted, in bytes. */
  uploadMaxBytes: number;
  /** Largest file attached to a plan or a progress report, in bytes. */
  attachmentMaxBytes: number;
  /** The letterhead of exported reports: the parent body's line, and the place in the date line. */
  report: { parentIssuer: string; place: string };
  /** Reminders ("đôn đốc"): due within daysAhead days, or overdue by at most overdueDays; the day's run starts at `hour` (Vietnam time). */
  reminders: { daysAhead: number; overdueDays: number; hour: number };
  /** Outgoing mail for reminders; undefined: no e-mail (the in-app notifications still work). */
  smtp: { url: string; from: string } | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** GET /metrics answers only with `Authorization: Bearer <this>`; undefined: no metrics at all (404). */
  metricsToken: string | undefined;
  /** TWO_FACTOR_KEYS; undefined: a key kept in DATA_DIR/two-factor.key (one node only). */
  twoFactorKeys: Buffer[] | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(t.invalid(lines.join('\n')));
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.SMTP_FROM) throw new ConfigError(t.invalid(t.smtpFromMissing));
  const dataDir = path.resolve(e.DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Config['database'] = url?.startsWith('postgres')
    ? { kind: 'postgres', url }
    : { kind: 'sqlite', file: url ? url.replace(/^sqlite:(\/\/)?/, '') : path.join(dataDir, 'congtin.db') };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    trustProxy: e.TRUST_PROXY.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    siteName: e.SITE_NAME.normalize('NFC'),
    siteUrl: e.SITE_URL?.replace(/\/+$/, ''),
    statsStartTotal: e.STATS_START_TOTAL,
    hitFlushMs: e.HIT_FLUSH_MS,
    hitRatePerMinute: e.HIT_RATE_PER_MINUTE,
    pageCacheSeconds: e.PAGE_CACHE_SECONDS,
    demoContent: e.DEMO_CONTENT,
    demoAccounts: e.DEMO_ACCOUNTS ?? (e.DEMO_CONTENT && !e.ADMIN_EMAIL),
    firstAdmin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL.normalize('NFC').toLowerCase(), password: e.ADMIN_PASSWORD }
        : undefined,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    attachmentMaxBytes: Math.round(e.ATTACHMENT_MAX_MB * 1024 * 1024),
    report: { parentIssuer: e.REPORT_PARENT_ISSUER.normalize('NFC'), place: e.REPORT_PLACE.normalize('NFC') },
    reminders: { daysAhead: e.REMINDER_DAYS_AHEAD, overdueDays: e.REMINDER_OVERDUE_DAYS, hour: e.REMINDER_HOUR },
    smtp: e.SMTP_URL && e.SMTP_FROM ? { url: e.SMTP_URL, from: e.SMTP_FROM.normalize('NFC') } : undefined,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN,
    twoFactorKeys: e.TWO_FACTOR_KEYS,
  };
}
