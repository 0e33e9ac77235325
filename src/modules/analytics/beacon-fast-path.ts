// The beacon without the framework. A reader's POST /api/v1/hit (no cookie, no token: it cannot be
// staff) with a declared body within the cap is read and answered straight from node:http, by the
// same hit counter, throttles, body rules and error answers as the Hono route: building Hono's web
// Request and Response and running the middleware chain was a third of the beacon's CPU, and on
// a national event day the beacon is what every reader's browser sends. Anything else (a cookie,
// a token, a chunked or oversized body, another path or method) goes to Hono unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import { parseJsonText } from '../../platform/http/body.js';
import { resolveClientIp } from '../../platform/http/client-ip.js';
import { apiErrorAnswer, toAppError } from '../../platform/http/error-handler.js';
import { REFERRER_POLICY, SECURITY_HEADERS } from '../../platform/http/security-headers.js';
import type { Logger } from '../../platform/logger.js';
import { type CountHit, HIT_PATH, MAX_HIT_BYTES } from './analytics.api.js';
import { hitSchema } from './analytics.schema.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

// What the Hono route's answer carries (c.json, NO_STORE, the security headers middleware);
// test/http/beacon-fast-path.test.ts compares the two.
const ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json',
  'Cache-Control': 'no-store',
  ...SECURITY_HEADERS,
  'Referrer-Policy': REFERRER_POLICY,
};

/** The declared body length when the fast path may take this request, else undefined. */
function fastBodyLength(req: IncomingMessage): number | undefined {
  if (req.method !== 'POST' || req.url !== HIT_PATH) return undefined;
  const h = req.headers;
  if (h.cookie !== undefined || h.authorization !== undefined || h['transfer-encoding'] !== undefined) return undefined;
  const length = Number(h['content-length']);
  return Number.isInteger(length) && length > 0 && length <= MAX_HIT_BYTES ? length : undefined;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown) {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...ANSWER_HEADERS, ...headers, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

export function createBeaconFastPath(deps: {
  countHit: CountHit;
  trustedProxies: BlockList;
  logger: Logger;
  /** Told of each answer (the request metrics, when they are on). */
  onAnswered?: (status: number, seconds: number) => void;
}) {
  async function answer(req: IncomingMessage, res: ServerResponse, text: string, started: number) {
    let status = 200;
    try {
      const { path } = parseJsonText(text, hitSchema);
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      };
      const peer = req.socket.remoteAddress || '127.0.0.1';
      const ip = resolveClientIp(peer, header('x-forwarded-for'), deps.trustedProxies);
      send(res, 200, {}, await deps.countHit({ ip, header, isStaff: async () => false }, path));
    } catch (err) {
      const refusal = apiErrorAnswer(toAppError(err, deps.logger, { method: 'POST', route: HIT_PATH }));
      status = refusal.status;
      send(res, refusal.status, refusal.headers, refusal.body);
    }
    deps.onAnswered?.(status, (performance.now() - started) / 1000);
  }

  return (next: RequestListener): RequestListener =>
    (req, res) => {
      const length = fastBodyLength(req);
      if (length === undefined) return next(req, res);
      const started = performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Node stops a body at its declared length; a client that goes away leaves nothing to answer.
      req.on('end', () => void answer(req, res, Buffer.concat(chunks).toString('utf8'), started));
      req.on('error', () => res.destroy());
    };
}
