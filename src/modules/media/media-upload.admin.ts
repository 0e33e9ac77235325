// POST /quan-tri/thu-vien-anh/tai-len: an image into the library, from the library's form (back to
// the page) or from the Tiptap editor's fetch (Accept: application/json, answered in JSON).
import type { Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
import { bodyCap } from '../../platform/http/body.js';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { requestIdOf, type StaffEnv } from '../accounts/index.js';
import type { LibraryPage, MediaAdminDeps } from './media-library.admin.js';
import { altSchema } from './media.schema.js';
import { MediaRejectedError, type Media } from './media.service.js';
import { mediaText } from './media.vi.js';
import { LIBRARY_PATH, libraryHref } from './views/media-library.js';

const refusal = mediaText.refusals;

export const UPLOAD_PATH = `${LIBRARY_PATH}/tai-len`;
// Room for the multipart framing, the alt text and the CSRF token on top of the image itself.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** True when the client (the editor's fetch) asked for JSON rather than a page. */
function prefersJson(c: Context): boolean {
  return (
    accepts(c, { header: 'Accept', supports: ['text/html', 'application/json'], default: 'text/html' }) ===
    'application/json'
  );
}

/**
 * The upload's size cap, declared before anything else runs: a declared Content-Length over it is
 * refused before a byte is read, a chunked body is cut off as soon as it passes it, and the image
 * itself streams to a temp file (the staff guard reads the form after the permission check).
 */
export function capMediaUploads(app: Hono, deps: { maxBytes: number }) {
  app.use(UPLOAD_PATH, bodyCap(deps.maxBytes + FORM_OVERHEAD_BYTES, refusal.tooLarge(formatMegabytes(deps.maxBytes))));
}

/** Reads the form and keeps the image, or answers why not (in JSON or on the library page). */
async function receiveUpload(
  c: Context<StaffEnv>,
  { media }: MediaAdminDeps,
  libraryPage: LibraryPage,
): Promise<Media | Response> {
  const json = prefersJson(c);
  const form = await c.req.parseBody();
  const altInput = typeof form.alt === 'string' ? form.alt.normalize('NFC') : '';
  const refuse = (status: 400 | 413 | 415, code: string, message: string) =>
    json
      ? c.json({ error: { code, message } }, status)
      : libraryPage(c, { status, upload: { alt: altInput, error: message } });

  const alt = altSchema.safeParse(altInput);
  if (!alt.success) return refuse(400, 'MEDIA_ALT_TOO_LONG', alt.error.issues[0]!.message);
  const file = form.file;
  if (typeof file !== 'object' || file.size === 0) return refuse(400, 'MEDIA_FILE_MISSING', refusal.fileMissing);
  if (file.size > media.maxBytes)
    return refuse(413, 'MEDIA_TOO_LARGE', refusal.tooLarge(formatMegabytes(media.maxBytes)));
  try {
    return await media.upload({
      data: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
      alt: alt.data,
      uploadedBy: c.get('staff')!.user.id,
    });
  } catch (error) {
    if (error instanceof MediaRejectedError) return refuse(error.status, error.code, error.message);
    throw error;
  }
}

export function mountUploadRoute(app: Hono<StaffEnv>, deps: MediaAdminDeps, libraryPage: LibraryPage) {
  app.post(UPLOAD_PATH, deps.guard.require('media.upload'), async (c) => {
    const item = await receiveUpload(c, deps, libraryPage);
    if (item instanceof Response) return item;
    const staff = c.get('staff')!;
    await deps.audit.record({
      action: 'media.uploaded',
      userId: staff.user.id,
      actor: staff.user.email,
      target: item.path,
      detail: item.originalName,
      requestId: requestIdOf(c),
    });
    if (prefersJson(c))
      return c.json({ id: item.id, url: item.url, width: item.width, height: item.height, alt: item.alt }, 201);
    return c.redirect(libraryHref({ flash: 'da-tai-anh' }), 303);
  });
}
