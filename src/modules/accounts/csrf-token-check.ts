// The CSRF token of a cookie-authenticated state change, checked once the permission is known:
// from its header, or from its form. A multipart form streams its files to temp files and its first
// part must be the token, so a forged upload stops before a file byte is read; plain forms are
// small (their body cap came first). The form is kept for the handler's parseBody().
import type { Context } from 'hono';
import { declaredBodyCap } from '../../platform/http/body.js';
import { CsrfError, tokensMatch } from '../../platform/http/csrf.js';
import { BadRequestError } from '../../platform/http/errors.js';
import { streamMultipartForm, type MultipartLimits } from '../../platform/http/multipart.js';
import type { ResolvedSession } from './sessions.js';

/** Deletes the temp files of a streamed form; undefined when there were none. */
export type FormCleanup = (() => Promise<void>) | undefined;

export function createCsrfTokenCheck(deps: { uploadTmpDir: string; multipartLimits: MultipartLimits }) {
  async function streamForm(
    c: Context,
    staff: ResolvedSession,
    contentType: string,
    body: ReadableStream<Uint8Array>,
    header: string | undefined,
  ): Promise<FormCleanup> {
    const cap = declaredBodyCap(c);
    const streamed = await streamMultipartForm(body, contentType, {
      tmpRoot: deps.uploadTmpDir,
      limits: {
        ...deps.multipartLimits,
        maxFileBytes: Math.min(deps.multipartLimits.maxFileBytes, cap?.bytes ?? Infinity),
      },
      ...(cap?.message ? { tooLargeMessage: cap.message } : {}),
      checkFirstField: (name, value) => {
        if (header === undefined && (name !== '_csrf' || !tokensMatch(staff.csrfToken, value))) throw new CsrfError();
      },
    });
    // Hono's parseBody() reads this cache: handlers get the form, its files backed by disk.
    (c.req.bodyCache as { formData?: unknown }).formData = Promise.resolve(streamed.form);
    return streamed.cleanup;
  }

  return async function checkToken(c: Context, staff: ResolvedSession): Promise<FormCleanup> {
    if (staff.csrfToken === '') throw new CsrfError();
    const header = c.req.header('x-csrf-token');
    if (header !== undefined && !tokensMatch(staff.csrfToken, header)) throw new CsrfError();
    const contentType = c.req.header('content-type') ?? '';
    const body = c.req.raw.body;
    if (/^multipart\/form-data/i.test(contentType) && body) return streamForm(c, staff, contentType, body, header);
    if (header !== undefined) return undefined;
    let form: Record<string, unknown> = {};
    if (contentType.includes('form')) {
      try {
        form = await c.req.parseBody();
      } catch {
        throw new BadRequestError();
      }
    }
    if (!tokensMatch(staff.csrfToken, form._csrf)) throw new CsrfError();
    return undefined;
  };
}

/** Runs the rest of the request, then deletes the form's temp files whatever happened. */
export async function runThenClean(next: () => Promise<void>, cleanup: FormCleanup): Promise<void> {
  try {
    await next();
  } finally {
    await cleanup?.();
  }
}
