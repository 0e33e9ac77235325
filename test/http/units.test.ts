// The organisation tree: the admin adds, edits, moves and deletes units without ever making a
// cycle or orphaning members; an .xlsx sheet imports every row or none, listing each problem
// with its row; unit reporters must belong to a unit; GET /api/v1/units. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createUnits, UnitInUseError } from '../../src/modules/units/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';
const ROOT = 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai';
const POWER = 'Đảng bộ Công ty Điện lực Lào Cai';

type Row = [name: string, parent: string, foundedOn: string | Date | null, shortName?: string];

async function sheet(
  rows: Row[],
  header = ['Tên đơn vị', 'Trực thuộc', 'Ngày thành lập', 'Tên viết tắt'],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Đơn vị');
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  ws.getColumn(3).eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

for (const dialect of dialectsUnderTest()) {
  describe(`units [${dialect}]`, () => {
    let t: TestApp;
    let admin: StaffSession;
    const get = (path: string, session: StaffSession = admin) =>
      t.request(path, { headers: { cookie: session.cookie } });
    const unitNamed = async (name: string) => (await t.units.listTree()).find((u) => u.name === name);
    const form = (
      values: Partial<
        Record<'name' | 'shortName' | 'parentId' | 'foundedOn' | 'address' | 'phone' | 'email' | 'position', string>
      >,
    ) => ({
      name: '',
      shortName: '',
      parentId: '',
      foundedOn: '',
      address: '',
      phone: '',
      email: '',
      position: '',
      ...values,
    });
    const upload = (bytes: Uint8Array, fileName: string, session: StaffSession = admin) => {
      const body = new FormData();
      body.append('_csrf', session.csrf);
      body.append('file', new Blob([new Uint8Array(bytes)]), fileName);
      return t.request('/quan-tri/don-vi/nhap', {
        method: 'POST',
        headers: { origin: ORIGIN, cookie: session.cookie },
        body,
      });
    };

    before(async () => {
      t = await startTestApp(dialect);
      admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
    });
    after(() => t.dispose());

    it('starts with the demo tree, the unit reporter in the power company, founding dates as dd/mm/yyyy', async () => {
      const tree = await t.units.listTree();
      assert.equal(tree[0]!.name, ROOT);
      assert.equal(tree[0]!.parentId, null);
      assert.ok(tree.filter((u) => u.depth === 1).length >= 16, 'sixteen or more grassroots organisations');
      assert.ok(
        tree.some((u) => u.depth === 2),
        'some with cells of their own',
      );
      const power = tree.find((u) => u.name === POWER)!;
      assert.deepEqual(power.path, [ROOT, POWER]);
      const reporter = (await t.accounts.service.listUsers()).find((u) => u.email === 'donvi@congtin.demo')!;
      assert.equal(reporter.unitId, power.id);

      const page = await (await get('/quan-tri/don-vi')).text();
      assert.match(page, /Đảng bộ Công ty Điện lực Lào Cai<\/a> \(ĐB Điện lực Lào Cai\)/);
      assert.match(page, /Thành lập 21\/12\/1991 · 1 người dùng/);
      // Nested lists: the power company's cells sit inside its own list item.
      const item = page.slice(page.indexOf(POWER));
      assert.ok(
        item.indexOf('<ul class="unit-tree">') < item.indexOf('Chi bộ Điện lực thành phố Lào Cai'),
        'cells in a list of their own',
      );
      assert.ok(
        item.indexOf('Chi bộ Điện lực thành phố Lào Cai') < item.indexOf('</li>'),
        'inside the party committee’s item',
      );

      const me = await (
        await t.request('/api/v1/auth/me', {
          headers: { cookie: (await loginAs(t, 'donvi@congtin.demo', PASSWORD)).cookie },
        })
      ).json();
      assert.equal(me.user.unitId, power.id, 'the session knows the reporter’s unit');
    });

    it('creates a unit under a parent, NFC-normalised and escaped, and edits it', async () => {
      const finance = (await unitNamed('Đảng bộ Sở Tài chính'))!;
      const nfd = 'Chi bộ Phòng Quản lý giá <b>&</b>'.normalize('NFD');
      const res = await postForm(
        t,
        '/quan-tri/don-vi',
        admin,
        form({
          name: `  ${nfd}  `,
          shortName: 'CB Quản lý giá',
          parentId: String(finance.id),
          foundedOn: '5/3/1998',
          phone: '0214 3820 111',
        }),
      );
      assert.equal(res.status, 303);
      const created = (await unitNamed('Chi bộ Phòng Quản lý giá <b>&</b>'))!;
      assert.ok(created, 'stored in NFC, trimmed');
      assert.equal(created.parentId, finance.id);
      assert.equal(created.foundedOn, '1998-03-05');
      assert.equal(res.headers.get('location'), `/quan-tri/don-vi/${created.id}?tb=da-tao-don-vi`);
      const page = await (await get(`/quan-tri/don-vi/${created.id}`)).text();
      assert.match(page, /value="Chi bộ Phòng Quản lý giá &lt;b&gt;&amp;&lt;\/b&gt;"/);
      assert.match(page, /value="05\/03\/1998"/);
      assert.ok(!page.includes('<b>&</b>'), 'never raw HTML');
      assert.ok(!(await (await get('/quan-tri/don-vi')).text()).includes('<b>&</b>'));

      const edited = await postForm(
        t,
        `/quan-tri/don-vi/${created.id}`,
        admin,
        form({
          name: 'Chi bộ Phòng Quản lý giá',
          shortName: 'CB Giá',
          parentId: String(finance.id),
          foundedOn: '05/03/1998',
        }),
      );
      assert.equal(edited.status, 303);
      assert.equal((await t.units.findById(created.id))!.shortName, 'CB Giá');
    });

    it('refuses a duplicate among siblings (case aside), a second root, bad dates and fields, in Vietnamese', async () => {
      const finance = (await unitNamed('Đảng bộ Sở Tài chính'))!;
      const count = (await t.units.listTree()).length;
      const twin = await postForm(
        t,
        '/quan-tri/don-vi',
        admin,
        form({ name: 'CHI BỘ PHÒNG QUẢN LÝ GIÁ', parentId: String(finance.id) }),
      );
      assert.equal(twin.status, 400);
      assert.match(await twin.text(), /Đã có đơn vị “Chi bộ Phòng Quản lý giá” trực thuộc “Đảng bộ Sở Tài chính”/);
      const secondRoot = await postForm(t, '/quan-tri/don-vi', admin, form({ name: 'Một đảng ủy khác', parentId: '' }));
      assert.equal(secondRoot.status, 400);
      assert.match(await secondRoot.text(), /Đã có đơn vị cấp cao nhất/);
      const bad = await postForm(
        t,
        '/quan-tri/don-vi',
        admin,
        form({
          name: ' ',
          shortName: 'x'.repeat(61),
          parentId: String(finance.id),
          foundedOn: '31/02/2020',
          email: 'khong-phai-email',
          position: '-1',
        }),
      );
      assert.equal(bad.status, 400);
      const html = await bad.text();
      for (const message of [
        /Hãy nhập tên đơn vị/,
        /Tên viết tắt dài tối đa 60 ký tự/,
        /Ngày thành lập phải là một ngày có thật/,
        /Email không hợp lệ/,
        /Thứ tự là một số/,
      ])
        assert.match(html, message);
      const future = await postForm(
        t,
        '/quan-tri/don-vi',
        admin,
        form({ name: 'Chi bộ tương lai', parentId: String(finance.id), foundedOn: '01/01/2030' }),
      );
      assert.equal(future.status, 400);
      assert.match(await future.text(), /không thể ở sau hôm nay/);
      const unknownParent = await postForm(
        t,
        '/quan-tri/don-vi',
        admin,
        form({ name: 'Chi bộ mồ côi', parentId: '999999' }),
      );
      assert.equal(unknownParent.status, 400);
      assert.equal((await t.units.listTree()).length, count, 'nothing written');
    });

    it('never moves a unit under itself or its own subunits, and moves it elsewhere', async () => {
      const power = (await unitNamed(POWER))!;
      const sapa = (await unitNamed('Chi bộ Điện lực Sa Pa'))!;
      const editPage = await (await get(`/quan-tri/don-vi/${power.id}`)).text();
      const options = [...editPage.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
      assert.ok(
        !options.includes(power.id) && !options.includes(sapa.id),
        'the parent list leaves out the unit and its cells',
      );
      assert.ok(options.includes((await unitNamed('Đảng bộ Viễn thông Lào Cai'))!.id));
      for (const parentId of [sapa.id, power.id]) {
        const res = await postForm(
          t,
          `/quan-tri/don-vi/${power.id}`,
          admin,
          form({ name: POWER, parentId: String(parentId) }),
        );
        assert.equal(res.status, 400);
        assert.match(await res.text(), /Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị trực thuộc nó/);
      }
      const root = (await unitNamed(ROOT))!;
      const rootUnder = await postForm(
        t,
        `/quan-tri/don-vi/${root.id}`,
        admin,
        form({ name: ROOT, parentId: String(power.id) }),
      );
      assert.equal(rootUnder.status, 400, 'the root cannot go under anything: everything is below it');
      assert.equal((await t.units.findById(power.id))!.parentId, root.id);

      const telecom = (await unitNamed('Đảng bộ Viễn thông Lào Cai'))!;
      const moved = await postForm(
        t,
        `/quan-tri/don-vi/${sapa.id}`,
        admin,
        form({ name: sapa.name, shortName: sapa.shortName, parentId: String(telecom.id), foundedOn: '11/07/1997' }),
      );
      assert.equal(moved.status, 303);
      assert.deepEqual((await t.units.findById(sapa.id))!.path, [
        ROOT,
        'Đảng bộ Viễn thông Lào Cai',
        'Chi bộ Điện lực Sa Pa',
      ]);
      assert.deepEqual(await t.units.descendantIds(telecom.id), [sapa.id]);
    });

    it('deletes only a unit with no subunits, no members and nothing else holding it', async () => {
      const power = (await unitNamed(POWER))!;
      const withCells = await postForm(t, `/quan-tri/don-vi/${power.id}/xoa`, admin, {});
      assert.equal(withCells.status, 409);
      assert.match(await withCells.text(), /Đơn vị còn 1 đơn vị trực thuộc nên không xóa được/);

      const justice = (await unitNamed('Chi bộ Sở Tư pháp'))!;
      const created = await postForm(t, '/quan-tri/nguoi-dung', admin, {
        name: 'Bí thư Chi bộ Sở Tư pháp',
        email: 'bithu.tuphap@congtin.demo',
        password: 'Chi-bo-So-Tu-phap-2026',
        roles: 'unit_reporter',
        unitId: String(justice.id),
      });
      assert.equal(created.status, 303);
      const withMember = await postForm(t, `/quan-tri/don-vi/${justice.id}/xoa`, admin, {});
      assert.equal(withMember.status, 409);
      assert.match(await withMember.text(), /Đơn vị còn 1 người dùng nên không xóa được/);

      // The plans module's hook: a unit that leads tasks stays, with the reason it gives.
      const held = createUnits({
        db: t.db,
        clock: t.clock,
        isInUse: async () => 'Đơn vị đang là đơn vị chủ trì của 3 nhiệm vụ',
        listStaff: () => t.accounts.service.listUsers(),
      });
      const price = (await unitNamed('Chi bộ Phòng Quản lý giá'))!;
      await assert.rejects(
        held.remove(price.id),
        (error: Error) =>
          error instanceof UnitInUseError &&
          error.message === 'Đơn vị đang là đơn vị chủ trì của 3 nhiệm vụ nên không xóa được.',
      );

      const removed = await postForm(t, `/quan-tri/don-vi/${price.id}/xoa`, admin, {});
      assert.equal(removed.status, 303);
      assert.equal(await unitNamed('Chi bộ Phòng Quản lý giá'), undefined);
      assert.equal((await postForm(t, `/quan-tri/don-vi/${price.id}/xoa`, admin, {})).status, 404);
    });

    it('imports a sheet whose children come before their parents, from date cells and dd/mm/yyyy text', async () => {
      const before = (await t.units.listTree()).length;
      const bytes = await sheet([
        ['Chi bộ Phòng Đo lường', 'CB Tiêu chuẩn', '14/03/2003'],
        [
          'Chi bộ Chi cục Tiêu chuẩn Đo lường Chất lượng',
          'Đảng bộ Sở Khoa học và Công nghệ',
          new Date(Date.UTC(1995, 8, 2)),
          'CB Tiêu chuẩn',
        ],
        ['Đảng bộ Sở Khoa học và Công nghệ', '', new Date(Date.UTC(1991, 9, 1)), 'ĐB Sở KH&CN'],
        [],
        ['Chi bộ Trạm Y tế lưu động', 'đb sở y tế', '1/6/2010'],
      ] as Row[]);
      const res = await upload(bytes, 'don-vi.xlsx');
      assert.equal(res.status, 303, await res.clone().text());
      assert.equal(res.headers.get('location'), '/quan-tri/don-vi?tb=da-nhap-don-vi');
      const tree = await t.units.listTree();
      assert.equal(tree.length, before + 4);
      const byName = (name: string) => tree.find((u) => u.name === name)!;
      assert.deepEqual(byName('Chi bộ Phòng Đo lường').path, [
        ROOT,
        'Đảng bộ Sở Khoa học và Công nghệ',
        'Chi bộ Chi cục Tiêu chuẩn Đo lường Chất lượng',
        'Chi bộ Phòng Đo lường',
      ]);
      assert.equal(byName('Đảng bộ Sở Khoa học và Công nghệ').foundedOn, '1991-10-01');
      assert.equal(byName('Chi bộ Chi cục Tiêu chuẩn Đo lường Chất lượng').foundedOn, '1995-09-02');
      assert.equal(byName('Chi bộ Phòng Đo lường').foundedOn, '2003-03-14');
      assert.equal(
        byName('Chi bộ Trạm Y tế lưu động').parentId,
        byName('Đảng bộ Sở Y tế').id,
        'a short name matches whatever its case',
      );
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['detail'])
        .where('action', '=', 'units.imported')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.detail),
        ['4 đơn vị'],
      );
      assert.match(await (await get('/quan-tri/don-vi?tb=da-nhap-don-vi')).text(), /Đã nhập các đơn vị trong tệp/);
    });

    it('imports nothing from a sheet with errors, and lists each one with its row', async () => {
      const before = (await t.units.listTree()).length;
      const bytes = await sheet([
        ['Chi bộ Phòng Kế toán', 'Đảng bộ Sở Tài chính', '02/01/1999'],
        ['Chi bộ Phòng Thanh tra', 'Sở Không Có Thật', '02/01/1999'],
        ['Chi bộ Phòng Ngân sách', 'Đảng bộ Sở Tài chính', '31/02/2001'],
        ['', 'Đảng bộ Sở Tài chính', '02/01/1999'],
        ['Chi bộ Phòng Tin học', 'Chi bộ Phòng Kế toán', ''],
      ]);
      const res = await upload(bytes, 'co-loi.xlsx');
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Chưa nhập đơn vị nào: tệp có 3 lỗi/);
      assert.match(html, /Dòng 3: Không tìm thấy đơn vị trực thuộc “Sở Không Có Thật”/);
      assert.match(html, /Dòng 4: Ngày thành lập “31\/02\/2001” không hợp lệ/);
      assert.match(html, /Dòng 5: Thiếu tên đơn vị/);
      assert.equal((await t.units.listTree()).length, before, 'not even the good rows');

      const duplicate = await upload(
        await sheet([
          ['Chi bộ Sở Tư pháp', '', '20/11/1991'],
          ['Chi bộ A', 'Chi bộ B', ''],
          ['Chi bộ B', 'Chi bộ A', ''],
        ]),
        'trung.xlsx',
      );
      assert.equal(duplicate.status, 400);
      const text = await duplicate.text();
      assert.match(text, /Dòng 2: Đã có “Chi bộ Sở Tư pháp” trực thuộc “Đảng ủy Khối/);
      assert.match(text, /Dòng 3: “Chi bộ A” nằm trong một vòng trực thuộc/);
      assert.match(text, /Dòng 4: “Chi bộ B” nằm trong một vòng trực thuộc/);
    });

    it('refuses a file that is not an .xlsx, one without the right columns, and one too large, with 4xx in Vietnamese', async () => {
      const before = (await t.units.listTree()).length;
      const csv = await upload(new TextEncoder().encode('Tên đơn vị,Trực thuộc\nChi bộ X,\n'), 'don-vi.xlsx');
      assert.equal(csv.status, 400);
      assert.match(await csv.text(), /không phải bảng tính Excel \(\.xlsx\)/);
      const brokenZip = await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]), 'hong.xlsx');
      assert.equal(brokenZip.status, 400);
      assert.match(await brokenZip.text(), /không phải bảng tính Excel/);
      const noColumn = await upload(
        await sheet([['Chi bộ X', '', null]], ['Tên đơn vị', 'Cấp trên']),
        'thieu-cot.xlsx',
      );
      assert.equal(noColumn.status, 400);
      assert.match(await noColumn.text(), /thiếu cột “Trực thuộc”, “Ngày thành lập”/);
      const empty = await postForm(t, '/quan-tri/don-vi/nhap', admin, {});
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Hãy chọn một tệp Excel/);
      const huge = await upload(new Uint8Array(3 * 1024 * 1024), 'lon.xlsx');
      assert.equal(huge.status, 413);
      assert.match(await huge.text(), /Tệp quá lớn: tối đa 2 MB/);
      assert.equal((await t.units.listTree()).length, before);
      const template = await get('/quan-tri/don-vi/nhap/mau.xlsx');
      assert.equal(template.status, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await template.arrayBuffer()) as ExcelJS.Buffer);
      assert.deepEqual((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1), [
        'Tên đơn vị',
        'Trực thuộc',
        'Ngày thành lập',
        'Tên viết tắt',
      ]);
    });

    it('requires a unit for unit reporters in the user form, and keeps it optional for other roles', async () => {
      const fields = {
        name: 'Cán bộ Viễn thông',
        email: 'canbo.vnpt@congtin.demo',
        password: 'Vien-thong-Lao-Cai-2026',
        roles: 'unit_reporter',
      };
      const missing = await postForm(t, '/quan-tri/nguoi-dung', admin, fields);
      assert.equal(missing.status, 400);
      assert.match(await missing.text(), /Người dùng vai trò Đơn vị phải thuộc một đơn vị/);
      const bogus = await postForm(t, '/quan-tri/nguoi-dung', admin, { ...fields, unitId: '999999' });
      assert.equal(bogus.status, 400);
      assert.match(await bogus.text(), /Không có đơn vị này/);
      const telecom = (await unitNamed('Đảng bộ Viễn thông Lào Cai'))!;
      const created = await postForm(t, '/quan-tri/nguoi-dung', admin, { ...fields, unitId: String(telecom.id) });
      assert.equal(created.status, 303);
      const user = (await t.accounts.service.listUsers()).find((u) => u.email === 'canbo.vnpt@congtin.demo')!;
      assert.equal(user.unitId, telecom.id);
      const list = await (await get('/quan-tri/nguoi-dung')).text();
      assert.match(
        list,
        /Cán bộ Viễn thông<\/a><\/td><td>canbo.vnpt@congtin.demo<\/td><td>Đơn vị<\/td><td>Đảng bộ Viễn thông Lào Cai<\/td>/,
      );

      const dropped = await postForm(t, `/quan-tri/nguoi-dung/${user.id}`, admin, {
        name: user.name,
        roles: 'unit_reporter',
        unitId: '',
      });
      assert.equal(dropped.status, 400);
      assert.match(await dropped.text(), /phải thuộc một đơn vị/);
      const asLeader = await postForm(t, `/quan-tri/nguoi-dung/${user.id}`, admin, {
        name: user.name,
        roles: 'leader',
        unitId: '',
      });
      assert.equal(asLeader.status, 303, 'other roles need no unit');
      assert.equal((await t.accounts.service.findUser(user.id))!.unitId, null);
      const log = await t.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'user.updated')
        .where('target', '=', 'canbo.vnpt@congtin.demo')
        .execute();
      assert.ok(log.some((l) => l.detail === 'đơn vị: Đảng bộ Viễn thông Lào Cai → không thuộc đơn vị nào'));
    });

    it('answers GET /api/v1/units with the tree to anyone signed in, and 401 to anyone else', async () => {
      const anonymous = await t.request('/api/v1/units');
      assert.equal(anonymous.status, 401);
      const leader = await loginAs(t, 'lanhdao@congtin.demo', PASSWORD);
      const res = await t.request('/api/v1/units', { headers: { cookie: leader.cookie } });
      assert.equal(res.status, 200);
      const { items } = (await res.json()) as {
        items: Array<{
          id: number;
          parentId: number | null;
          name: string;
          shortName: string;
          nameEn: string;
          foundedOn: string | null;
          depth: number;
        }>;
      };
      assert.deepEqual(Object.keys(items[0]!).sort(), [
        'depth',
        'foundedOn',
        'id',
        'name',
        'nameEn',
        'parentId',
        'shortName',
      ]);
      assert.deepEqual(
        [items[0]!.name, items[0]!.parentId, items[0]!.depth, items[0]!.shortName, items[0]!.nameEn],
        [ROOT, null, 0, 'ĐU Khối', 'Party Committee of the Provincial Agencies and Enterprises Bloc of Lào Cai'],
      );
      const power = items.find((u) => u.name === POWER)!;
      assert.deepEqual([power.depth, power.foundedOn, power.parentId], [1, '1991-12-21', items[0]!.id]);
      const cell = items.find((u) => u.name === 'Chi bộ Điện lực thành phố Lào Cai')!;
      assert.equal(cell.depth, 2);
      assert.ok(items.indexOf(cell) > items.indexOf(power), 'in reading order: a unit, then its cells');
      const audit = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'unit.%').execute();
      assert.deepEqual([...new Set(audit.map((a) => a.action))].sort(), [
        'unit.created',
        'unit.deleted',
        'unit.updated',
      ]);
    });
  });
}
