// The public-opinion reports' staff routes (/quan-tri/du-luan). The fixture is a November report of
// the unit reporter's own unit (open at the test clock, 27/11/2026) with one case, so both the
// permission table and the per-record rule let the unit reporter through. Form posts send nothing:
// an allowed role gets the form back (400) and nothing is written; the case's delete row removes it
// for the first allowed role, then answers 404.
import { importOpinionReport } from '../../../src/modules/opinion/index.js';
import type { PermissionRouteTable } from '../../support/permission-route.js';

const path = '/quan-tri/du-luan';

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: path, path: () => path, permission: 'opinion.read' },
    { method: 'GET', pattern: `${path}/moi`, path: () => `${path}/moi`, permission: 'opinion.file' },
    { method: 'POST', pattern: path, path: () => path, permission: 'opinion.file', fields: {} },
    { method: 'GET', pattern: `${path}/tong-hop`, path: () => `${path}/tong-hop`, permission: 'opinion.read_all' },
    {
      method: 'GET',
      pattern: `${path}/tong-hop/bao-cao.docx`,
      path: () => `${path}/tong-hop/bao-cao.docx?ky=2026-11`,
      permission: 'opinion.read_all',
    },
    { method: 'GET', pattern: `${path}/cai-dat`, path: () => `${path}/cai-dat`, permission: 'opinion.manage' },
    {
      method: 'POST',
      pattern: `${path}/cai-dat`,
      path: () => `${path}/cai-dat`,
      permission: 'opinion.manage',
      fields: {},
    },
    {
      method: 'GET',
      pattern: `${path}/:id`,
      path: ({ opinionReport }) => `${path}/${opinionReport}`,
      permission: 'opinion.read',
    },
    {
      method: 'GET',
      pattern: `${path}/:id/sua`,
      path: ({ opinionReport }) => `${path}/${opinionReport}/sua`,
      permission: 'opinion.file',
    },
    {
      method: 'POST',
      pattern: `${path}/:id`,
      path: ({ opinionReport }) => `${path}/${opinionReport}`,
      permission: 'opinion.file',
      fields: {},
    },
    {
      method: 'GET',
      pattern: `${path}/:id/vu-viec/moi`,
      path: ({ opinionReport }) => `${path}/${opinionReport}/vu-viec/moi`,
      permission: 'opinion.file',
    },
    {
      method: 'POST',
      pattern: `${path}/:id/vu-viec`,
      path: ({ opinionReport }) => `${path}/${opinionReport}/vu-viec`,
      permission: 'opinion.file',
      fields: {},
    },
    {
      method: 'GET',
      pattern: `${path}/vu-viec/:caseId`,
      path: ({ opinionCase }) => `${path}/vu-viec/${opinionCase}`,
      permission: 'opinion.file',
    },
    {
      method: 'POST',
      pattern: `${path}/vu-viec/:caseId`,
      path: ({ opinionCase }) => `${path}/vu-viec/${opinionCase}`,
      permission: 'opinion.file',
      fields: {},
    },
    {
      method: 'POST',
      pattern: `${path}/vu-viec/:caseId/xoa`,
      path: ({ opinionCase }) => `${path}/vu-viec/${opinionCase}/xoa`,
      permission: 'opinion.file',
    },
  ],
  async fixtures(t) {
    const reporter = (await t.accounts.service.listUsers()).find((u) => u.email === 'donvi@congtin.demo')!;
    const opinionReport = await importOpinionReport(t.db, {
      unitId: reporter.unitId!,
      periodKey: '2026-11',
      classification: 'noi_bo',
      membersSituation: 'Ổn định.',
      topics: '',
      publicOpinion: 'Đồng tình.',
      filedBy: reporter.id,
      filedAt: t.clock.now().toISOString(),
      cases: [
        {
          title: 'Vụ việc để thử quyền',
          severity: 'can_theo_doi',
          classification: 'noi_bo',
          occurredOn: '2026-11-20',
          place: 'Thôn Thử (giả định)',
          people: '',
          actionsTaken: '',
          followUp: 'dang_theo_doi',
        },
      ],
    });
    const opinionCase = await t.db
      .selectFrom('opinion_cases')
      .select('id')
      .where('report_id', '=', opinionReport)
      .executeTakeFirstOrThrow();
    return { opinionReport, opinionCase: opinionCase.id };
  },
};
