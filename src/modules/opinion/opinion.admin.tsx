// /quan-tri/du-luan: the reports' list, filing, a report's page, its edit, and its cases. The
// permission table lets a person in (guard.require); the service decides per record (their unit's
// only, until the period closes) and writes the audit rows of every read. Post → redirect → get.
import type { Context, Hono } from 'hono';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam } from '../../platform/http/query.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { can, staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { formRefusal, readFields, readPeriodParam } from './opinion-form-input.js';
import { recentPeriods } from './opinion-periods.js';
import { caseFormSchema, type CaseFormValues, reportFormSchema, type ReportFormValues } from './opinion.schema.js';
import { opinionError, type OpinionService, periodLabel } from './opinion.service.js';
import { opinionText } from './opinion.vi.js';
import { CaseForm, caseValuesOf, emptyCaseForm } from './views/case-form.js';
import {
  emptyReportForm,
  OPINION_PATH,
  ReportForm,
  ReportList,
  ReportView,
  reportValuesOf,
} from './views/report-pages.js';

const t = opinionText;
const REPORT_FIELDS = ['periodKey', 'classification', 'membersSituation', 'topics', 'publicOpinion'] as const;
const CASE_FIELDS = [
  'title',
  'severity',
  'classification',
  'occurredOn',
  'place',
  'people',
  'actionsTaken',
  'followUp',
] as const;

export interface OpinionAdminDeps {
  service: OpinionService;
  guard: StaffGuard;
  frame: StaffFrame;
}

const csrfOf = (c: Context<StaffEnv>) => c.get('staff')!.csrfToken;
const idOf = (c: Context, name: string, code: 'OPINION_REPORT_NOT_FOUND' | 'OPINION_CASE_NOT_FOUND') =>
  readIdParam(c, name, opinionError(code));

function registerFrame(frame: StaffFrame) {
  frame.addSection({
    href: OPINION_PATH,
    label: t.section.label,
    hint: t.section.hint,
    permission: 'opinion.read',
    order: 47,
    // A unit reporter not yet placed in a unit has no report to see or file.
    shownTo: (c) => {
      const { user } = c.get('staff')!;
      return can(user.roles, 'opinion.read_all') || (user.unitId ?? null) !== null;
    },
  });
  frame.addFlashes({
    'da-nop-bao-cao': { kind: 'ok', text: t.flashes.filed },
    'da-luu-bao-cao': { kind: 'ok', text: t.flashes.saved },
    'da-them-vu-viec': { kind: 'ok', text: t.flashes.caseAdded },
    'da-luu-vu-viec': { kind: 'ok', text: t.flashes.caseSaved },
    'da-xoa-vu-viec': { kind: 'ok', text: t.flashes.caseDeleted },
    'da-luu-ky-bao-cao': { kind: 'ok', text: t.flashes.settingsSaved },
  });
}

function mountReportRoutes(app: Hono, { service, guard, frame }: OpinionAdminDeps) {
  app.get(OPINION_PATH, guard.require('opinion.read'), async (c) => {
    const ctx = staffContextOf(c);
    const periodKey = readPeriodParam(c);
    const rules = await service.rules();
    const roles = ctx.actor.roles;
    const links = {
      file: can(roles, 'opinion.file') && ctx.actor.unitId !== null,
      overview: can(roles, 'opinion.read_all'),
      settings: can(roles, 'opinion.manage'),
      noUnit: can(roles, 'opinion.file') && ctx.actor.unitId === null,
    };
    const reports = await service.listReports(ctx, periodKey);
    const periods = recentPeriods(rules.kind, service.now(), 12);
    const page = (
      <ReportList
        reports={reports}
        rules={rules}
        now={service.now()}
        periods={periods}
        periodKey={periodKey}
        links={links}
      />
    );
    return frame.respond(c, t.list.title, page);
  });

  const newForm = async (
    c: Context<StaffEnv>,
    values?: ReportFormValues,
    errors?: Record<string, string>,
    status: 400 | 409 = 400,
  ) => {
    const ctx = staffContextOf(c);
    const refusedStatus: { status: 200 | 400 | 409 } = { status: errors ? status : 200 };
    if (ctx.actor.unitId === null)
      return frame.respond(c, t.form.newTitle, <p class="notice">{t.list.noUnit}</p>, refusedStatus);
    const periods = await service.periodsToFile(ctx);
    if (periods.length === 0)
      return frame.respond(c, t.form.newTitle, <p class="notice">{t.form.noOpenPeriod}</p>, refusedStatus);
    const form = (
      <ReportForm
        csrfToken={csrfOf(c)}
        heading={t.form.newTitle}
        action={OPINION_PATH}
        values={values ?? emptyReportForm(chosenPeriod(c, periods))}
        errors={errors}
        periods={periods}
        back={OPINION_PATH}
      />
    );
    return frame.respond(c, t.form.newTitle, form, refusedStatus);
  };

  app.get(`${OPINION_PATH}/moi`, guard.require('opinion.file'), (c) => newForm(c));

  app.post(OPINION_PATH, guard.require('opinion.file'), async (c) => {
    const values = await readFields(c, REPORT_FIELDS);
    const parsed = reportFormSchema.safeParse(values);
    if (!parsed.success) return newForm(c, values, fieldErrors(parsed.error));
    try {
      const id = await service.fileReport(staffContextOf(c), parsed.data);
      return c.redirect(`${OPINION_PATH}/${id}?tb=da-nop-bao-cao`, 303);
    } catch (error) {
      const refused = formRefusal(error, 'periodKey');
      if (refused) return newForm(c, values, refused.errors, refused.status);
      throw error;
    }
  });
}

function mountCaseRoutes(app: Hono, { service, guard, frame }: OpinionAdminDeps) {
  const today = () => vietnamDay(service.now());
  const casePage = (
    c: Context<StaffEnv>,
    parts: { heading: string; action: string; reportId: number; caseId?: number },
    values: CaseFormValues,
    errors?: Record<string, string>,
  ) =>
    frame.respond(c, parts.heading, <CaseForm csrfToken={csrfOf(c)} {...parts} values={values} errors={errors} />, {
      status: errors ? 400 : 200,
    });

  app.get(`${OPINION_PATH}/vu-viec/:caseId`, guard.require('opinion.file'), async (c) => {
    const { found, report } = await service.caseToEdit(staffContextOf(c), idOf(c, 'caseId', 'OPINION_CASE_NOT_FOUND'));
    const parts = {
      heading: t.caseForm.editTitle(found.title),
      action: `${OPINION_PATH}/vu-viec/${found.id}`,
      reportId: report.id,
      caseId: found.id,
    };
    return casePage(c, parts, caseValuesOf(found));
  });

  app.post(`${OPINION_PATH}/vu-viec/:caseId`, guard.require('opinion.file'), async (c) => {
    const caseId = idOf(c, 'caseId', 'OPINION_CASE_NOT_FOUND');
    const ctx = staffContextOf(c);
    const values = await readFields(c, CASE_FIELDS);
    const parsed = caseFormSchema(today()).safeParse(values);
    if (!parsed.success) {
      const { found, report } = await service.caseToEdit(ctx, caseId);
      const parts = {
        heading: t.caseForm.editTitle(found.title),
        action: `${OPINION_PATH}/vu-viec/${caseId}`,
        reportId: report.id,
        caseId,
      };
      return casePage(c, parts, values, fieldErrors(parsed.error));
    }
    const reportId = await service.updateCase(ctx, caseId, parsed.data);
    return c.redirect(`${OPINION_PATH}/${reportId}?tb=da-luu-vu-viec`, 303);
  });

  app.post(`${OPINION_PATH}/vu-viec/:caseId/xoa`, guard.require('opinion.file'), async (c) => {
    const reportId = await service.deleteCase(staffContextOf(c), idOf(c, 'caseId', 'OPINION_CASE_NOT_FOUND'));
    return c.redirect(`${OPINION_PATH}/${reportId}?tb=da-xoa-vu-viec`, 303);
  });

  app.get(`${OPINION_PATH}/:id/vu-viec/moi`, guard.require('opinion.file'), async (c) => {
    const report = await service.reportForNewCase(staffContextOf(c), idOf(c, 'id', 'OPINION_REPORT_NOT_FOUND'));
    const parts = { heading: t.caseForm.newTitle, action: `${OPINION_PATH}/${report.id}/vu-viec`, reportId: report.id };
    return casePage(c, parts, emptyCaseForm);
  });

  app.post(`${OPINION_PATH}/:id/vu-viec`, guard.require('opinion.file'), async (c) => {
    const ctx = staffContextOf(c);
    const report = await service.reportForNewCase(ctx, idOf(c, 'id', 'OPINION_REPORT_NOT_FOUND'));
    const values = await readFields(c, CASE_FIELDS);
    const parsed = caseFormSchema(today()).safeParse(values);
    if (!parsed.success) {
      const parts = {
        heading: t.caseForm.newTitle,
        action: `${OPINION_PATH}/${report.id}/vu-viec`,
        reportId: report.id,
      };
      return casePage(c, parts, values, fieldErrors(parsed.error));
    }
    await service.addCase(ctx, report.id, parsed.data);
    return c.redirect(`${OPINION_PATH}/${report.id}?tb=da-them-vu-viec`, 303);
  });
}

function mountReportRecordRoutes(app: Hono, { service, guard, frame }: OpinionAdminDeps) {
  app.get(`${OPINION_PATH}/:id`, guard.require('opinion.read'), async (c) => {
    const read = await service.readReport(staffContextOf(c), idOf(c, 'id', 'OPINION_REPORT_NOT_FOUND'));
    const title = t.report.title(read.report.unit_name, periodLabel(read.report.period_key));
    return frame.respond(c, title, <ReportView {...read} now={service.now()} />);
  });

  const editForm = (
    c: Context<StaffEnv>,
    id: number,
    heading: string,
    values: ReportFormValues,
    errors?: Record<string, string>,
  ) =>
    frame.respond(
      c,
      heading,
      <ReportForm
        csrfToken={csrfOf(c)}
        heading={heading}
        action={`${OPINION_PATH}/${id}`}
        values={values}
        errors={errors}
        back={`${OPINION_PATH}/${id}`}
      />,
      { status: errors ? 400 : 200 },
    );

  app.get(`${OPINION_PATH}/:id/sua`, guard.require('opinion.file'), async (c) => {
    const report = await service.reportToEdit(staffContextOf(c), idOf(c, 'id', 'OPINION_REPORT_NOT_FOUND'));
    return editForm(
      c,
      report.id,
      t.form.editTitle(report.unit_name, periodLabel(report.period_key)),
      reportValuesOf(report),
    );
  });

  app.post(`${OPINION_PATH}/:id`, guard.require('opinion.file'), async (c) => {
    const ctx = staffContextOf(c);
    const id = idOf(c, 'id', 'OPINION_REPORT_NOT_FOUND');
    const values = await readFields(c, REPORT_FIELDS);
    const parsed = reportFormSchema.safeParse(values);
    if (!parsed.success) {
      const report = await service.reportToEdit(ctx, id);
      const heading = t.form.editTitle(report.unit_name, periodLabel(report.period_key));
      return editForm(c, id, heading, { ...values, periodKey: report.period_key }, fieldErrors(parsed.error));
    }
    await service.updateReport(ctx, id, parsed.data);
    return c.redirect(`${OPINION_PATH}/${id}?tb=da-luu-bao-cao`, 303);
  });
}

/** The overview, the synthesis and the settings (opinion-overview.admin.tsx) come before the record routes. */
/** The period a reminder's link names (?ky=2026-11) when it can be filed, else the oldest open one. */
function chosenPeriod(c: Context, periods: readonly string[]): string {
  const asked = readPeriodParam(c);
  return asked !== undefined && periods.includes(asked) ? asked : periods[periods.length - 1]!;
}

export function mountOpinionAdmin(app: Hono, deps: OpinionAdminDeps, mountStatic: (app: Hono) => void) {
  registerFrame(deps.frame);
  mountReportRoutes(app, deps);
  mountStatic(app);
  mountCaseRoutes(app, deps);
  mountReportRecordRoutes(app, deps);
}
