// /quan-tri/thu-vien-anh: the media library. Editors, admins and contributors upload images and
// copy their addresses; contributors describe and delete only their own, editors and admins
// anyone's. The Tiptap editor posts to the same upload route and asks for JSON
// (media-upload.admin.ts); what the routes share is in media-library.admin.tsx.
import type { Hono } from 'hono';
import { BadRequestError } from '../../platform/http/errors.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { requestIdOf, type StaffEnv, type StaffFrame } from '../accounts/index.js';
import {
  createLibraryPage,
  findImageOr404,
  type LibraryPage,
  type MediaAdminDeps,
  requireChangeable,
  returnTo,
} from './media-library.admin.js';
import { mountUploadRoute } from './media-upload.admin.js';
import { libraryQuerySchema, altSchema } from './media.schema.js';
import { mediaText } from './media.vi.js';
import { LIBRARY_PATH, libraryHref } from './views/media-library.js';

export { capMediaUploads, UPLOAD_PATH } from './media-upload.admin.js';

function addLibraryMenu(frame: StaffFrame) {
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
}

function mountAltRoute(app: Hono<StaffEnv>, { media, guard, audit }: MediaAdminDeps, libraryPage: LibraryPage) {
  app.post(`${LIBRARY_PATH}/:id`, guard.require('media.upload'), async (c) => {
    const staff = c.get('staff')!;
    const item = await findImageOr404(media, c);
    await requireChangeable(audit, c, item);
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
}

function mountDeleteRoute(app: Hono<StaffEnv>, { media, guard, audit }: MediaAdminDeps, libraryPage: LibraryPage) {
  app.post(`${LIBRARY_PATH}/:id/xoa`, guard.require('media.upload'), async (c) => {
    const staff = c.get('staff')!;
    const item = await findImageOr404(media, c);
    await requireChangeable(audit, c, item);
    const back = returnTo(await c.req.parseBody());
    if ((await media.remove(item)) === 'in-use') {
      const text = mediaText.refusals.inUse(item.originalName);
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

export function mountMediaAdmin(app: Hono, deps: MediaAdminDeps) {
  addLibraryMenu(deps.frame);
  const libraryPage = createLibraryPage(deps);
  app.get(LIBRARY_PATH, deps.guard.require('media.upload'), async (c) => {
    const q = libraryQuerySchema.safeParse(readQueryParam(c, 'q') ?? '');
    if (!q.success) throw new BadRequestError('QUERY_TOO_LONG');
    return libraryPage(c, { q: q.data, page: readPageNumber(c) });
  });
  mountUploadRoute(app, deps, libraryPage);
  mountAltRoute(app, deps, libraryPage);
  mountDeleteRoute(app, deps, libraryPage);
}
