// /quan-tri/ke-hoach…: the plans (with the overview across plans), a plan's page and its exported
// progress report; editors add and change plans, with their documents.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../../platform/http/errors.js';
import { readIdParam, readPageNumber, readQueryParam } from '../../../platform/http/query.js';
import { asciiName } from '../../../platform/text/fold.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { StaffEnv } from '../../accounts/index.js';
import { dashboardOf } from '../plan-dashboard.js';
import { planReportData } from '../plan-report-data.js';
import { managesPlans, seesAllUnits } from '../plans-policy.js';
import type { PlanPageDeps } from '../plans.admin.js';
import { planContextOf } from '../plan-context.js';
import { plansText } from '../plans.vi.js';
import { taskStatusLabels, type TaskStatus } from '../task-status.js';
import { PlanForm, type PlanFormValues } from '../views/plan-forms.js';
import { PlanPage } from '../views/plan-page.js';
import { PlansIndex } from '../views/plans-index-page.js';
import { isValidation, planInput, readPlanForm, withFilesAgain } from './form-input.js';
import { saveWithFiles } from './save-with-files.js';

// A page of a plan's task list: a plan of 20 tasks is one page, one of 5,000 is read in parts.
const TASKS_PER_PAGE = 200;

const FILE_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function mountPlanFormRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard, frame, clock, attachments } = deps;
  const programmeChoices = async () =>
    (await plans.listProgrammes()).map((p) => ({ id: p.id, label: `${p.number} ${p.title}` }));
  const form = async (
    c: Context<StaffEnv>,
    action: string,
    heading: string,
    values: PlanFormValues,
    errors?: Record<string, string>,
  ) =>
    frame.respond(
      c,
      heading,
      <PlanForm
        csrfToken={c.get('staff')!.csrfToken}
        action={action}
        heading={heading}
        values={values}
        programmes={await programmeChoices()}
        errors={errors}
      />,
      { status: errors ? 400 : 200 },
    );
  const save = async (c: Context<StaffEnv>, id: number | undefined, action: string, heading: string) => {
    const values = await readPlanForm(c);
    try {
      const write = () =>
        id === undefined
          ? plans.createPlan(planContextOf(c), planInput(values))
          : plans.updatePlan(planContextOf(c), id, planInput(values)).then(() => id);
      const saved = await saveWithFiles(c, attachments, values.uploads, write, (planId, files) =>
        attachments.attachToPlan(planId, files),
      );
      return c.redirect(`/quan-tri/ke-hoach/${saved}?tb=da-luu-ke-hoach`, 303);
    } catch (err) {
      if (isValidation(err)) return form(c, action, heading, values, withFilesAgain(err.fields, values.uploads));
      throw err;
    }
  };

  app.get('/quan-tri/ke-hoach/moi', guard.require('plans.manage'), (c) =>
    form(c, '/quan-tri/ke-hoach', plansText.titles.addPlan, {
      programmeId: '',
      number: '',
      title: '',
      issuer: '',
      issuedOn: vietnamDay(clock.now()),
      year: String(clock.now().getUTCFullYear()),
    }),
  );
  app.post('/quan-tri/ke-hoach', guard.require('plans.manage'), (c) =>
    save(c, undefined, '/quan-tri/ke-hoach', plansText.titles.addPlan),
  );
  app.get('/quan-tri/ke-hoach/:id/sua', guard.require('plans.manage'), async (c) => {
    const { plan } = await plans.getPlan(planContextOf(c), readIdParam(c));
    const values = {
      programmeId: plan.programmeId === null ? '' : String(plan.programmeId),
      number: plan.number,
      title: plan.title,
      issuer: plan.issuer,
      issuedOn: plan.issuedOn,
      year: String(plan.year),
    };
    return form(c, `/quan-tri/ke-hoach/${plan.id}/sua`, plansText.titles.editPlanNumber(plan.number), values);
  });
  app.post('/quan-tri/ke-hoach/:id/sua', guard.require('plans.manage'), (c) => {
    const id = readIdParam(c);
    return save(c, id, `/quan-tri/ke-hoach/${id}/sua`, plansText.titles.editPlan);
  });
}

export function mountPlanRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard, frame } = deps;
  app.get('/quan-tri/ke-hoach', guard.require('plans.read'), async (c) => {
    const ctx = planContextOf(c);
    const [{ plans: list, tasks }, programmes] = await Promise.all([
      plans.listPlansWithTasks(ctx),
      plans.listProgrammes(),
    ]);
    // Leaders, editors and admins also get the picture across plans, unit by unit.
    const overview = seesAllUnits(ctx.actor) ? dashboardOf(tasks) : undefined;
    const myUnitHref = ctx.actor.unitId !== null || seesAllUnits(ctx.actor) ? '/quan-tri/don-vi-cua-toi' : undefined;
    const registered = await deps.documentUrls?.([...programmes, ...list].map((p) => p.number));
    return frame.respond(
      c,
      plansText.titles.plans,
      <PlansIndex
        overview={overview}
        programmes={programmes}
        plans={list}
        manages={managesPlans(ctx.actor)}
        myUnitHref={myUnitHref}
        registered={registered}
      />,
    );
  });
  app.get('/quan-tri/ke-hoach/:id', guard.require('plans.read'), async (c) => {
    const ctx = planContextOf(c);
    const { plan, tasks, summary, seesAllUnits: all } = await plans.getPlan(ctx, readIdParam(c));
    const statusParam = readQueryParam(c, 'tinh-trang');
    const statusFilter = statusParam && statusParam in taskStatusLabels ? (statusParam as TaskStatus) : undefined;
    const page = readPageNumber(c);
    const listed = statusFilter ? summary[statusFilter] : summary.total;
    if (page > 1 && (page - 1) * TASKS_PER_PAGE >= listed) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    const documents = (await deps.attachments.listForPlans([plan.id])).get(plan.id) ?? [];
    const registered = await deps.documentUrls?.([plan.number, plan.programmeNumber ?? '']);
    return frame.respond(
      c,
      plansText.titles.plan(plan.number),
      <PlanPage
        plan={plan}
        documents={documents}
        tasks={tasks}
        summary={summary}
        dashboard={dashboardOf(tasks)}
        manages={managesPlans(ctx.actor)}
        seesAllUnits={all}
        page={page}
        perPage={TASKS_PER_PAGE}
        statusFilter={statusFilter}
        registered={registered}
      />,
    );
  });
  // The progress report as Word and Excel files, with the same figures as the page.
  for (const ext of ['docx', 'xlsx'] as const) {
    app.get(`/quan-tri/ke-hoach/:id/bao-cao-tien-do.${ext}`, guard.require('plans.read'), async (c) => {
      const { plan, tasks, summary } = await plans.getPlan(planContextOf(c), readIdParam(c));
      const data = planReportData({ letterhead: deps.letterhead(), plan, tasks, summary, date: deps.clock.now() });
      // The Word and Excel libraries load at the first export, not at every start (#14 part 4).
      const exports = await import('../exports/index.js');
      const bytes = ext === 'docx' ? await exports.buildPlanReportDocx(data) : await exports.buildPlanReportXlsx(data);
      const name = `bao-cao-tien-do-${asciiName(plan.number)}.${ext}`;
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': FILE_TYPES[ext],
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    });
  }
}
