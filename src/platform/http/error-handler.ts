// The one place errors become responses: a Vietnamese HTML page, or JSON under /api; a request id
// in both; never a stack trace.
import { randomUUID } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.js';
import { vi } from '../i18n/vi.js';
import { AppError, BadRequestError, NotFoundError, ServiceUnavailableError, TooManyRequestsError } from './errors.js';
import { asStorageUnavailable, StorageUnavailableError } from './unavailable.js';

/** The page for an error; given the request too, so a staff page's error can stay in the staff frame. */
export type ErrorPageRenderer = (
  info: {
    status: number;
    /** The error's stable code: STORAGE_UNAVAILABLE gets a page that keeps the form's text. */
    code: string;
    title: string;
    message: string;
    requestId: string;
    path: string;
  },
  c: Context,
) => Promise<Buffer>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function plainErrorPage(info: { title: string; message: string; requestId: string }): Buffer {
  return Buffer.from(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title></head>` +
      `<body><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.message)}</p>` +
      `<p>${vi.ui.requestId}: ${escapeHtml(info.requestId)}</p><p><a href="/">${vi.ui.backHome}</a></p></body></html>`,
  );
}

/** Paths with malformed percent-encoding (invalid UTF-8) are refused before routing. */
export function rejectMalformedPath(): MiddlewareHandler {
  return async (c, next) => {
    const rawPath = c.req.path;
    if (rawPath.includes('%')) {
      try {
        decodeURIComponent(new URL(c.req.url).pathname);
      } catch {
        throw new BadRequestError('INVALID_ENCODING');
      }
    }
    await next();
  };
}

/** A script that asked for JSON only (the editor's image upload) gets its error as JSON too. */
function wantsJson(c: Context): boolean {
  const accept = c.req.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** An error's request id and headers (Retry-After when the client may try again later). */
function errorHeaders(error: AppError): { requestId: string; headers: Record<string, string> } {
  const requestId = randomUUID();
  const headers: Record<string, string> = { 'X-Request-Id': requestId, 'Cache-Control': 'no-store' };
  if (error instanceof TooManyRequestsError) headers['Retry-After'] = String(error.retryAfterSeconds);
  if ((error instanceof ServiceUnavailableError || error instanceof StorageUnavailableError) && error.retryAfterSeconds)
    headers['Retry-After'] = String(error.retryAfterSeconds);
  return { requestId, headers };
}

/** An error as the JSON API answers it: shared by the error handler and the beacon's fast path. */
export function apiErrorAnswer(error: AppError) {
  const { requestId, headers } = errorHeaders(error);
  const body = {
    error: { code: error.code, message: error.message, requestId, ...(error.fields ? { fields: error.fields } : {}) },
  };
  return { status: error.status, headers, body };
}

/**
 * Any thrown value as the AppError to answer with: a storage failure becomes its 503 (logged as
 * one warning naming the part, no stack: an outage would otherwise log a stack per request), a
 * busy refusal one line, an unexpected error a logged 500.
 */
export function toAppError(err: unknown, logger: Logger, where: { method: string; route: string }): AppError {
  const unavailable = asStorageUnavailable(err);
  if (unavailable) {
    const cause = unavailable.cause as { code?: string; message?: string } | undefined;
    logger.warn(
      { failure: unavailable.failure, cause: cause?.code ?? cause?.message, ...where },
      'storage unavailable',
    );
    return unavailable;
  }
  if (err instanceof AppError) {
    // Busy is the answer to a burst, not a fault: one line without a stack, or a burst of
    // refusals would cost more in logging than the refusals themselves.
    if (err instanceof ServiceUnavailableError) logger.warn({ code: err.code, path: where.route }, 'busy');
    else if (err.status >= 500) logger.error({ err, path: where.route }, err.code);
    return err;
  }
  logger.error({ err, ...where }, 'unhandled error');
  return new AppError('INTERNAL', 500);
}

export function installErrorHandling(app: Hono, deps: { logger: Logger; renderErrorPage: ErrorPageRenderer }) {
  async function respond(c: Context, error: AppError): Promise<Response> {
    if (c.req.path.startsWith('/api/') || c.req.path === '/healthz' || wantsJson(c)) {
      const answer = apiErrorAnswer(error);
      return c.json(answer.body, answer.status, answer.headers);
    }
    const { requestId, headers } = errorHeaders(error);
    // A page that needs a login sends the reader to the login form, and back afterwards.
    if (error.status === 401) {
      const back = c.req.method === 'GET' ? c.req.path : '/quan-tri';
      return c.body(null, 303, { ...headers, Location: `/dang-nhap?tiep=${encodeURIComponent(back)}` });
    }
    const title = error.status === 404 ? vi.ui.notFoundTitle : vi.ui.errorTitle;
    const info = { status: error.status, code: error.code, title, message: error.message, requestId, path: c.req.path };
    let body: Buffer;
    try {
      body = await deps.renderErrorPage(info, c);
    } catch (renderError) {
      deps.logger.error({ err: renderError, requestId }, 'error page failed to render');
      body = plainErrorPage(info);
    }
    return c.body(new Uint8Array(body), error.status, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
  }

  app.notFound((c) => respond(c, new NotFoundError()));
  // A full disk, a database that is down or read-only: a 503 the client may retry (toAppError).
  app.onError((err, c) => respond(c, toAppError(err, deps.logger, { method: c.req.method, route: c.req.routePath })));
}
