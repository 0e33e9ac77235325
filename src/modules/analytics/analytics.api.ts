// The beacon and the counters API. Thin handlers: throttle → filter → record → answer.
import type { Context, Hono } from 'hono';
import type { BlockList } from 'node:net';
import { clientIp } from '../../platform/http/client-ip.js';
import { readSmallBody } from '../../platform/http/body.js';
import { BadRequestError, TooManyRequestsError } from '../../platform/http/errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import type { AnalyticsService } from './analytics.service.js';
import { countersSchema, hitAnswerSchema, hitSchema } from './analytics.schema.js';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { z } from 'zod';
import { isBotUserAgent, isPrefetch } from './bots.js';
import type { Throttle } from './throttle.js';

// A transparent 1×1 GIF for the no-JavaScript counter.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NO_STORE = { 'Cache-Control': 'no-store' };
const MAX_HIT_BYTES = 8 * 1024;

/**
 * A 32-bit FNV-1a of the user agent: the throttle only needs to tell browsers behind one address
 * apart, and a short key keeps its map small under a flood of distinct clients.
 */
function hashUserAgent(userAgent: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < userAgent.length; i++) h = Math.imul(h ^ userAgent.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function mountAnalyticsApi(
  app: Hono<any>,
  deps: { analytics: AnalyticsService; visitorThrottle: Throttle; addressThrottle: Throttle; trustedProxies: BlockList; isStaff: (c: Context) => Promise<boolean>; docs: ApiDocs },
) {
  const { analytics } = deps;
  documentAnalyticsApi(deps.docs);

  /** Counts the hit unless it is a bot, a prefetch or staff; throttles hammering clients. */
  async function countHit(c: Context, path: string) {
    const ip = clientIp(c, deps.trustedProxies);
    const userAgent = c.req.header('user-agent') ?? '';
    const wait = Math.max(deps.addressThrottle.take(ip), deps.visitorThrottle.take(`${ip} ${hashUserAgent(userAgent)}`));
    if (wait > 0) throw new TooManyRequestsError(wait);
    if (isBotUserAgent(userAgent) || isPrefetch((name) => c.req.header(name)) || (await deps.isStaff(c))) {
      return analytics.readFreshCounters();
    }
    return analytics.recordHit({ ip, userAgent, path });
  }

  app.post('/api/v1/hit', async (c) => {
      // Not hono's bodyLimit: it builds a full web Request per hit, a fifth of the beacon's CPU.
      const text = await readSmallBody(c, MAX_HIT_BYTES);
      let json: unknown;
      try {
        // sendBeacon() posts text/plain, fetch() application/json: both carry JSON.
        json = JSON.parse(text);
      } catch {
        throw new BadRequestError('INVALID_JSON');
      }
      const parsed = hitSchema.safeParse(json);
      if (!parsed.success) {
        const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'body', i.message]));
        throw new BadRequestError('VALIDATION_FAILED', fields);
      }
      const answer = await countHit(c, parsed.data.path.normalize('NFC'));
      return c.json(answer, 200, NO_STORE);
  });

  app.get('/api/v1/hit.gif', async (c) => {
    const path = readQueryParam(c, 'path') ?? '/';
    const parsed = hitSchema.shape.path.safeParse(path);
    if (parsed.success) await countHit(c, parsed.data);
    return c.body(new Uint8Array(PIXEL), 200, { 'Content-Type': 'image/gif', ...NO_STORE });
  });

  app.get('/api/v1/stats', async (c) => c.json(await analytics.readFreshCounters(), 200, NO_STORE));
}

function documentAnalyticsApi(docs: ApiDocs) {
  const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
  const errors = {
    400: json(errorResponseSchema, 'Dữ liệu không hợp lệ (JSON sai, path không bắt đầu bằng “/”…)'),
    413: json(errorResponseSchema, 'Dữ liệu gửi lên quá 8 KB'),
    429: json(errorResponseSchema, 'Gửi quá nhanh; xem Retry-After'),
  };
  docs.register({
    method: 'post',
    path: '/api/v1/hit',
    summary: 'Đếm một lượt xem trang (beacon)',
    description:
      'Gửi từ mỗi trang công khai. Trả lời sau khi lượt xem đã được ghi (group commit). Máy tìm kiếm, trang tải trước và cán bộ đã đăng nhập không được đếm nhưng vẫn nhận số liệu. Body có thể gửi dạng application/json hoặc text/plain (sendBeacon).',
    request: { body: { content: { 'application/json': { schema: hitSchema } } } },
    responses: { 200: json(hitAnswerSchema, 'Bốn bộ đếm sau lượt xem này'), ...errors },
  });
  docs.register({
    method: 'get',
    path: '/api/v1/hit.gif',
    summary: 'Đếm lượt xem khi trình duyệt không chạy JavaScript',
    request: { query: z.object({ path: hitSchema.shape.path }) },
    responses: { 200: { description: 'Ảnh GIF 1×1 trong suốt' }, 429: errors[429] },
  });
  docs.register({
    method: 'get',
    path: '/api/v1/stats',
    summary: 'Bốn bộ đếm “Thống kê truy cập”',
    responses: { 200: json(countersSchema, 'Số liệu, cũ nhất 1 giây') },
  });
}
