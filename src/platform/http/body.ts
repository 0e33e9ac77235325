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
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T, options: { maxBytes: number; emptyAs?: unknown }): Promise<z.infer<T>> {
  const text = await readSmallBody(c, options.maxBytes);
  let json: unknown;
  try {
    json = text.trim() === '' && options.emptyAs !== undefined ? options.emptyAs : JSON.parse(text);
  } catch {
    throw new BadRequestError('INVALID_JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadRequestError('VALIDATION_FAILED', fieldErrors(parsed.error));
  return parsed.data;
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
