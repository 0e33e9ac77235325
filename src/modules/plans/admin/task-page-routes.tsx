// /quan-tri/nhiem-vu/:id: a task's page (its occurrences filtered by state and paged, its reports
// paged, ?ky=&trang-ky=&trang=); a unit files a progress report on it (with evidence and
// files); an editor confirms an occurrence done.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../../platform/http/errors.js';
import { readIdParam, readQueryParam } from '../../../platform/http/query.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { StaffEnv } from '../../accounts/index.js';
import type { PlanPageDeps } from '../plans.admin.js';
import type { CompletionInput } from '../plans.types.js';
import { planContextOf } from '../plan-context.js';
import type { ReportFormValues } from '../views/report-fields.js';
import { listOccurrencePage } from '../views/occurrence-filter.js';
import { TaskPage, type TaskPageView } from '../views/task-page.js';
import { listArticleChoices, withAttachments } from './evidence-choices.js';
import { isValidation, readCompletionForm, readReportForm, reportInput, withFilesAgain } from './form-input.js';
import { saveWithFiles } from './save-with-files.js';
import { readTaskPageQuery } from './task-page-query.js';

// A page of a daily task: a month of occurrences, and reports short enough to read through.
const OCCURRENCES_PER_PAGE = 31;
const REPORTS_PER_PAGE = 20;

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

/**
 * The task with the page of reports and of occurrences its address asks for. A page past the end
 * is a 404 when the address asked for it (not when a refused form is shown again).
 */
async function loadTaskPage(c: Context<StaffEnv>, deps: PlanPageDeps, id: number, checkRange: boolean) {
  const query = readTaskPageQuery(c);
  const detail = await deps.plans.getTaskPage(planContextOf(c), id, {
    page: query.reportPage,
    perPage: REPORTS_PER_PAGE,
  });
  const occurrences = listOccurrencePage(detail.task.status.occurrences, deps.clock.now().toISOString(), query.filter, {
    page: query.occurrencePage,
    perPage: OCCURRENCES_PER_PAGE,
  });
  const beyond = (page: number, total: number, perPage: number) => page > 1 && (page - 1) * perPage >= total;
  if (
    checkRange &&
    (beyond(query.reportPage, detail.reportTotal, REPORTS_PER_PAGE) ||
      beyond(query.occurrencePage, occurrences.matching, OCCURRENCES_PER_PAGE))
  )
    throw new NotFoundError('PAGE_OUT_OF_RANGE');
  const view: TaskPageView = {
    query,
    occurrences,
    occurrencesPerPage: OCCURRENCES_PER_PAGE,
    reportTotal: detail.reportTotal,
    reportsPerPage: REPORTS_PER_PAGE,
  };
  return { detail, view };
}

export function mountTaskPageRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard, frame, clock } = deps;

  async function taskPage(
    c: Context<StaffEnv>,
    id: number,
    form?: ReportFormValues,
    errors: Record<string, string> = {},
    status: 200 | 400 | 413 | 415 = 200,
    completion?: CompletionInput,
  ) {
    const { detail, view } = await loadTaskPage(c, deps, id, status === 200);
    const units = await deps.listUnits();
    const reportUnits = units
      .filter((u) => detail.reportableUnitIds.includes(u.id))
      .map((u) => ({ id: u.id, label: u.label.replace(/^[\s—–-]+/, '') }));
    const values = form ?? blankReport(c, detail.reportableUnitIds, vietnamDay(clock.now()));
    const articleQuery = (readQueryParam(c, 'tim-bai') ?? '').trim().slice(0, 200);
    const page = (
      <TaskPage
        csrfToken={c.get('staff')!.csrfToken}
        plan={detail.plan}
        task={detail.task}
        view={view}
        reports={await withAttachments(deps, detail.reports)}
        completions={detail.completions}
        manages={detail.manages}
        reportUnits={reportUnits}
        form={values}
        errors={errors}
        completion={completion}
        articleQuery={articleQuery}
        articleChoices={await listArticleChoices(deps, articleQuery, values.articleIds)}
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
      if (isValidation(err))
        return taskPage(c, id, values, withFilesAgain(err.fields, uploads), err.status as 400 | 413 | 415);
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
      if (isValidation(err)) return taskPage(c, id, undefined, err.fields, 400, completion);
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-xac-nhan`, 303);
  });
}
