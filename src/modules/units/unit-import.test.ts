// The import's checks without a database: what a sheet may name, and what it is told when it
// names something wrongly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTree, type Unit } from './unit-tree.js';
import { planImport, type SheetRow } from './unit-import.js';
import { parseFoundingDate } from './units.schema.js';

const unit = (id: number, parentId: number | null, name: string, shortName = ''): Unit => ({
  id,
  parentId,
  name,
  shortName,
  nameEn: '',
  foundedOn: null,
  address: '',
  phone: '',
  email: '',
  position: id,
  createdAt: '',
  updatedAt: '',
});
const tree = buildTree([
  unit(1, null, 'Đảng ủy Khối', 'ĐU Khối'),
  unit(2, 1, 'Đảng bộ Sở Y tế', 'ĐB Sở Y tế'),
  unit(3, 1, 'Đảng bộ Bệnh viện Đa khoa tỉnh'),
  unit(4, 2, 'Chi bộ Văn phòng'),
  unit(5, 3, 'Chi bộ Văn phòng'),
]);
const row = (
  n: number,
  name: string,
  parent: string,
  foundedOn: SheetRow['foundedOn'] = null,
  shortName = '',
): SheetRow => ({ row: n, name, parent, foundedOn, shortName });
const TODAY = '2026-11-27';

describe('planImport', () => {
  it('puts parents before children whatever the sheet order, and reads both kinds of date', () => {
    const { problems, units } = planImport(
      [
        row(2, 'Chi bộ Khoa Dược', 'CB Khoa Dược BV'),
        row(
          3,
          'Chi bộ Khoa Dược bệnh viện',
          'Đảng bộ Bệnh viện Đa khoa tỉnh',
          new Date(Date.UTC(1998, 0, 9)),
          'CB Khoa Dược BV',
        ),
        row(4, 'Đảng bộ Sở Xây dựng', '', '9/1/1992'),
      ],
      tree,
      TODAY,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      units.map((u) => [u.row, u.parent, u.foundedOn]),
      [
        [3, { kind: 'existing', id: 3 }, '1998-01-09'],
        [4, { kind: 'existing', id: 1 }, '1992-01-09'],
        [2, { kind: 'planned', index: 0 }, null],
      ],
    );
  });

  it('names the ambiguous parent, the self-parent, the future date and the duplicate inside the sheet', () => {
    const { problems, units } = planImport(
      [
        row(2, 'Tổ Đảng 1', 'Chi bộ Văn phòng'),
        row(3, 'Chi bộ X', 'Chi bộ X'),
        row(4, 'Chi bộ Y', 'ĐB Sở Y tế', '01/01/2027'),
        row(5, 'Chi bộ Z', 'đb sở y tế'),
        row(6, 'chi bộ z', 'Đảng bộ Sở Y tế'),
      ],
      tree,
      TODAY,
    );
    assert.equal(units.length, 0);
    assert.deepEqual(
      problems.map((p) => [p.row, p.message]),
      [
        [
          2,
          '“Chi bộ Văn phòng” trùng tên với 2 đơn vị: hãy ghi tên đầy đủ hoặc tên viết tắt riêng của đơn vị cấp trên.',
        ],
        [3, 'Một đơn vị không thể trực thuộc chính nó.'],
        [4, 'Ngày thành lập 01/01/2027 ở sau hôm nay.'],
        [6, 'Trùng với dòng 5: “chi bộ z” trực thuộc “Đảng bộ Sở Y tế” đã có ở dòng đó.'],
      ],
    );
  });

  it('asks for the root first when the tree is empty', () => {
    const { problems } = planImport([row(2, 'Chi bộ A', '')], [], TODAY);
    assert.match(problems[0]!.message, /hãy tạo đơn vị cấp cao nhất/);
  });
});

describe('parseFoundingDate', () => {
  it('takes dd/mm/yyyy as people write it and refuses days no calendar has', () => {
    assert.equal(parseFoundingDate('05/03/1948'), '1948-03-05');
    assert.equal(parseFoundingDate('5-3-1948'), '1948-03-05');
    assert.equal(parseFoundingDate('1948-03-05'), '1948-03-05');
    assert.equal(parseFoundingDate('29/02/2024'), '2024-02-29');
    for (const bad of ['29/02/2023', '31/04/2020', '00/01/2020', '1948', '03/05/48', '12/13/2020'])
      assert.equal(parseFoundingDate(bad), undefined, bad);
  });
});
