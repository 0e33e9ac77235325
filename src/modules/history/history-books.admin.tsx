// /quan-tri/lich-su-dang-bo: the books, a new book, a book's page and what is done there (details,
// writers, adding a chapter or section), its timeline and its .docx. Who may do what is decided by
// the service; the guard checks the permission table first.
import type { Context, Hono } from 'hono';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam } from '../../platform/http/query.js';
import type { StaffEnv, StaffFrame, StaffGuard } from '../accounts/index.js';
import { can } from '../accounts/index.js';
import { HistoryRefusedError } from './history-access.js';
import { actorOf, bookIdOf, readFields } from './history-http.js';
import type { HistoryService } from './history.service.js';
import { appointSchema, type BookFormValues, bookFormSchema, newSectionSchema } from './history.schema.js';
import { historyText } from './history.vi.js';
import { BookPage, TimelinePage } from './views/book-page.js';
import { BookList, HISTORY_PATH, NewBookForm, sectionPath } from './views/book-pages.js';

const t = historyText;
export interface HistoryRouteDeps {
  history: HistoryService;
  guard: StaffGuard;
  frame: StaffFrame;
}

const emptyBook: BookFormValues = { title: '', period: '', summary: '' };
const bookValues = (f: Record<string, string>): BookFormValues => ({
  title: f.title ?? '',
  period: f.period ?? '',
  summary: f.summary ?? '',
});

/** The book's page, with a refused form's messages (and its values, for the details form). */
async function renderBook(
  deps: HistoryRouteDeps,
  c: Context<StaffEnv>,
  bookId: number,
  refused?: { errors: Record<string, string>; values?: BookFormValues },
) {
  const page = await deps.history.bookPage(actorOf(c), bookId);
  const body = (
    <BookPage csrfToken={c.get('staff')!.csrfToken} {...page} errors={refused?.errors ?? {}} values={refused?.values} />
  );
  return deps.frame.respond(c, page.book.title, body, { status: refused ? 400 : 200 });
}

function fieldsOf(error: unknown): Record<string, string> | undefined {
  return error instanceof HistoryRefusedError && error.fields ? error.fields : undefined;
}

function mountBookRoutes(app: Hono, deps: HistoryRouteDeps) {
  const { history, guard, frame } = deps;
  app.get(HISTORY_PATH, guard.require('history.read'), async (c) => {
    const books = await history.listBooks(actorOf(c));
    return frame.respond(c, t.books.title, <BookList books={books} manage={can(actorOf(c).roles, 'history.manage')} />);
  });
  const newForm = (c: Context<StaffEnv>, values: BookFormValues, errors: Record<string, string> = {}) =>
    frame.respond(
      c,
      t.bookForm.newTitle,
      <NewBookForm csrfToken={c.get('staff')!.csrfToken} values={values} errors={errors} />,
      {
        status: Object.keys(errors).length ? 400 : 200,
      },
    );
  app.get(`${HISTORY_PATH}/moi`, guard.require('history.manage'), (c) => newForm(c, emptyBook));
  app.post(HISTORY_PATH, guard.require('history.manage'), async (c) => {
    const fields = await readFields(c);
    const parsed = bookFormSchema.safeParse(fields);
    if (!parsed.success) return newForm(c, bookValues(fields), fieldErrors(parsed.error));
    const id = await history.createBook(actorOf(c), parsed.data);
    return c.redirect(`${HISTORY_PATH}/${id}?tb=ls-da-tao-sach`, 303);
  });
  app.get(`${HISTORY_PATH}/:id`, guard.require('history.read'), (c) => renderBook(deps, c, bookIdOf(c)));
  app.post(`${HISTORY_PATH}/:id`, guard.require('history.manage'), async (c) => {
    const bookId = bookIdOf(c);
    const fields = await readFields(c);
    const parsed = bookFormSchema.safeParse(fields);
    if (!parsed.success)
      return renderBook(deps, c, bookId, { errors: fieldErrors(parsed.error), values: bookValues(fields) });
    await history.updateBook(actorOf(c), bookId, parsed.data);
    return c.redirect(`${HISTORY_PATH}/${bookId}?tb=ls-da-luu-sach`, 303);
  });
}

function mountBookWork(app: Hono, deps: HistoryRouteDeps) {
  const { history, guard } = deps;
  app.post(`${HISTORY_PATH}/:id/nguoi-viet`, guard.require('history.manage'), async (c) => {
    const bookId = bookIdOf(c);
    const parsed = appointSchema.safeParse(await readFields(c));
    if (!parsed.success) return renderBook(deps, c, bookId, { errors: fieldErrors(parsed.error) });
    try {
      await history.appointWriter(actorOf(c), bookId, parsed.data.userId);
    } catch (error) {
      const errors = fieldsOf(error);
      if (errors) return renderBook(deps, c, bookId, { errors });
      throw error;
    }
    return c.redirect(`${HISTORY_PATH}/${bookId}?tb=ls-da-phan-cong`, 303);
  });
  app.post(`${HISTORY_PATH}/:id/nguoi-viet/:userId/xoa`, guard.require('history.manage'), async (c) => {
    const bookId = bookIdOf(c);
    await history.removeWriter(actorOf(c), bookId, readIdParam(c, 'userId'));
    return c.redirect(`${HISTORY_PATH}/${bookId}?tb=ls-da-bo-phan-cong`, 303);
  });
  app.post(`${HISTORY_PATH}/:id/muc`, guard.require('history.read'), async (c) => {
    const bookId = bookIdOf(c);
    await history.requireWriter(actorOf(c), bookId);
    const parsed = newSectionSchema.safeParse(await readFields(c));
    if (!parsed.success) return renderBook(deps, c, bookId, { errors: fieldErrors(parsed.error) });
    try {
      const id = await history.addSection(actorOf(c), bookId, parsed.data);
      return c.redirect(`${sectionPath(id)}?tb=ls-da-them-muc`, 303);
    } catch (error) {
      const errors = fieldsOf(error);
      if (errors) return renderBook(deps, c, bookId, { errors });
      throw error;
    }
  });
  app.get(`${HISTORY_PATH}/:id/bien-nien`, guard.require('history.read'), async (c) => {
    const timeline = await history.timeline(actorOf(c), bookIdOf(c));
    return deps.frame.respond(c, t.timeline.title(timeline.book.title), <TimelinePage {...timeline} />);
  });
  app.get(`${HISTORY_PATH}/:id/xuat.docx`, guard.require('history.read'), async (c) => {
    const bookId = bookIdOf(c);
    const file = await history.exportDocx(actorOf(c), bookId);
    return c.body(new Uint8Array(file.data), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="lich-su-dang-bo-${bookId}.docx"; filename*=UTF-8''${encodeURIComponent(`${file.title}.docx`)}`,
      'Cache-Control': 'no-store',
    });
  });
}

export function mountHistoryBookPages(app: Hono, deps: HistoryRouteDeps) {
  deps.frame.addSection({
    href: HISTORY_PATH,
    label: t.section.label,
    hint: t.section.hint,
    permission: 'history.read',
    order: 46,
    // Everyone may be appointed, so everyone holds history.read; the item shows to those with a book.
    shownTo: (c) => deps.history.showsMenu(actorOf(c)),
  });
  deps.frame.addFlashes({
    'ls-da-tao-sach': { kind: 'ok', text: t.flashes.bookCreated },
    'ls-da-luu-sach': { kind: 'ok', text: t.flashes.bookSaved },
    'ls-da-phan-cong': { kind: 'ok', text: t.flashes.writerAppointed },
    'ls-da-bo-phan-cong': { kind: 'ok', text: t.flashes.writerRemoved },
    'ls-da-them-muc': { kind: 'ok', text: t.flashes.sectionAdded },
    'ls-da-chuyen': { kind: 'ok', text: t.flashes.sectionMoved },
    'ls-da-xoa-muc': { kind: 'ok', text: t.flashes.sectionRemoved },
  });
  mountBookRoutes(app, deps);
  mountBookWork(app, deps);
}
