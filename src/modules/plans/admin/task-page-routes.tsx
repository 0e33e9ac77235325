// /quan-tri/nhiem-vu/:id: a task's page; a unit files a progress report on it (with evidence and
// files); an editor confirms an occurrence done.
import type { Context, Hono } from 'hono';
import { readIdParam, readQueryParam } from '../../../platform/http/query.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { StaffEnv } from '../../accounts/index.js';
import type { PlanPageDeps } from '../plans.admin.js';
import { planContextOf } from '../plan-context.js';
import type { ReportFormValues } from '../views/report-fields.js';
import { TaskPage } from '../views/task-page.js';
import { listArticleChoices, withAttachments } from './evidence-choices.js';
import { isValidation, readCompletionForm, readReportForm, reportInput } from './form-input.js';
import { saveWithFiles } from './save-with-files.js';

/** A new report: for the person's own unit when they may report for it, dated today. */
function blankReport(c: Context<StaffEnv>, unitIds: number[], today: string): ReportFormValues {
  const own = planContextOf(c).actor.unitId;
  return {
    unitId: String(own && unitIds.includes(own) ? own : (unitIds[0] ?? '')),
    activityDate: today,
    body: '',
    quantity: '',
    completed: false,
    articleIds: [],
  };
}

export function mountTaskPageRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard, frame, clock } = deps;

  async function taskPage(
    c: Context<StaffEnv>,
    id: number,
    form?: ReportFormValues,
    errors: Record<string, string> = {},
    status: 200 | 400 | 413 | 415 = 200,
  ) {
    const detail = await plans.getTask(planContextOf(c), id);
    const units = await deps.listUnits();
    const reportUnits = units
      .filter((u) => detail.reportableUnitIds.includes(u.id))
      .map((u) => ({ id: u.id, label: u.label.replace(/^[\s—–-]+/, '') }));
    const values = form ?? blankReport(c, detail.reportableUnitIds, vietnamDay(clock.now()));
    const query = (readQueryParam(c, 'tim-bai') ?? '').trim().slice(0, 200);
    const page = (
      <TaskPage
        csrfToken={c.get('staff')!.csrfToken}
        plan={detail.plan}
        task={detail.task}
        reports={await withAttachments(deps, detail.reports)}
        completions={detail.completions}
        manages={detail.manages}
        reportUnits={reportUnits}
        form={values}
        errors={errors}
        articleQuery={query}
        articleChoices={await listArticleChoices(deps, query, values.articleIds)}
        now={clock.now().toISOString()}
      />
    );
    return frame.respond(c, detail.task.title, page, { status });
  }

  app.get('/quan-tri/nhiem-vu/:id', guard.require('plans.read'), (c) => taskPage(c, readIdParam(c)));
  app.post('/quan-tri/nhiem-vu/:id/bao-cao', guard.require('reports.file'), async (c) => {
    const id = readIdParam(c);
    const { values, uploads } = await readReportForm(c);
    try {
      const file = () => plans.fileReport(planContextOf(c), id, reportInput(values));
      await saveWithFiles(c, deps.attachments, uploads, file, (reportId, files) =>
        deps.attachments.attachToReport(reportId, files),
      );
    } catch (err) {
      if (isValidation(err)) return taskPage(c, id, values, err.fields, err.status as 400 | 413 | 415);
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-gui-bao-cao`, 303);
  });
  app.post('/quan-tri/nhiem-vu/:id/hoan-thanh', guard.require('plans.manage'), async (c) => {
    const id = readIdParam(c);
    const completion = await readCompletionForm(c);
    try {
      await plans.markDone(planContextOf(c), id, completion);
    } catch (err) {
      if (isValidation(err)) return taskPage(c, id, undefined, err.fields, 400);
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-xac-nhan`, 303);
  });
}
