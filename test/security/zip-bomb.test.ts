// A zip bomb: a 1 MB .xlsx whose worksheet entry says 1 KB in its headers and inflates to 1 GB.
// The unit import once ran 20 s on it and took the process to 2.2 GB. Now every entry is checked
// against its declared size while it inflates, so the upload is refused within moments, memory
// barely moves, and /healthz keeps answering. Uploaded as a unit sheet and as a report's
// attachment, on a real HTTP server. Both databases.
import assert from 'node:assert/strict';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { createHttpServer } from '../../src/server.js';
import type { PlanContext } from '../../src/modules/plans/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'LaoCai-Demo-2026';
const MB = 1024 * 1024;

/**
 * Raw deflate data of `prefix` then `blocks` × 16 MB of spaces. Each part is flushed to a byte
 * boundary, so the same compressed 16 MB (≈16 KB) can be repeated: a 1 GB stream in ~1 MB, built
 * in a tenth of a second.
 */
function deflatedSpaces(prefix: string, blocks: number): Buffer {
  const sync = { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const head = zlib.deflateRawSync(Buffer.from(prefix), sync);
  const block = zlib.deflateRawSync(Buffer.alloc(16 * MB, 0x20), sync);
  return Buffer.concat([head, ...Array<Buffer>(blocks).fill(block), zlib.deflateRawSync(Buffer.alloc(0))]);
}

interface ZipEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** What the headers claim the entry inflates to. */
  declaredSize: number;
  crc: number;
}

const deflated = (name: string, text: string): ZipEntry => ({
  name,
  data: zlib.deflateRawSync(Buffer.from(text)),
  declaredSize: Buffer.byteLength(text),
  crc: zlib.crc32(text),
});

/** A ZIP archive written byte by byte, so the headers may lie. */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx in every way but one: its worksheet declares 1 KB and inflates to 1 GB of XML. */
function xlsxBomb(): Buffer {
  const sheet = deflatedSpaces(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET_NS}"><sheetData>`, 64);
  return zipOf([
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 1024, crc: 0 },
  ]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const dialect of dialectsUnderTest()) {
  describe(`zip bombs [${dialect}]`, () => {
    let t: TestApp;
    let server: http.Server;
    let base: string;
    let admin: StaffSession;
    let reporter: StaffSession;
    let taskId: number;
    let reporterUnit: number;
    let bomb: Buffer;

    const send = (
      path: string,
      session: StaffSession,
      fields: Record<string, string>,
      fileField: string,
      fileName: string,
    ) => {
      const body = new FormData();
      body.append('_csrf', session.csrf);
      for (const [k, v] of Object.entries(fields)) body.append(k, v);
      body.append(fileField, new Blob([new Uint8Array(bomb)]), fileName);
      return fetch(`${base}${path}`, {
        method: 'POST',
        headers: { origin: ORIGIN, cookie: session.cookie },
        body,
        redirect: 'manual',
      });
    };

    /** Sends the upload while polling /healthz and sampling memory; the answer, its time, and the figures. */
    async function underWatch(upload: () => Promise<Response>) {
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const started = performance.now();
      let done = false;
      const answer = upload().then(async (res) => ({
        status: res.status,
        html: await res.text(),
        ms: performance.now() - started,
      }));
      void answer.finally(() => (done = true));
      const health: number[] = [];
      while (!done || health.length < 3) {
        const sent = performance.now();
        assert.equal((await fetch(`${base}/healthz`)).status, 200);
        health.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      clearInterval(sampler);
      const result = await answer;
      const growthMb = (Math.max(peak, process.memoryUsage().rss) - rssBefore) / MB;
      const figures = `answered ${result.status} in ${Math.round(result.ms)} ms; RSS grew ${growthMb.toFixed(0)} MB at most; /healthz median ${median(health).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms over ${health.length} requests`;
      return { ...result, growthMb, health, figures };
    }

    before(async () => {
      t = await startTestApp(dialect);
      server = createHttpServer(t);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      reporter = await loginAs(t, 'donvi@congtin.demo', PASSWORD);
      const users = await t.accounts.service.listUsers();
      const as = (email: string): PlanContext => {
        const u = users.find((x) => x.email === email)!;
        return {
          actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId ?? null },
          requestId: 'zip-bomb',
        };
      };
      const ctx = as('donvi@congtin.demo');
      reporterUnit = ctx.actor.unitId!;
      const planId = (await t.plans.listPlans(ctx)).find((p) => p.number === '132/KH-ĐUK')!.id; // the 2023 plan
      taskId = (await t.plans.getPlan(ctx, planId)).tasks.find((task) => task.leadUnit.id === reporterUnit)!.id;
      bomb = xlsxBomb();
      // Start the worker threads with a real workbook: their start-up (slow under tsx) is not the refusal.
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Đơn vị').addRow(['Tên đơn vị']);
      await t.attachments.check([{ data: new Uint8Array(await book.xlsx.writeBuffer()), fileName: 'mau.xlsx' }]);
      assert.ok(bomb.length < 1.1 * MB, `the bomb is ${bomb.length} bytes`);
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await t.dispose();
    });

    it('as a unit import sheet: 400 with a Vietnamese message within seconds, memory bounded, nothing imported', async (ctx) => {
      const units = (await t.units.listTree()).length;
      const watched = await underWatch(() => send('/quan-tri/don-vi/nhap', admin, {}, 'file', 'don-vi.xlsx'));
      ctx.diagnostic(watched.figures);
      assert.equal(watched.status, 400, watched.figures);
      assert.match(watched.html, /Bảng tính quá lớn khi giải nén \(quá 10 MB\)/);
      assert.ok(watched.ms < 5000, watched.figures);
      assert.ok(watched.growthMb < 200, watched.figures);
      assert.ok(median(watched.health) < 50, watched.figures);
      assert.equal((await t.units.listTree()).length, units);
    });

    it("as a report's .xlsx attachment: 400 on the files field within seconds, memory bounded, nothing stored", async (ctx) => {
      const rows = async () =>
        Number(
          (
            await t.db
              .selectFrom('attachments')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await rows();
      const fields = {
        unitId: String(reporterUnit),
        activityDate: '2026-11-20',
        body: 'Báo cáo kèm bảng tính.',
        quantity: '',
      };
      const watched = await underWatch(() =>
        send(`/quan-tri/nhiem-vu/${taskId}/bao-cao`, reporter, fields, 'files', 'danh-sach.xlsx'),
      );
      ctx.diagnostic(watched.figures);
      assert.equal(watched.status, 400, watched.figures);
      assert.match(watched.html, /Tệp Word\/Excel này khi giải nén lớn quá 200 MB/);
      assert.match(watched.html, /Báo cáo kèm bảng tính\./, 'what was typed is kept');
      assert.ok(watched.ms < 5000, watched.figures);
      assert.ok(watched.growthMb < 200, watched.figures);
      assert.ok(median(watched.health) < 50, watched.figures);
      assert.equal(await rows(), before);
    });
  });
}
