// Reading a small request body with a hard cap, without building a web Request when the
// client declares its length (the common case, and @hono/node-server's fast path).
import type { Context, MiddlewareHandler } from 'hono';
import { AppError, BadRequestError } from './errors.js';

export async function readSmallBody(c: Context, maxBytes: number): Promise<string> {
  const declared = c.req.header('content-length');
  if (declared !== undefined) {
    const length = Number(declared);
    if (!Number.isInteger(length) || length < 0) throw new BadRequestError();
    if (length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', 413);
    return c.req.text();
  }
  // Chunked upload with no declared length: read the stream, stop as soon as it is too big.
  const reader = c.req.raw.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new AppError('PAYLOAD_TOO_LARGE', 413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const FORM_ALLOWANCE = 'formBytesAllowed';

/**
 * Put in front of a route that takes files, next to its own body limit: whoever reads the form
 * before the route (the staff guard, for the CSRF token) lets a body this large through.
 */
export function allowFormBytes(bytes: number): MiddlewareHandler {
  return async (c, next) => {
    c.set(FORM_ALLOWANCE as never, bytes as never);
    await next();
  };
}

/** The allowance a route declared with allowFormBytes, if any. */
export function formBytesAllowed(c: Context): number | undefined {
  return c.get(FORM_ALLOWANCE as never) as number | undefined;
}
