// The workflow buttons beside the article form, one route per step. Steps only editors ever take
// are refused by role at the route; the rest by record in the service.
import type { Hono } from 'hono';
import type { StaffEnv } from '../accounts/index.js';
import type { FormRenderer } from './article-form.admin.js';
import { fieldErrorsOf, readArticleForm } from './article-form-input.js';
import { contextOf, readArticleId, type NewsroomPageDeps } from './newsroom-http.js';
import type { WorkflowStep } from './newsroom-types.js';
import { formValuesOf } from './views/article-form-values.js';
import { rejectionSchema } from './article-input.js';
import { fieldErrors } from '../../platform/http/form-errors.js';

const STEP_PAGES: Array<{ path: string; step: WorkflowStep; flash: string }> = [
  { path: 'gui-duyet', step: 'submit', flash: 'da-gui-duyet' },
  { path: 'xuat-ban', step: 'publish', flash: 'da-xuat-ban' },
  { path: 'tra-lai', step: 'reject', flash: 'da-tra-lai' },
  { path: 'go-xuat-ban', step: 'unpublish', flash: 'da-go-xuat-ban' },
  { path: 'xoa', step: 'delete', flash: 'da-xoa-bai' },
  { path: 'khoi-phuc', step: 'restore', flash: 'da-khoi-phuc-bai' },
];

export function mountArticleStepPages(app: Hono<StaffEnv>, deps: NewsroomPageDeps, renderForm: FormRenderer) {
  const { newsroom, guard } = deps;
  for (const { path, step, flash } of STEP_PAGES) {
    const permission = step === 'submit' || step === 'delete' ? 'articles.write' : 'articles.publish';
    app.post(`/quan-tri/bai-viet/:id/${path}`, guard.require(permission), async (c) => {
      const ctx = contextOf(c);
      const id = readArticleId(c);
      const form = await readArticleForm(c);
      const refuse = async (errors: Record<string, string>) => {
        const article = await newsroom.get(ctx, id);
        return renderForm(c, { article, values: formValuesOf(article), errors, reason: form.reason, status: 400 });
      };
      // The reason is checked with the API's own schema (article-input.ts) before the service runs.
      const rejection = step === 'reject' ? rejectionSchema.safeParse({ reason: form.reason }) : undefined;
      if (rejection && !rejection.success) return refuse(fieldErrors(rejection.error));
      try {
        await newsroom.act(ctx, id, step, { reason: rejection?.data.reason });
      } catch (err) {
        const errors = fieldErrorsOf(err);
        if (!errors) throw err;
        return refuse(errors);
      }
      // A deleted article has no page to come back to but the desk.
      return c.redirect(
        step === 'delete' ? `/quan-tri/bai-viet?tb=${flash}` : `/quan-tri/bai-viet/${id}?tb=${flash}`,
        303,
      );
    });
  }
}
