// /quan-tri/du-luan/tong-hop (the leaders' overview), its synthesis .docx, and /quan-tri/du-luan/cai-dat
// (the period and the deadline, admin only). The overview and the synthesis are audited as reads.
import type { Context, Hono } from 'hono';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { readFields, readPeriodParam } from './opinion-form-input.js';
import type { OpinionOverview } from './opinion-overview.js';
import { periodToReview, recentPeriods } from './opinion-periods.js';
import type { Letterhead } from './opinion-synthesis-docx.js';
import { settingsFormSchema, type SettingsFormValues } from './opinion.schema.js';
import type { OpinionService } from './opinion.service.js';
import { opinionText } from './opinion.vi.js';
import { OverviewPage, SettingsForm } from './views/overview-page.js';
import { OPINION_PATH } from './views/report-pages.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface OpinionOverviewDeps {
  service: OpinionService;
  overview: OpinionOverview;
  guard: StaffGuard;
  frame: StaffFrame;
  letterhead: () => Letterhead;
}

export function mountOpinionOverview(app: Hono, deps: OpinionOverviewDeps) {
  const { service, overview, guard, frame } = deps;
  const periodAsked = async (c: Context) => readPeriodParam(c) ?? periodToReview(await service.rules(), service.now());

  app.get(`${OPINION_PATH}/tong-hop`, guard.require('opinion.read_all'), async (c) => {
    const key = await periodAsked(c);
    const data = await overview.overview(staffContextOf(c), key);
    const periods = recentPeriods((await service.rules()).kind, service.now(), 12);
    if (!periods.includes(key)) periods.push(key);
    return frame.respond(c, opinionText.overview.title, <OverviewPage data={data} periods={periods} />);
  });

  app.get(`${OPINION_PATH}/tong-hop/bao-cao.docx`, guard.require('opinion.read_all'), async (c) => {
    const key = await periodAsked(c);
    const data = await overview.synthesis(staffContextOf(c), key);
    // docx loads at the first synthesis, not at every start (#14 part 4).
    const { buildSynthesisDocx } = await import('./opinion-synthesis-docx.js');
    const file = await buildSynthesisDocx(data, deps.letterhead());
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': `attachment; filename="${opinionText.docx.fileName(key)}"`,
      'Cache-Control': 'no-store',
    });
  });

  const settingsPage = (c: Context<StaffEnv>, values: SettingsFormValues, errors?: Record<string, string>) =>
    frame.respond(
      c,
      opinionText.settings.title,
      <SettingsForm csrfToken={c.get('staff')!.csrfToken} values={values} errors={errors} />,
      {
        status: errors ? 400 : 200,
      },
    );

  app.get(`${OPINION_PATH}/cai-dat`, guard.require('opinion.manage'), async (c) => {
    const rules = await service.rules();
    return settingsPage(c, {
      periodKind: rules.kind,
      deadlineDay: String(rules.deadlineDay),
      graceDays: String(rules.graceDays),
    });
  });

  app.post(`${OPINION_PATH}/cai-dat`, guard.require('opinion.manage'), async (c) => {
    const values = await readFields(c, ['periodKind', 'deadlineDay', 'graceDays'] as const);
    const parsed = settingsFormSchema.safeParse(values);
    if (!parsed.success) return settingsPage(c, values, fieldErrors(parsed.error));
    await service.saveSettings(staffContextOf(c), parsed.data);
    return c.redirect(`${OPINION_PATH}?tb=da-luu-ky-bao-cao`, 303);
  });
}
