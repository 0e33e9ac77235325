// The only place that reads the environment: everything else receives a typed Config.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .transform((value) => value === '1' || value === 'true');

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
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  UPLOAD_MAX_MB: z.coerce.number().min(0.1, 'UPLOAD_MAX_MB phải từ 0.1 đến 50').max(50, 'UPLOAD_MAX_MB phải từ 0.1 đến 50').default(5),
  REPORT_PARENT_ISSUER: z.string().trim().min(1).default('ĐẢNG BỘ TỈNH LÀO CAI'),
  REPORT_PLACE: z.string().trim().min(1).default('Lào Cai'),
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
  /** The letterhead of exported reports: the parent body's line, and the place in the date line. */
  report: { parentIssuer: string; place: string };
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
  const dataDir = path.resolve(e.DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Config['database'] =
    url && url.startsWith('postgres')
      ? { kind: 'postgres', url }
      : { kind: 'sqlite', file: url ? url.replace(/^sqlite:(\/\/)?/, '') : path.join(dataDir, 'congtin.db') };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    trustProxy: e.TRUST_PROXY.split(',').map((s) => s.trim()).filter(Boolean),
    siteName: e.SITE_NAME.normalize('NFC'),
    siteUrl: e.SITE_URL?.replace(/\/+$/, ''),
    statsStartTotal: e.STATS_START_TOTAL,
    hitFlushMs: e.HIT_FLUSH_MS,
    hitRatePerMinute: e.HIT_RATE_PER_MINUTE,
    pageCacheSeconds: e.PAGE_CACHE_SECONDS,
    demoContent: e.DEMO_CONTENT,
    firstAdmin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.normalize('NFC').toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    report: { parentIssuer: e.REPORT_PARENT_ISSUER.normalize('NFC'), place: e.REPORT_PLACE.normalize('NFC') },
    logLevel: e.LOG_LEVEL,
  };
}
