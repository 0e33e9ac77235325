// The only place that reads the environment: everything else receives a typed Config.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z.enum(['0', '1', 'true', 'false', '']).transform((value) => value === '1' || value === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0, 'PORT phải từ 0 đến 65535').max(65535, 'PORT phải từ 0 đến 65535').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc sqlite:')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRUST_PROXY: z.string().default(''),
  SITE_NAME: z.string().min(1).default('Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai'),
  SITE_URL: z.string().url('SITE_URL phải là một địa chỉ đầy đủ, ví dụ https://dukcqdn.laocai.gov.vn').optional(),
  STATS_START_TOTAL: z.coerce.number().int().min(0, 'STATS_START_TOTAL không được âm').default(0),
  HIT_FLUSH_MS: z.coerce.number().int().min(0).max(1000).default(2),
  HIT_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  DEMO_CONTENT: booleanFlag.default(true),
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
  UPLOAD_MAX_MB: z.coerce
    .number()
    .min(0.1, 'UPLOAD_MAX_MB phải từ 0.1 đến 50')
    .max(50, 'UPLOAD_MAX_MB phải từ 0.1 đến 50')
    .default(5),
  ATTACHMENT_MAX_MB: z.coerce
    .number()
    .min(0.1, 'ATTACHMENT_MAX_MB phải từ 0.1 đến 50')
    .max(50, 'ATTACHMENT_MAX_MB phải từ 0.1 đến 50')
    .default(10),
  REPORT_PARENT_ISSUER: z.string().trim().min(1).default('ĐẢNG BỘ TỈNH LÀO CAI'),
  REPORT_PLACE: z.string().trim().min(1).default('Lào Cai'),
  REMINDER_DAYS_AHEAD: z.coerce
    .number()
    .int('REMINDER_DAYS_AHEAD phải là số ngày (0–60)')
    .min(0, 'REMINDER_DAYS_AHEAD phải là số ngày (0–60)')
    .max(60, 'REMINDER_DAYS_AHEAD phải là số ngày (0–60)')
    .default(3),
  REMINDER_OVERDUE_DAYS: z.coerce
    .number()
    .int('REMINDER_OVERDUE_DAYS phải là số ngày (0–3650)')
    .min(0, 'REMINDER_OVERDUE_DAYS phải là số ngày (0–3650)')
    .max(3650, 'REMINDER_OVERDUE_DAYS phải là số ngày (0–3650)')
    .default(30),
  REMINDER_HOUR: z.coerce
    .number()
    .int('REMINDER_HOUR phải là giờ trong ngày (0–23)')
    .min(0, 'REMINDER_HOUR phải là giờ trong ngày (0–23)')
    .max(23, 'REMINDER_HOUR phải là giờ trong ngày (0–23)')
    .default(7),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s/]+(:\d+)?\/?$/,
      'SMTP_URL phải có dạng smtp://tên:mật-khẩu@máy-chủ:587 hoặc smtps://tên:mật-khẩu@máy-chủ:465',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_FROM: z
    .string()
    .trim()
    .regex(
      /^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/,
      'SMTP_FROM phải là một địa chỉ e-mail, ví dụ "Cổng tin <congtin@example.vn>"',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

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
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.SMTP_FROM)
    throw new ConfigError('Cấu hình không hợp lệ:\n  SMTP_FROM: hãy ghi địa chỉ người gửi khi đã đặt SMTP_URL');
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
  };
}
