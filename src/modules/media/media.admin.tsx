// /quan-tri/thu-vien-anh: the media library. Editors, admins and contributors upload images and
// copy their addresses; contributors describe and delete only their own, editors and admins
// anyone's. The Tiptap editor posts to the same upload route and asks for JSON.
import type { Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
import { AppError, BadRequestError, NotFoundError } from '../../platform/http/errors.js';
import { parseId, readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import { can, requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { altSchema, libraryQuerySchema } from './media.schema.js';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { MediaRejectedError, type Media, type MediaService } from './media.service.js';
import { LIBRARY_PATH, libraryHref, MediaLibrary } from './views/media-library.js';
import { bodyCap } from '../../platform/http/body.js';
import { mediaText } from './media.vi.js';

const refusal = mediaText.refusals;

export const UPLOAD_PATH = `${LIBRARY_PATH}/tai-len`;
const PAGE_SIZE = 24;
// Room for the multipart framing, the alt text and the CSRF token on top of the image itself.
const FORM_OVERHEAD_BYTES = 64 * 1024;

type Flash = { kind: 'ok' | 'error'; text: string };

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

export function mountMediaAdmin(
  app: Hono,
  deps: { media: MediaService; guard: StaffGuard; frame: StaffFrame; audit: AuditLog },
) {
  const { media, guard, frame, audit } = deps;
  frame.addSection({
    href: LIBRARY_PATH,
    label: mediaText.menu.label,
    hint: mediaText.menu.hint,
    permission: 'media.upload',
    order: 20,
  });
  frame.addFlashes(
    Object.fromEntries(Object.entries(mediaText.flashes).map(([key, text]) => [key, { kind: 'ok' as const, text }])),
  );
  const maxSizeLabel = formatMegabytes(media.maxBytes);

  const mayChange = (c: Context<StaffEnv>, item: Media) => {
    const staff = c.get('staff')!;
    return item.uploadedBy.id === staff.user.id || can(staff.user.roles, 'media.manage');
  };

  /** The library page; `status` other than 200 when it comes back with an error on it. */
  async function libraryPage(
    c: Context<StaffEnv>,
    options: {
      status?: 200 | 400 | 409 | 413 | 415;
      flash?: Flash;
      upload?: { alt: string; error?: string };
      q?: string;
      page?: number;
    } = {},
  ) {
    const q = options.q ?? '';
    const page = options.page ?? 1;
    const { items, total } = await media.listPage({ q, page, perPage: PAGE_SIZE });
    const pages = pageCount(total, PAGE_SIZE);
    if (page > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    const res = await frame.respond(
      c,
      mediaText.library.title,
      <MediaLibrary
        csrfToken={c.get('staff')!.csrfToken}
        items={items}
        total={total}
        page={page}
        pages={pages}
        q={q}
        maxSizeLabel={maxSizeLabel}
        mayChange={(m) => mayChange(c, m)}
        upload={options.upload}
      />,
      options.flash ? { flash: options.flash } : {},
    );
    const status = options.status ?? 200;
    return status === 200 ? res : new Response(res.body, { status, headers: res.headers });
  }

  /** The list the user came from (filter and page), read from the form's hidden fields. */
  const returnTo = (form: Record<string, unknown>) => {
    const q = libraryQuerySchema.safeParse(typeof form.q === 'string' ? form.q.normalize('NFC') : '');
    const page = typeof form.trang === 'string' && /^[1-9][0-9]{0,5}$/.test(form.trang) ? Number(form.trang) : 1;
    return { q: q.success ? q.data : '', page };
  };

  async function findOr404(c: Context<StaffEnv>): Promise<Media> {
    const raw = c.req.param('id') ?? '';
    const id = parseId(raw);
    const item = id === undefined ? undefined : await media.findById(id);
    if (!item) throw new NotFoundError();
    return item;
  }

  /** Contributors change only their own uploads; the refusal is audited like the guard's. */
  async function requireChangeable(c: Context<StaffEnv>, item: Media) {
    if (mayChange(c, item)) return;
    const staff = c.get('staff')!;
    await audit.record({
      action: 'permission.denied',
      userId: staff.user.id,
      actor: staff.user.email,
      target: `${c.req.method} ${c.req.path}`,
      detail: 'media.manage',
      requestId: requestIdOf(c),
    });
    throw new AppError('FORBIDDEN', 403);
  }

  app.get(LIBRARY_PATH, guard.require('media.upload'), async (c) => {
    const q = libraryQuerySchema.safeParse(readQueryParam(c, 'q') ?? '');
    if (!q.success) throw new BadRequestError('QUERY_TOO_LONG');
    return libraryPage(c, { q: q.data, page: readPageNumber(c) });
  });

  app.post(UPLOAD_PATH, guard.require('media.upload'), async (c) => {
    const staff = c.get('staff')!;
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
    if (file.size > media.maxBytes) return refuse(413, 'MEDIA_TOO_LARGE', refusal.tooLarge(maxSizeLabel));
    let item: Media;
    try {
      item = await media.upload({
        data: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
        alt: alt.data,
        uploadedBy: staff.user.id,
      });
    } catch (error) {
      if (error instanceof MediaRejectedError) return refuse(error.status, error.code, error.message);
      throw error;
    }
    await audit.record({
      action: 'media.uploaded',
      userId: staff.user.id,
      actor: staff.user.email,
      target: item.path,
      detail: item.originalName,
      requestId: requestIdOf(c),
    });
    if (json) return c.json({ id: item.id, url: item.url, width: item.width, height: item.height, alt: item.alt }, 201);
    return c.redirect(libraryHref({ flash: 'da-tai-anh' }), 303);
  });

  app.post(`${LIBRARY_PATH}/:id`, guard.require('media.upload'), async (c) => {
    const staff = c.get('staff')!;
    const item = await findOr404(c);
    await requireChangeable(c, item);
    const form = await c.req.parseBody();
    const back = returnTo(form);
    const alt = altSchema.safeParse(typeof form.alt === 'string' ? form.alt.normalize('NFC') : '');
    if (!alt.success)
      return libraryPage(c, { ...back, status: 400, flash: { kind: 'error', text: alt.error.issues[0]!.message } });
    await media.updateAlt(item, alt.data);
    await audit.record({
      action: 'media.updated',
      userId: staff.user.id,
      actor: staff.user.email,
      target: item.path,
      detail: alt.data,
      requestId: requestIdOf(c),
    });
    return c.redirect(`${libraryHref({ ...back, flash: 'da-luu-anh' })}#anh-${item.id}`, 303);
  });

  app.post(`${LIBRARY_PATH}/:id/xoa`, guard.require('media.upload'), async (c) => {
    const staff = c.get('staff')!;
    const item = await findOr404(c);
    await requireChangeable(c, item);
    const back = returnTo(await c.req.parseBody());
    if ((await media.remove(item)) === 'in-use') {
      const text = refusal.inUse(item.originalName);
      return libraryPage(c, { ...back, status: 409, flash: { kind: 'error', text } });
    }
    await audit.record({
      action: 'media.deleted',
      userId: staff.user.id,
      actor: staff.user.email,
      target: item.path,
      detail: item.originalName,
      requestId: requestIdOf(c),
    });
    // Back to the same filter, first page: the page the image was on may no longer exist.
    return c.redirect(libraryHref({ q: back.q, flash: 'da-xoa-anh' }), 303);
  });
}
