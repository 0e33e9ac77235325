// /quan-tri/diem-tin: the list and the feed setting, the form (new and edit), the preview and
// publishing. Every route asks 'briefs.write'; forms carry the CSRF token (the guard checks it).
import type { Context, Hono } from 'hono';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/http/errors.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { readIdParam, readPageNumber } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { LinkDocumentNumbers } from '../../platform/content/listed-content.js';
import { staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { applyRowOp, type BriefForm, briefInputOf, formOf, readBriefForm, readOp } from './brief-form.js';
import type { Brief } from './brief-items.js';
import { renderBriefTexts } from './briefs.public.js';
import type { BriefsService } from './briefs.service.js';
import { briefsText } from './briefs.vi.js';
import { BRIEFS_PATH, BriefFormPage, BriefsListPage } from './views/admin-pages.js';
import { BriefPreviewPage } from './views/preview-page.js';

const t = briefsText.staff;
const PER_PAGE = 30;

export interface FoundArticle {
  id: number;
  title: string;
  publishedAt: string;
}

export interface BriefsAdminDeps {
  briefs: BriefsService;
  guard: StaffGuard;
  frame: StaffFrame;
  /** Published articles matching the editor's words (the search service), for the picker. */
  searchArticles: (q: string) => Promise<FoundArticle[]>;
  /** One published article by id (the picker's choice), or undefined. */
  findArticle: (id: number) => Promise<{ id: number; title: string } | undefined>;
  linkDocumentNumbers?: LinkDocumentNumbers;
  clock: Clock;
}

type Ctx = Context<StaffEnv>;

/** A refusal with messages by field (400), or a save that lost a race (409): the form again. */
function formErrorsOf(err: unknown): { status: 400 | 409; errors: Record<string, string> } | undefined {
  if (!(err instanceof AppError)) return undefined;
  if (err.status === 400 && err.fields) return { status: 400, errors: err.fields };
  if (err.status === 409 || err.status === 400) return { status: err.status, errors: { _form: err.message } };
  return undefined;
}

function mountListRoutes(app: Hono, deps: BriefsAdminDeps) {
  const { briefs, guard, frame } = deps;
  const listPage = async (c: Ctx, errors?: Record<string, string>) => {
    const page = readPageNumber(c);
    const { briefs: list, total } = await briefs.listForStaff({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    const setting = await briefs.taskSetting();
    const view = (
      <BriefsListPage
        briefs={list}
        page={page}
        pages={pageCount(total, PER_PAGE)}
        csrfToken={c.get('staff')!.csrfToken}
        taskId={setting.taskId}
        tasks={setting.tasks}
        errors={errors}
      />
    );
    return frame.respond(c, t.listTitle, view, errors ? { status: 400 } : {});
  };

  app.get(BRIEFS_PATH, guard.require('briefs.write'), (c: Ctx) => listPage(c));

  app.post(`${BRIEFS_PATH}/nhiem-vu`, guard.require('briefs.write'), async (c: Ctx) => {
    const raw = (await c.req.parseBody()).taskId;
    const taskId = typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : raw ? -1 : null;
    try {
      if (taskId === -1)
        throw new AppError({ code: 'VALIDATION_FAILED', message: briefsText.input.taskInvalid }, 400, {
          taskId: briefsText.input.taskInvalid,
        });
      await briefs.setTask(staffContextOf(c), taskId);
    } catch (err) {
      const refused = formErrorsOf(err);
      if (!refused) throw err;
      return listPage(c, refused.errors);
    }
    return c.redirect(`${BRIEFS_PATH}?tb=da-luu-nhiem-vu-diem-tin`, 303);
  });
}

async function showForm(
  c: Ctx,
  deps: BriefsAdminDeps,
  form: BriefForm,
  options: { brief?: Brief; errors?: Record<string, string>; status?: 200 | 400 | 409; found?: FoundArticle[] },
) {
  const { brief } = options;
  const revisions = brief ? await deps.briefs.revisions(brief.id) : undefined;
  const action = brief ? `${BRIEFS_PATH}/${brief.id}` : `${BRIEFS_PATH}/moi`;
  return deps.frame.respond(
    c,
    brief ? t.editTitle(brief.date) : t.newTitle,
    <BriefFormPage
      action={action}
      form={form}
      csrfToken={c.get('staff')!.csrfToken}
      brief={brief}
      revisions={revisions}
      found={options.found}
      errors={options.errors}
    />,
    { status: options.status ?? 200 },
  );
}

/** One POST of the form: a row button shows it again; save, preview and publish write it. */
async function handleForm(c: Ctx, deps: BriefsAdminDeps, brief: Brief | undefined) {
  const body = await c.req.parseBody({ all: true });
  const form = readBriefForm(body);
  const op = readOp(body);
  if (
    op.kind === 'search' ||
    op.kind === 'pick' ||
    op.kind === 'add-outside' ||
    op.kind === 'up' ||
    op.kind === 'down' ||
    op.kind === 'remove'
  ) {
    const found = op.kind === 'search' && form.q.trim() !== '' ? await deps.searchArticles(form.q) : undefined;
    const picked = op.kind === 'pick' ? await deps.findArticle(op.articleId) : undefined;
    return showForm(c, deps, { ...form, items: applyRowOp(form.items, op, picked) }, { brief, found });
  }
  const ctx = staffContextOf(c);
  let saved: Brief;
  try {
    saved = brief
      ? await deps.briefs.update(ctx, brief.id, briefInputOf(form))
      : await deps.briefs.create(ctx, briefInputOf(form));
  } catch (err) {
    const refused = formErrorsOf(err);
    if (!refused) throw err;
    return showForm(c, deps, form, { brief, errors: refused.errors, status: refused.status });
  }
  if (op.kind === 'publish') {
    try {
      saved = await deps.briefs.publish(ctx, saved.id);
    } catch (err) {
      // Saved, not published: the form of the saved draft says why, so a second try does not
      // collide with the draft it just made.
      const refused = formErrorsOf(err);
      if (!refused) throw err;
      return showForm(c, deps, formOf(saved), { brief: saved, errors: refused.errors, status: refused.status });
    }
  }
  if (op.kind === 'preview') return c.redirect(`${BRIEFS_PATH}/${saved.id}/xem-truoc`, 303);
  if (op.kind === 'publish') return c.redirect(`${BRIEFS_PATH}?tb=da-phat-hanh-diem-tin`, 303);
  return c.redirect(`${BRIEFS_PATH}/${saved.id}?tb=da-luu-diem-tin`, 303);
}

export function mountBriefsAdmin(app: Hono, deps: BriefsAdminDeps) {
  const { briefs, guard, frame } = deps;
  frame.addSection({
    href: BRIEFS_PATH,
    label: t.sectionLabel,
    hint: t.sectionHint,
    permission: 'briefs.write',
    order: 25,
    // The dashboard card says whether today's brief is out yet.
    summary: async () => ((await briefs.publishedOn(vietnamDay(deps.clock.now()))) ? t.todayDone : t.todayMissing),
  });
  frame.addFlashes({
    'da-luu-diem-tin': { kind: 'ok', text: t.flashSaved },
    'da-phat-hanh-diem-tin': { kind: 'ok', text: t.flashPublished },
    'da-luu-nhiem-vu-diem-tin': { kind: 'ok', text: t.flashSettings },
  });
  mountListRoutes(app, deps);

  app.get(`${BRIEFS_PATH}/moi`, guard.require('briefs.write'), (c: Ctx) =>
    showForm(c, deps, { date: '', intro: '', version: '', reason: '', q: '', items: [] }, {}),
  );
  app.post(`${BRIEFS_PATH}/moi`, guard.require('briefs.write'), (c: Ctx) => handleForm(c, deps, undefined));

  app.get(`${BRIEFS_PATH}/:id`, guard.require('briefs.write'), async (c: Ctx) => {
    const brief = await briefs.get(readIdParam(c));
    return showForm(c, deps, formOf(brief), { brief });
  });
  app.post(`${BRIEFS_PATH}/:id`, guard.require('briefs.write'), async (c: Ctx) =>
    handleForm(c, deps, await briefs.get(readIdParam(c))),
  );

  app.get(`${BRIEFS_PATH}/:id/xem-truoc`, guard.require('briefs.write'), async (c: Ctx) => {
    const brief = await briefs.get(readIdParam(c));
    const rendered = await renderBriefTexts(brief, deps.linkDocumentNumbers);
    return frame.respond(
      c,
      t.previewTitle(brief.date),
      <BriefPreviewPage {...rendered} csrfToken={c.get('staff')!.csrfToken} />,
    );
  });
  app.post(`${BRIEFS_PATH}/:id/xuat-ban`, guard.require('briefs.write'), async (c: Ctx) => {
    await briefs.publish(staffContextOf(c), readIdParam(c));
    return c.redirect(`${BRIEFS_PATH}?tb=da-phat-hanh-diem-tin`, 303);
  });
}
