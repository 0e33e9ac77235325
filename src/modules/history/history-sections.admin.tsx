// /quan-tri/lich-su-dang-bo/muc/:id: a chapter's or section's page and its actions: save the text
// (a new version each time), review steps, comments, sources, order, saved versions, publishing
// an approved chapter as an article, deleting.
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam } from '../../platform/http/query.js';
import type { StaffEnv } from '../accounts/index.js';
import { historyError, HistoryRefusedError } from './history-access.js';
import type { HistoryRouteDeps } from './history-books.admin.js';
import { actorOf, readFields, sectionIdOf } from './history-http.js';
import {
  commentSchema,
  moveSchema,
  publishSchema,
  returnSchema,
  sectionTextSchema,
  type SourceFormValues,
  sourceFormSchema,
} from './history.schema.js';
import { historyText } from './history.vi.js';
import { HISTORY_PATH, sectionPath } from './views/book-pages.js';
import { RevisionPage, SectionPage } from './views/section-page.js';
import type { FormName } from './views/section-props.js';

const t = historyText;
const MUC = `${HISTORY_PATH}/muc/:id`;

interface Refused {
  form: FormName;
  errors: Record<string, string>;
  textValues?: { title: string; bodyHtml: string };
  sourceValues?: SourceFormValues;
}

async function renderSection(deps: HistoryRouteDeps, c: Context<StaffEnv>, sectionId: number, refused?: Refused) {
  const actor = actorOf(c);
  const page = await deps.history.sectionPage(actor, sectionId);
  const categories = page.manage && page.section.parentId === null ? await deps.history.listCategories() : [];
  const body = (
    <SectionPage
      csrfToken={c.get('staff')!.csrfToken}
      {...page}
      categories={categories}
      errors={refused?.errors ?? {}}
      {...refused}
    />
  );
  const editable = page.write && page.section.status === 'draft';
  return deps.frame.respond(c, page.section.title, body, { status: refused ? 400 : 200, editor: editable });
}

/**
 * A form posted to a section: parsed by its schema, done, then back to the page with a flash; a
 * refusal (the schema's, or the service's about a field) shows the page again with the messages.
 */
function sectionAction<S extends z.ZodType>(
  deps: HistoryRouteDeps,
  form: FormName,
  schema: S,
  act: (c: Context<StaffEnv>, sectionId: number, input: z.output<S>) => Promise<string>,
  keep?: (fields: Record<string, string>) => Partial<Refused>,
  writes = false,
) {
  return async (c: Context<StaffEnv>) => {
    const sectionId = sectionIdOf(c);
    // A reader who may not write is refused before the form is judged (403, not 400).
    if (writes) await deps.history.requireSectionWriter(actorOf(c), sectionId);
    const fields = await readFields(c);
    const parsed = schema.safeParse(fields);
    const refuse = (errors: Record<string, string>) =>
      renderSection(deps, c, sectionId, { form, errors, ...(keep?.(fields) ?? {}) });
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    try {
      return c.redirect(await act(c, sectionId, parsed.data), 303);
    } catch (error) {
      if (error instanceof HistoryRefusedError && error.fields) return refuse(error.fields);
      throw error;
    }
  };
}

const back = (sectionId: number, flash: string) => `${sectionPath(sectionId)}?tb=${flash}`;
const sourceValues = (f: Record<string, string>): Partial<Refused> => ({
  sourceValues: {
    kind: f.kind ?? '',
    title: f.title ?? '',
    keptAt: f.keptAt ?? '',
    reference: f.reference ?? '',
    dated: f.dated ?? '',
    givenBy: f.givenBy ?? '',
  },
});
const textValues = (f: Record<string, string>): Partial<Refused> => ({
  textValues: { title: f.title ?? '', bodyHtml: f.bodyHtml ?? '' },
});

function mountTextRoutes(app: Hono, deps: HistoryRouteDeps) {
  const { history, guard } = deps;
  app.get(MUC, guard.require('history.read'), (c) => renderSection(deps, c, sectionIdOf(c)));
  app.post(
    MUC,
    guard.require('history.read'),
    sectionAction(
      deps,
      'text',
      sectionTextSchema,
      async (c, id, input) => {
        await history.saveText(actorOf(c), id, input);
        return back(id, 'ls-da-luu');
      },
      textValues,
      true,
    ),
  );
  app.get(`${MUC}/phien-ban/:version`, guard.require('history.read'), async (c) => {
    const version = readIdParam(c, 'version', historyError('HISTORY_REVISION_NOT_FOUND'));
    const revision = await history.revision(actorOf(c), sectionIdOf(c), version);
    return deps.frame.respond(
      c,
      t.sectionPage.revisionTitle(revision.version, revision.title),
      <RevisionPage {...revision} />,
    );
  });
  app.post(
    `${MUC}/di-chuyen`,
    guard.require('history.read'),
    sectionAction(
      deps,
      'text',
      moveSchema,
      async (c, id, input) => {
        const bookId = await history.moveSection(actorOf(c), id, input.direction);
        return `${HISTORY_PATH}/${bookId}?tb=ls-da-chuyen`;
      },
      undefined,
      true,
    ),
  );
  app.post(`${MUC}/xoa`, guard.require('history.manage'), async (c) => {
    const bookId = await history.removeSection(actorOf(c), sectionIdOf(c));
    return c.redirect(`${HISTORY_PATH}/${bookId}?tb=ls-da-xoa-muc`, 303);
  });
}

function mountReviewRoutes(app: Hono, deps: HistoryRouteDeps) {
  const { history, guard } = deps;
  app.post(`${MUC}/gui-duyet`, guard.require('history.read'), async (c) => {
    const id = sectionIdOf(c);
    await history.step(actorOf(c), id, 'submit');
    return c.redirect(back(id, 'ls-da-gui-duyet'), 303);
  });
  app.post(`${MUC}/duyet`, guard.require('history.manage'), async (c) => {
    const id = sectionIdOf(c);
    await history.step(actorOf(c), id, 'approve');
    return c.redirect(back(id, 'ls-da-duyet'), 303);
  });
  app.post(
    `${MUC}/tra-lai`,
    guard.require('history.manage'),
    sectionAction(deps, 'return', returnSchema, async (c, id, input) => {
      await history.step(actorOf(c), id, 'return', input.reason);
      return back(id, 'ls-da-tra-lai');
    }),
  );
  app.post(
    `${MUC}/y-kien`,
    guard.require('history.read'),
    sectionAction(deps, 'comment', commentSchema, async (c, id, input) => {
      await history.comment(actorOf(c), id, input.body);
      return back(id, 'ls-da-gui-y-kien');
    }),
  );
  app.post(
    `${MUC}/dang-bai`,
    guard.require('history.manage'),
    sectionAction(deps, 'publish', publishSchema, async (c, id, input) => {
      await history.publishChapter(actorOf(c), id, input.categoryId);
      return back(id, 'ls-da-dang-bai');
    }),
  );
}

function mountSourceRoutes(app: Hono, deps: HistoryRouteDeps) {
  const { history, guard } = deps;
  app.post(
    `${MUC}/nguon`,
    guard.require('history.read'),
    sectionAction(
      deps,
      'source',
      sourceFormSchema,
      async (c, id, input) => {
        await history.addSource(actorOf(c), id, input);
        return `${back(id, 'ls-da-them-nguon')}#sources-heading`;
      },
      sourceValues,
      true,
    ),
  );
  app.post(`${MUC}/nguon/:sourceId/xoa`, guard.require('history.read'), async (c) => {
    const id = sectionIdOf(c);
    await history.removeSource(actorOf(c), id, readIdParam(c, 'sourceId', historyError('HISTORY_SOURCE_NOT_FOUND')));
    return c.redirect(`${back(id, 'ls-da-xoa-nguon')}#sources-heading`, 303);
  });
}

export function mountHistorySectionPages(app: Hono, deps: HistoryRouteDeps) {
  deps.frame.addFlashes({
    'ls-da-luu': { kind: 'ok', text: t.flashes.sectionSaved },
    'ls-da-gui-duyet': { kind: 'ok', text: t.flashes.submitted },
    'ls-da-duyet': { kind: 'ok', text: t.flashes.approved },
    'ls-da-tra-lai': { kind: 'ok', text: t.flashes.returned },
    'ls-da-gui-y-kien': { kind: 'ok', text: t.flashes.commented },
    'ls-da-them-nguon': { kind: 'ok', text: t.flashes.sourceAdded },
    'ls-da-xoa-nguon': { kind: 'ok', text: t.flashes.sourceRemoved },
    'ls-da-dang-bai': { kind: 'ok', text: t.flashes.published },
  });
  mountTextRoutes(app, deps);
  mountReviewRoutes(app, deps);
  mountSourceRoutes(app, deps);
}
