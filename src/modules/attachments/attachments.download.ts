// GET /quan-tri/tep-dinh-kem/:id/:name: an attached file, for staff who may see what holds it.
// The route guard asks for plans.read; who may have this file is the plans module's rule, given
// as `mayDownload`. A file is never a page: it is sent as a download with its stored type, a
// sandbox CSP and nosniff, and is never kept by a cache (it is internal and access can change).
import type { Context, Hono } from 'hono';
import { SANDBOXED_FILE_HEADERS } from '../../platform/files/file-response.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffGuard } from '../accounts/index.js';
import type { AttachmentsService, AttachmentWithOwners } from './attachments.service.js';
import { parseId } from '../../platform/http/query.js';
import { attachmentsText } from './attachments.vi.js';

export const DOWNLOAD_PATTERN = '/quan-tri/tep-dinh-kem/:id/:name';

// The headers the staff guard and the site-wide middleware would otherwise overwrite on the
// way out; the outermost wrapper below puts them back last.
declare module 'hono' {
  interface ContextVariableMap {
    attachmentFileHeaders: Record<string, string> | undefined;
  }
}
const keepHeaders = (c: Context, headers: Record<string, string>) => c.set('attachmentFileHeaders', headers);
const keptHeaders = (c: Context) => c.get('attachmentFileHeaders');

/** Who may download an attachment: the app wires it from the plans module. */
export type MayDownload = (c: Context<StaffEnv>, attachment: AttachmentWithOwners) => Promise<boolean>;

/** RFC 5987 ext-value: percent-encoded UTF-8, with the characters attr-char leaves out encoded too. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with the name for every browser: plain ASCII for old ones, UTF-8 (RFC 6266) for the rest. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}

/**
 * Mounted before the site-wide security headers (which set the pages' CSP) so that it runs last:
 * a file response keeps its sandbox policy and its private, no-store caching. Error pages on the
 * same path are pages and keep the usual headers.
 */
export function keepAttachmentHeaders(app: Hono) {
  app.use('/quan-tri/tep-dinh-kem/*', async (c, next) => {
    await next();
    const headers = keptHeaders(c);
    if (headers) for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
}

export function mountAttachmentDownloads(
  app: Hono,
  deps: { attachments: AttachmentsService; guard: StaffGuard; audit: AuditLog; mayDownload: MayDownload },
) {
  const { attachments, guard, audit } = deps;

  app.get(DOWNLOAD_PATTERN, guard.require('plans.read'), async (c) => {
    const raw = c.req.param('id');
    const id = parseId(raw);
    const attachment = id === undefined ? undefined : await attachments.find(id);
    if (!attachment) throw new NotFoundError();
    if (!(await deps.mayDownload(c, attachment))) {
      const staff = c.get('staff')!;
      await audit.record({
        action: 'permission.denied',
        userId: staff.user.id,
        actor: staff.user.email,
        target: `${c.req.method} ${c.req.path}`,
        detail: attachmentsText.downloadDenied(attachment.id),
        requestId: requestIdOf(c),
      });
      throw new ForbiddenError();
    }
    const file = await attachments.open(attachment.id);
    // A row whose file is gone (restored database without its files folder): nothing to send.
    if (!file) throw new NotFoundError();
    const kept = { ...SANDBOXED_FILE_HEADERS, 'Cache-Control': 'private, no-store' };
    keepHeaders(c, kept);
    const headers = {
      ...kept,
      'Content-Type': attachment.mime,
      'Content-Disposition': contentDisposition(attachment.originalName),
      'Content-Length': String(file.size),
    };
    if (c.req.method === 'HEAD') {
      await file.close();
      return c.body(null, 200, headers);
    }
    return c.body(file.stream(), 200, headers);
  });
}
