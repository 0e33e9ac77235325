// What the media library's routes share: who may change an image, the library page (again with
// an error on it when a form is refused), the list a form came from, and the image of a route.
import type { Context } from 'hono';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { parseId } from '../../platform/http/query.js';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { pageCount } from '../../platform/views/pagination.js';
import { can, requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { libraryQuerySchema } from './media.schema.js';
import type { Media, MediaService } from './media.service.js';
import { mediaText } from './media.vi.js';
import { MediaLibrary } from './views/media-library.js';

const PAGE_SIZE = 24;

export interface MediaAdminDeps {
  media: MediaService;
  guard: StaffGuard;
  frame: StaffFrame;
  audit: AuditLog;
}

export type Flash = { kind: 'ok' | 'error'; text: string };

export interface LibraryPageOptions {
  status?: 200 | 400 | 409 | 413 | 415;
  flash?: Flash;
  upload?: { alt: string; error?: string };
  q?: string;
  page?: number;
}

/** Contributors change only their own uploads; editors and admins anyone's. */
export const mayChange = (c: Context<StaffEnv>, item: Media) => {
  const staff = c.get('staff')!;
  return item.uploadedBy.id === staff.user.id || can(staff.user.roles, 'media.manage');
};

/** The library page; `status` other than 200 when it comes back with an error on it. */
export function createLibraryPage({ media, frame }: MediaAdminDeps) {
  const maxSizeLabel = formatMegabytes(media.maxBytes);
  return async function libraryPage(c: Context<StaffEnv>, options: LibraryPageOptions = {}) {
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
  };
}

export type LibraryPage = ReturnType<typeof createLibraryPage>;

/** The list the user came from (filter and page), read from the form's hidden fields. */
export const returnTo = (form: Record<string, unknown>) => {
  const q = libraryQuerySchema.safeParse(typeof form.q === 'string' ? form.q.normalize('NFC') : '');
  const page = typeof form.trang === 'string' && /^[1-9][0-9]{0,5}$/.test(form.trang) ? Number(form.trang) : 1;
  return { q: q.success ? q.data : '', page };
};

export async function findImageOr404(media: MediaService, c: Context<StaffEnv>): Promise<Media> {
  const id = parseId(c.req.param('id') ?? '');
  const item = id === undefined ? undefined : await media.findById(id);
  if (!item) throw new NotFoundError();
  return item;
}

/** Refuses a contributor someone else's image; the refusal is audited like the guard's. */
export async function requireChangeable(audit: AuditLog, c: Context<StaffEnv>, item: Media) {
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
