// Attachments of the plan tracker: only real PDF, DOCX, XLSX, JPEG and PNG files are kept (the
// type from the bytes, Office files opened and checked, macros refused), under server-made names
// inside DATA_DIR/attachments; downloads need a login, plans.read and the plans' per-record rule,
// and come as sandboxed, uncached files under their original name. Both databases.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { Hono } from 'hono';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  AttachmentList,
  AttachmentRejectedError,
  readUploads,
  type Attachment,
} from '../../src/modules/attachments/index.js';
import type { PlanContext } from '../../src/modules/plans/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { onceTask } from '../support/plans.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, ORIGIN, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
const UNSUPPORTED = 'Tệp đính kèm phải là PDF, Word (.docx), Excel (.xlsx) hoặc ảnh JPEG/PNG.';
// The tests run with ATTACHMENT_MAX_MB=0.1, so a too-large file stays small.
const MAX_BYTES = Math.round(0.1 * 1024 * 1024);

async function buildDocx(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Biên bản hội nghị báo cáo viên tháng 6')] }] });
  return Packer.toBuffer(doc);
}

async function buildXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Danh sách').addRow(['Họ và tên', 'Chi bộ']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function rezip(source: Buffer, change: (zip: JSZip) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every file under `dir`, relative to it. */
function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => fs.statSync(path.join(dir, p)).isFile())
    .sort();
}

for (const dialect of dialectsUnderTest()) {
  describe(`attachments [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let reporter: StaffSession;
    let leader: StaffSession;
    let contributor: StaffSession;
    let ctx: Record<'editor' | 'reporter', PlanContext>;
    let docx: Buffer;
    let xlsx: Buffer;
    let planId: number;
    /** A report the unit reporter filed for their unit; one an editor filed for a unit whose task the reporter cannot see. */
    let ownReport: number;
    let hiddenReport: number;
    /** The lead unit's report on a task the reporter's unit only coordinates. */
    let coordinatedReport: number;

    const attachmentsDir = () => path.join(t.dataDir, 'attachments');
    const rowCount = async () =>
      Number(
        (
          await t.db
            .selectFrom('attachments')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const download = (url: string, session?: StaffSession, method = 'GET') =>
      t.request(url, { method, headers: session ? { cookie: session.cookie } : {} });
    const uploaderId = () => ctx.reporter.actor.id;
    const rejection = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => assert.fail('the file was accepted'),
        (err: unknown) => err,
      );
      assert.ok(error instanceof AttachmentRejectedError, String(error));
      return error;
    };

    before(async () => {
      t = await startTestApp(dialect, { env: { ATTACHMENT_MAX_MB: '0.1' } });
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      leader = await loginAs(t, DEMO_ACCOUNT.leader, DEMO_PASSWORD);
      contributor = await loginAs(t, DEMO_ACCOUNT.contributor, DEMO_PASSWORD);
      const users = await t.accounts.service.listUsers();
      const ctxOf = (email: string): PlanContext => {
        const u = users.find((x) => x.email === email)!;
        return {
          actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId ?? null },
          requestId: crypto.randomUUID(),
        };
      };
      ctx = { editor: ctxOf(DEMO_ACCOUNT.editor), reporter: ctxOf(DEMO_ACCOUNT.unit_reporter) };
      const reporterUnit = ctx.reporter.actor.unitId!;
      planId = (await t.plans.listPlans(ctx.editor)).find((p) => p.number === '132/KH-ĐUK')!.id; // the 2023 plan
      const { tasks } = await t.plans.getPlan(ctx.editor, planId);
      const own = tasks.find((x) => x.leadUnit.id === reporterUnit)!;
      const hidden = tasks.find(
        (x) => x.leadUnit.id !== reporterUnit && !x.coordinators.some((c) => c.id === reporterUnit),
      )!;
      const report = (unitId: number) => ({
        unitId,
        activityDate: '2023-06-15',
        body: 'Đã tổ chức, có biên bản kèm theo.',
        quantity: null,
        completed: false,
        articleIds: [],
      });
      ownReport = await t.plans.fileReport(ctx.reporter, own.id, report(reporterUnit));
      hiddenReport = await t.plans.fileReport(ctx.editor, hidden.id, report(hidden.leadUnit.id));
      const shared = await t.plans.createTask(
        ctx.editor,
        planId,
        onceTask({
          title: 'Phối hợp tổ chức hội nghị quán triệt',
          groupName: 'Tuyên truyền',
          leadUnitId: hidden.leadUnit.id,
          coordinatorIds: [reporterUnit],
          deadline: '2023-12-31',
        }),
      );
      coordinatedReport = await t.plans.fileReport(ctx.editor, shared, report(hidden.leadUnit.id));
      docx = await buildDocx();
      xlsx = await buildXlsx();
    });
    after(() => t.dispose());

    it('keeps a PDF, a DOCX, an XLSX, a JPEG and a PNG byte for byte under server-made names, with the type read from the bytes', async () => {
      const cases = [
        { data: PDF, fileName: 'Kế hoạch 132-KH-ĐUK (bản ký).pdf', mime: 'application/pdf', ext: 'pdf' },
        {
          data: docx,
          fileName: 'Biên bản hội nghị.docx',
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ext: 'docx',
        },
        {
          data: xlsx,
          fileName: 'Danh sách học viên.xlsx',
          mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ext: 'xlsx',
        },
        { data: JPEG, fileName: 'Ảnh hội nghị.JPEG', mime: 'image/jpeg', ext: 'jpg' },
        { data: PNG, fileName: 'so-do.png', mime: 'image/png', ext: 'png' },
      ];
      for (const c of cases) {
        const stored = await t.attachments.store({ data: c.data, fileName: c.fileName, uploadedBy: uploaderId() });
        assert.equal(stored.mime, c.mime, c.fileName);
        assert.equal(stored.originalName, c.fileName);
        assert.equal(stored.bytes, c.data.length);
        assert.match(stored.path, new RegExp(`^2026/11/[0-9a-f]{32}\\.${c.ext}$`));
        assert.deepEqual(fs.readFileSync(path.join(attachmentsDir(), stored.path)), c.data);
      }
      assert.equal(
        filesIn(attachmentsDir()).filter((f) => f.includes('.tmp')).length,
        0,
        'no temporary file left behind',
      );
    });

    it('refuses HTML named .pdf, an .exe, a ZIP that is not Office, Word parts that are missing and a .docm with macros: 415, nothing kept', async () => {
      const files = filesIn(attachmentsDir());
      const rows = await rowCount();
      const notOffice = await new JSZip()
        .file('readme.txt', 'không phải tài liệu Word')
        .generateAsync({ type: 'nodebuffer' });
      const hollowDocx = await rezip(docx, (zip) => zip.remove('word/document.xml'));
      const docm = await rezip(docx, (zip) => zip.file('word/vbaProject.bin', Buffer.from('macro')));
      const xlsm = await rezip(xlsx, (zip) => zip.file('xl/vbaProject.bin', Buffer.from('macro')));
      for (const [fileName, data] of [
        ['bao-cao.pdf', HTML],
        ['bao-cao.exe', EXE],
        ['bao-cao.docx', notOffice],
        ['bao-cao.docx', hollowDocx],
        ['bien-ban.docx', docm],
        ['danh-sach.xlsx', xlsm],
      ] as const) {
        const error = await rejection(t.attachments.store({ data, fileName, uploadedBy: uploaderId() }));
        assert.equal(error.status, 415, fileName);
        assert.equal(error.message, UNSUPPORTED);
        assert.equal(error.fields?.files, `${UNSUPPORTED} (tệp “${fileName}”)`);
      }
      assert.deepEqual(filesIn(attachmentsDir()), files);
      assert.equal(await rowCount(), rows);
    });

    it('refuses a file over ATTACHMENT_MAX_MB with 413, an empty one and too many at once with 400; all or none of a batch is kept', async () => {
      const rows = await rowCount();
      const files = filesIn(attachmentsDir());
      const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
      const tooBig = await rejection(
        t.attachments.store({ data: big, fileName: 'ban-scan.pdf', uploadedBy: uploaderId() }),
      );
      assert.equal(tooBig.status, 413);
      assert.equal(tooBig.message, 'Tệp đính kèm quá lớn: mỗi tệp tối đa 0,1 MB.');
      const empty = await rejection(
        t.attachments.store({ data: new Uint8Array(0), fileName: 'trong.pdf', uploadedBy: uploaderId() }),
      );
      assert.equal(empty.status, 400);
      const many = Array.from({ length: 11 }, (_, i) => ({ data: PDF, fileName: `tep-${i}.pdf` }));
      assert.equal((await rejection(t.attachments.check(many))).status, 400);
      // The third file is HTML: the two good ones before it are not kept either.
      const batch = [
        { data: PDF, fileName: 'a.pdf' },
        { data: PNG, fileName: 'b.png' },
        { data: HTML, fileName: 'c.pdf' },
      ];
      assert.equal((await rejection(t.attachments.storeAll(batch, uploaderId()))).status, 415);
      assert.equal(await rowCount(), rows);
      assert.deepEqual(filesIn(attachmentsDir()), files);
      const kept = await t.attachments.storeAll(batch.slice(0, 2), uploaderId());
      assert.deepEqual(
        kept.map((a) => a.mime),
        ['application/pdf', 'image/png'],
      );
    });

    it('never uses the uploader\'s name as a path: folders and ".." are dropped, names are NFC, and the real type\'s extension is added', async () => {
      const escapedUpload = await t.attachments.store({
        data: PDF,
        fileName: '../../../../etc/passwd.pdf',
        uploadedBy: uploaderId(),
      });
      assert.equal(escapedUpload.originalName, 'passwd.pdf');
      assert.match(escapedUpload.path, /^2026\/11\/[0-9a-f]{32}\.pdf$/);
      const windows = await t.attachments.store({
        data: PDF,
        fileName: 'C:\\fakepath\\..\\Biên bản họp.pdf'.normalize('NFD'),
        uploadedBy: uploaderId(),
      });
      assert.equal(windows.originalName, 'Biên bản họp.pdf');
      assert.ok(windows.originalName.normalize('NFC') === windows.originalName);
      const dots = await t.attachments.store({ data: PNG, fileName: '..', uploadedBy: uploaderId() });
      assert.equal(dots.originalName, 'tep-dinh-kem.png');
      const renamed = await t.attachments.store({ data: PDF, fileName: 'bao-cao.html', uploadedBy: uploaderId() });
      assert.equal(renamed.originalName, 'bao-cao.html.pdf', 'a PDF always downloads as .pdf');
      const long = await t.attachments.store({
        data: PDF,
        fileName: `${'Đ'.repeat(300)}.exe`,
        uploadedBy: uploaderId(),
      });
      assert.equal(Array.from(long.originalName).length, 200);
      assert.match(long.originalName, /^Đ+\.pdf$/);
      const outside = filesIn(t.dataDir).filter(
        (f) =>
          !f.startsWith(`attachments${path.sep}`) &&
          !f.startsWith(`uploads${path.sep}`) &&
          // The demo register's PDFs, written at the first start.
          !f.startsWith(`documents${path.sep}`) &&
          // The two-factor key made at the first start when TWO_FACTOR_KEYS is not set.
          f !== 'two-factor.key' &&
          !f.endsWith('.db') &&
          !/\.db-(wal|shm)$/.test(f),
      );
      assert.deepEqual(outside, [], 'nothing written outside the attachments folder');
    });

    it('links files to plans and reports and lists them per plan and per report, in the order attached', async () => {
      const plan = await t.attachments.store({ data: PDF, fileName: 'KH 132.pdf', uploadedBy: ctx.editor.actor.id });
      const minutes = await t.attachments.store({ data: docx, fileName: 'Biên bản.docx', uploadedBy: uploaderId() });
      const photo = await t.attachments.store({ data: JPEG, fileName: 'Ảnh.jpg', uploadedBy: uploaderId() });
      await t.attachments.attachToPlan(planId, [plan.id]);
      await t.attachments.attachToReport(ownReport, [minutes.id, photo.id]);
      await t.attachments.attachToReport(ownReport, [minutes.id]); // twice is harmless
      const byPlan = await t.attachments.listForPlans([planId, 999_999]);
      assert.deepEqual(
        byPlan.get(planId)?.map((a) => a.originalName),
        ['KH 132.pdf'],
      );
      assert.equal(byPlan.has(999_999), false);
      const byReport = await t.attachments.listForReports([ownReport, hiddenReport]);
      assert.deepEqual(
        byReport.get(ownReport)?.map((a) => a.originalName),
        ['Biên bản.docx', 'Ảnh.jpg'],
      );
      assert.equal(byReport.has(hiddenReport), false);
      const found = await t.attachments.find(minutes.id);
      assert.deepEqual(
        { planIds: found?.planIds, reportIds: found?.reportIds },
        { planIds: [], reportIds: [ownReport] },
      );
      assert.equal(await t.attachments.find(0), undefined);
    });

    it('downloads with the stored type, the original name (RFC 5987), nosniff, a sandbox CSP and no caching', async () => {
      const name = 'Biên bản hội nghị (tháng 6) 100%.docx';
      const minutes = await t.attachments.store({ data: docx, fileName: name, uploadedBy: uploaderId() });
      await t.attachments.attachToReport(ownReport, [minutes.id]);
      const res = await download(minutes.url, reporter);
      assert.equal(res.status, 200);
      assert.equal(
        res.headers.get('content-type'),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      assert.equal(
        res.headers.get('content-disposition'),
        `attachment; filename="Bien ban hoi nghi (thang 6) 100_.docx"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%99i%20ngh%E1%BB%8B%20%28th%C3%A1ng%206%29%20100%25.docx`,
      );
      assert.equal(
        decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition')!)![1]!),
        name,
      );
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; sandbox");
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), docx);
      const head = await download(minutes.url, reporter, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-length'), String(docx.length));
    });

    it("lets a unit reporter download only their own unit's report files; editors and leaders any; everyone with plans.read the plan document", async () => {
      const store = async (reportId: number | null, fileName: string) => {
        const a = await t.attachments.store({ data: PDF, fileName, uploadedBy: ctx.editor.actor.id });
        if (reportId === null) await t.attachments.attachToPlan(planId, [a.id]);
        else await t.attachments.attachToReport(reportId, [a.id]);
        return a;
      };
      const own = await store(ownReport, 'cua-don-vi.pdf');
      const hidden = await store(hiddenReport, 'don-vi-khac.pdf');
      const coordinated = await store(coordinatedReport, 'don-vi-chu-tri.pdf');
      const planDocument = await store(null, 'ke-hoach.pdf');
      const status = async (a: Attachment, session: StaffSession) => (await download(a.url, session)).status;

      assert.equal(await status(own, reporter), 200);
      assert.equal(await status(hidden, reporter), 403, "another unit's report on a task the reporter cannot see");
      assert.equal(
        await status(coordinated, reporter),
        403,
        "the lead unit's report on a task the reporter's unit only coordinates",
      );
      assert.equal(await status(planDocument, reporter), 200);
      for (const session of [editor, leader])
        for (const a of [own, hidden, coordinated, planDocument]) assert.equal(await status(a, session), 200);
      for (const a of [own, planDocument])
        assert.equal(await status(a, contributor), 403, 'a contributor does not read plans');
      const denied = await t.db
        .selectFrom('audit_log')
        .select(['actor', 'detail'])
        .where('action', '=', 'permission.denied')
        .where('detail', '=', `tệp đính kèm #${hidden.id}`)
        .execute();
      assert.deepEqual(
        denied.map((d) => d.actor),
        [DEMO_ACCOUNT.unit_reporter],
      );
    });

    it('keeps a file not attached to anything for its uploader only', async () => {
      const loose = await t.attachments.store({ data: PNG, fileName: 'chua-gan.png', uploadedBy: uploaderId() });
      assert.equal((await download(loose.url, reporter)).status, 200);
      assert.equal((await download(loose.url, editor)).status, 403);
    });

    it('sends anonymous readers to log in, answers 404 for unknown or malformed ids, and never a 500', async () => {
      const a = await t.attachments.store({ data: PDF, fileName: 'dang-nhap.pdf', uploadedBy: uploaderId() });
      await t.attachments.attachToPlan(planId, [a.id]);
      const anonymous = await download(a.url);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get('location')!, /^\/dang-nhap\?tiep=/);
      for (const url of [
        '/quan-tri/tep-dinh-kem/999999/x.pdf',
        '/quan-tri/tep-dinh-kem/0/x.pdf',
        '/quan-tri/tep-dinh-kem/abc/x.pdf',
        '/quan-tri/tep-dinh-kem/1e3/x.pdf',
      ]) {
        const res = await download(url, editor);
        assert.equal(res.status, 404, url);
        assert.notEqual(
          res.headers.get('content-security-policy'),
          "default-src 'none'; sandbox",
          'an error page is a page',
        );
      }
      // A row whose file is gone (say, a database restored without its files): 404, not a 500.
      fs.rmSync(path.join(attachmentsDir(), a.path));
      assert.equal((await download(a.url, editor)).status, 404);
    });

    it("reads the files of a form's `files` field, skipping an empty file input, and refuses more than 10 at once", async () => {
      const form = {
        _csrf: 'x',
        files: [
          new File([PDF], 'Biên bản.pdf', { type: 'application/pdf' }),
          new File([], '', { type: 'application/octet-stream' }),
          'not a file',
        ],
      };
      const uploads = await readUploads(form);
      assert.deepEqual(
        uploads.map((u) => [u.fileName, Buffer.from(u.data).equals(PDF)]),
        [['Biên bản.pdf', true]],
      );
      assert.deepEqual(await readUploads({ files: new File([], '') }), [], 'a file input left empty is no file');
      const eleven = { files: Array.from({ length: 11 }, (_, i) => new File([PDF], `${i}.pdf`)) };
      assert.equal((await rejection(readUploads(eleven))).status, 400);
      // Through a real multipart body, parsed the way the plan pages parse their forms.
      const app = new Hono();
      app.post('/', async (c) =>
        c.json((await readUploads(await c.req.parseBody({ all: true }))).map((u) => [u.fileName, u.data.byteLength])),
      );
      const body = new FormData();
      body.append('files', new File([PDF], 'Biên bản.pdf'));
      body.append('files', new File([PNG], 'ảnh.png'));
      body.append('files', new File([], ''));
      assert.deepEqual(await (await app.request('/', { method: 'POST', body })).json(), [
        ['Biên bản.pdf', PDF.length],
        ['ảnh.png', PNG.length],
      ]);
    });

    it('refuses a report form bigger than ten files at the limit with 413 before reading it', async () => {
      const body = new FormData();
      body.append('_csrf', reporter.csrf);
      body.append('files', new File([Buffer.alloc(11 * MAX_BYTES + 300 * 1024, 0x20)], 'lon.pdf'));
      const res = await t.request(`/quan-tri/bao-cao/${ownReport}`, {
        method: 'POST',
        headers: { origin: ORIGIN, cookie: reporter.cookie },
        body,
      });
      assert.equal(res.status, 413);
      assert.match(await res.text(), /Tệp đính kèm quá lớn: mỗi lần gửi tối đa 10 tệp, mỗi tệp tối đa 0,1 MB\./);
    });

    it('lists attachments with their download link and size in Vietnamese format', async () => {
      const html = String(
        await AttachmentList({
          items: [
            { url: '/quan-tri/tep-dinh-kem/7/Bi%C3%AAn.pdf', originalName: 'Biên bản <họp>.pdf', bytes: 1_572_864 },
            { url: '/quan-tri/tep-dinh-kem/8/a.png', originalName: 'a.png', bytes: 38_000 },
          ],
        })!.toString(),
      );
      assert.match(html, /<a href="\/quan-tri\/tep-dinh-kem\/7\/Bi%C3%AAn.pdf">Biên bản &lt;họp&gt;.pdf<\/a>/);
      assert.match(html, /\(1,5 MB\)/);
      assert.match(html, /\(37 KB\)/);
      assert.equal(AttachmentList({ items: [] }), null);
    });
  });
}
