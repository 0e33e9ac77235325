// The beacon and the counters API. Thin handlers: throttle → filter → record → answer.
import type { Context, Hono } from 'hono';
import type { BlockList } from 'node:net';
import { clientIp } from '../../platform/http/client-ip.js';
import { readSmallBody } from '../../platform/http/body.js';
import { BadRequestError, TooManyRequestsError } from '../../platform/http/errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import type { AnalyticsService } from './analytics.service.js';
import { hitSchema } from './analytics.schema.js';
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
  deps: { analytics: AnalyticsService; visitorThrottle: Throttle; addressThrottle: Throttle; trustedProxies: BlockList; isStaff: (c: Context) => Promise<boolean> },
) {
  const { analytics } = deps;

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
