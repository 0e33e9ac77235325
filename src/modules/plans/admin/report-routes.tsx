// /quan-tri/bao-cao/:id: a report with its versions; its author corrects it (409 with their text
// kept when someone saved in between).
import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/http/errors.js';
import { readIdParam } from '../../../platform/http/query.js';
import type { StaffEnv } from '../../accounts/index.js';
import type { PlanPageDeps } from '../plans.admin.js';
import { planContextOf } from '../plan-context.js';
import { plansText } from '../plans.vi.js';
import type { ReportFormValues } from '../views/report-fields.js';
import { ReportPage } from '../views/report-page.js';
import { listArticleChoices } from './evidence-choices.js';
import { isValidation, readReportForm, reportInput, withFilesAgain } from './form-input.js';
import { saveWithFiles } from './save-with-files.js';

interface RefusedCorrection {
  values: ReportFormValues;
  errors: Record<string, string>;
  conflict?: boolean;
  status: 400 | 409 | 413 | 415;
}

export function mountReportRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard, frame } = deps;

  async function reportPage(c: Context<StaffEnv>, id: number, form?: RefusedCorrection) {
    const detail = await plans.getReport(planContextOf(c), id);
    const r = detail.report;
    const values = form?.values ?? {
      unitId: String(r.unit.id),
      activityDate: r.activityDate,
      body: r.body,
      quantity: r.quantity === null ? '' : String(r.quantity),
      completed: r.completed,
      articleIds: detail.articles.map((a) => String(a.id)),
    };
    const attachments = detail.mayOpenFiles ? ((await deps.attachments.listForReports([r.id])).get(r.id) ?? []) : [];
    const page = (
      <ReportPage
        csrfToken={c.get('staff')!.csrfToken}
        task={detail.task}
        report={r}
        values={values}
        errors={form?.errors ?? {}}
        conflict={form?.conflict}
        mayCorrect={detail.mayCorrect}
        revisions={detail.revisions}
        articleChoices={await listArticleChoices(deps, '', values.articleIds)}
        attachments={attachments}
      />
    );
    return frame.respond(c, plansText.titles.report(r.unit.name), page, { status: form?.status ?? 200 });
  }

  app.get('/quan-tri/bao-cao/:id', guard.require('plans.read'), (c) => reportPage(c, readIdParam(c)));
  app.post('/quan-tri/bao-cao/:id', guard.require('reports.file'), async (c) => {
    const id = readIdParam(c);
    const { values, version, uploads } = await readReportForm(c);
    try {
      const correct = () => plans.correctReport(planContextOf(c), id, reportInput(values), version).then(() => id);
      await saveWithFiles(c, deps.attachments, uploads, correct, (reportId, files) =>
        deps.attachments.attachToReport(reportId, files),
      );
    } catch (err) {
      if (isValidation(err))
        return reportPage(c, id, {
          values,
          errors: withFilesAgain(err.fields, uploads),
          status: err.status as 400 | 413 | 415,
        });
      if (err instanceof AppError && err.code === 'CONFLICT' && err.status === 409) {
        const detail = await plans.getReport(planContextOf(c), id);
        if (detail.mayCorrect) return reportPage(c, id, { values, errors: {}, conflict: true, status: 409 });
      }
      throw err;
    }
    return c.redirect(`/quan-tri/bao-cao/${id}?tb=da-sua-bao-cao`, 303);
  });
}
