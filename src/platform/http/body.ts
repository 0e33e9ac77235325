// Reading a small request body with a hard cap, without building a web Request when the
// client declares its length (the common case, and @hono/node-server's fast path).
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { AppError, BadRequestError } from './errors.js';
import { fieldErrors } from './form-errors.js';

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

/**
 * A JSON body read with a hard cap and checked by a zod schema: 400 INVALID_JSON or
 * VALIDATION_FAILED with each field's Vietnamese message. `emptyAs` stands in for an empty body.
 */
export async function readJsonBody<T extends z.ZodType>(
  c: Context,
  schema: T,
  options: { maxBytes: number; emptyAs?: unknown },
): Promise<z.infer<T>> {
  return parseJsonText(await readSmallBody(c, options.maxBytes), schema, options.emptyAs);
}

/** A body's text as JSON checked by the schema (readJsonBody's rules, for a body read otherwise). */
export function parseJsonText<T extends z.ZodType>(text: string, schema: T, emptyAs?: unknown): z.infer<T> {
  let json: unknown;
  try {
    json = text.trim() === '' && emptyAs !== undefined ? emptyAs : JSON.parse(text);
  } catch {
    throw new BadRequestError('INVALID_JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadRequestError('VALIDATION_FAILED', fieldErrors(parsed.error));
  return parsed.data;
}

const BODY_CAP = 'bodyCap';

export interface BodyCap {
  bytes: number;
  /** The sentence to refuse with, when the generic "too large" would not say how large may be. */
  message?: string;
}

/** A route's body cap, declared in front of it (before enforceBodyCaps runs). */
export function bodyCap(bytes: number, message?: string): MiddlewareHandler {
  return async (c, next) => {
    c.set(BODY_CAP as never, { bytes, message } as never);
    await next();
  };
}

/** The cap a route declared with bodyCap, if any. */
export function declaredBodyCap(c: Context): BodyCap | undefined {
  return c.get(BODY_CAP as never) as BodyCap | undefined;
}

class BodyTooLargeError extends AppError {
  constructor(message?: string) {
    super('PAYLOAD_TOO_LARGE', 413);
    if (message) this.message = message;
  }
}

/**
 * The first check of every request that has a body, before the session, the permission, the CSRF
 * token or the body itself: a declared Content-Length over the route's cap is refused before a
 * byte is read, and a body without one is cut off as soon as it passes the cap.
 */
export function enforceBodyCaps(options: { defaultBytes: number }): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const cap = (c.get(BODY_CAP as never) as BodyCap | undefined) ?? { bytes: options.defaultBytes };
    // The unread rest of a refused body is @hono/node-server's to discard: it reads it for up to
    // 500 ms or 64 MB after the answer (a lingering close, so the client sees the answer rather
    // than a reset), then closes the connection.
    const refuse = () => {
      throw new BodyTooLargeError(cap.message);
    };
    const declared = c.req.header('content-length');
    if (declared !== undefined) {
      const length = Number(declared);
      if (!Number.isInteger(length) || length < 0) throw new BadRequestError();
      if (length > cap.bytes) refuse();
      return next();
    }
    const body = c.req.raw.body;
    if (!body) return next();
    // No declared length (chunked): count while the body streams, and stop at the cap.
    let received = 0;
    let over = false;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          if (received > cap.bytes) {
            over = true;
            controller.error(new BodyTooLargeError(cap.message));
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    try {
      await next();
    } catch (err) {
      if (over) refuse();
      throw err;
    }
    if (over) refuse();
  };
}
