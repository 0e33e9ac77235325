// The article form's routes: a new article, saving it (with a submit or publish step), opening and
// saving an existing one. A refused form comes back with what was typed; a stale save comes back
// as a conflict with the writer's text kept.
import type { Context, Hono } from 'hono';
import { AppError } from '../../platform/http/errors.js';
import { isStorageUnavailable } from '../../platform/http/unavailable.js';
import { vi } from '../../platform/i18n/vi.js';
import type { StaffEnv } from '../accounts/index.js';
import { isEditor } from './article-policy.js';
import { fieldErrorsOf, parseArticleForm, readArticleForm } from './article-form-input.js';
import { contextOf, listCategoryChoices, readArticleId, type NewsroomPageDeps } from './newsroom-http.js';
import type { DeskArticle } from './newsroom-types.js';
import { ArticleForm } from './views/article-form.js';
import { formValuesOf, newFormValues, type ArticleFormValues } from './views/article-form-values.js';
import { newsroomPagesText } from './views/newsroom-pages.vi.js';

const flashFor: Record<string, string> = { save: 'da-luu-bai', submit: 'da-gui-duyet', publish: 'da-xuat-ban' };

export interface FormPageOptions {
  article?: DeskArticle;
  values: ArticleFormValues;
  errors?: Record<string, string>;
  conflict?: boolean;
  status?: 200 | 400 | 409 | 503;
  /** A message above the form (the server could not store the save). */
  flash?: { kind: 'error'; text: string };
  /** Note this person as editing the article (and show who else is). */
  presence?: boolean;
  /** A refused rejection's reason, shown again as typed. */
  reason?: string;
}

export function createFormRenderer(deps: NewsroomPageDeps) {
  const { newsroom, frame } = deps;
  return async function renderForm(c: Context<StaffEnv>, options: FormPageOptions) {
    const ctx = contextOf(c);
    const editor = isEditor(ctx.actor);
    const [categories, writers, images, presence] = await Promise.all([
      listCategoryChoices(deps.articles),
      editor ? deps.listWriters() : Promise.resolve(undefined),
      deps.listImages(),
      options.article && options.presence ? newsroom.notePresence(ctx, options.article.id) : Promise.resolve([]),
    ]);
    return frame.respond(
      c,
      options.article ? newsroomPagesText.form.editTitle(options.article.title) : newsroomPagesText.form.newTitle,
      <ArticleForm
        csrfToken={c.get('staff')!.csrfToken}
        article={options.article}
        values={options.values}
        errors={options.errors}
        categories={categories}
        writers={writers}
        images={images}
        editor={editor}
        allowed={options.article ? newsroom.allowedActions(ctx, options.article) : new Set()}
        presence={presence}
        conflict={options.conflict}
        reason={options.reason}
      />,
      { status: options.status, editor: true, flash: options.flash },
    );
  };
}

export type FormRenderer = ReturnType<typeof createFormRenderer>;

/**
 * The save could not be stored (a full disk, a database down or read-only): the form again with
 * what was typed and a 503 that says so. Drawing the form reads the categories; when that fails
 * too, the original error goes on to the error page, which keeps the typed text in its own form.
 */
async function formAfterStorageFailure(
  renderForm: FormRenderer,
  c: Context<StaffEnv>,
  err: unknown,
  options: Omit<FormPageOptions, 'status' | 'flash'>,
): Promise<Response> {
  try {
    return await renderForm(c, {
      ...options,
      status: 503,
      flash: { kind: 'error', text: vi.errors.STORAGE_UNAVAILABLE },
    });
  } catch {
    throw err;
  }
}

export function mountArticleFormPages(app: Hono<StaffEnv>, deps: NewsroomPageDeps, renderForm: FormRenderer) {
  const { newsroom, guard } = deps;

  app.get('/quan-tri/bai-viet/moi', guard.require('articles.write'), async (c) => {
    const categories = await listCategoryChoices(deps.articles);
    return renderForm(c, { values: newFormValues(categories[0]?.id, contextOf(c).actor) });
  });

  app.post('/quan-tri/bai-viet', guard.require('articles.write'), async (c) => {
    const form = await readArticleForm(c);
    const parsed = parseArticleForm(form.values, form.action);
    if ('errors' in parsed) return renderForm(c, { values: form.values, errors: parsed.errors, status: 400 });
    try {
      const article = await newsroom.create(contextOf(c), parsed.input, parsed.intent);
      return c.redirect(
        `/quan-tri/bai-viet/${article.id}?tb=${form.action === 'save' ? 'da-tao-bai' : flashFor[form.action]}`,
        303,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err);
      if (errors) return renderForm(c, { values: form.values, errors, status: 400 });
      if (isStorageUnavailable(err)) return formAfterStorageFailure(renderForm, c, err, { values: form.values });
      throw err;
    }
  });

  app.get('/quan-tri/bai-viet/:id', guard.require('articles.write'), async (c) => {
    const article = await newsroom.get(contextOf(c), readArticleId(c));
    return renderForm(c, {
      article,
      values: formValuesOf(article),
      presence: newsroom.allowedActions(contextOf(c), article).has('edit'),
    });
  });

  app.post('/quan-tri/bai-viet/:id', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const id = readArticleId(c);
    const form = await readArticleForm(c);
    const parsed = parseArticleForm(form.values, form.action);
    if ('errors' in parsed)
      return renderForm(c, {
        article: await newsroom.get(ctx, id),
        values: form.values,
        errors: parsed.errors,
        status: 400,
      });
    try {
      await newsroom.update(ctx, id, parsed.input, { expectedVersion: parsed.expectedVersion, intent: parsed.intent });
      return c.redirect(`/quan-tri/bai-viet/${id}?tb=${flashFor[form.action]}`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err);
      if (errors)
        return renderForm(c, { article: await newsroom.get(ctx, id), values: form.values, errors, status: 400 });
      if (isStorageUnavailable(err))
        return formAfterStorageFailure(renderForm, c, err, {
          article: await newsroom.get(ctx, id),
          values: form.values,
        });
      if (err instanceof AppError && err.code === 'ARTICLE_EDIT_CONFLICT') {
        // Nothing is lost: their text comes back, now based on the latest version, so saving again
        // is a deliberate overwrite (and the overwritten version stays in the revisions).
        const latest = await newsroom.get(ctx, id);
        return renderForm(c, {
          article: latest,
          values: { ...form.values, version: String(latest.version) },
          conflict: true,
          status: 409,
        });
      }
      throw err;
    }
  });
}
