// The number finder on real-looking sentences: what it must find (and the key and year it gives),
// and what it must leave alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDocumentNumbers, numberKey } from './document-numbers.js';

const found = (text: string) => findDocumentNumbers(text).map((f) => f.text);

// [sentence, the numbers it holds as written]
const MATCHES: Array<[string, string[]]> = [
  ['Kế hoạch số 132/KH-ĐUK ngày 10/01/2023 của Đảng ủy Khối', ['132/KH-ĐUK']],
  ['Đề án 17-ĐA/TU của Tỉnh ủy', ['17-ĐA/TU']],
  ['theo Nghị định số 42/2022/NĐ-CP của Chính phủ', ['42/2022/NĐ-CP']],
  ['Kế hoạch 132/KH–ĐUK (en dash)', ['132/KH–ĐUK']],
  ['Kế hoạch 132/KH\u2011ĐUK (gạch không ngắt)', ['132/KH\u2011ĐUK']],
  ['viết tách: 132 / KH - ĐUK', ['132 / KH - ĐUK']],
  ['viết tách: 132/ KH-ĐUK', ['132/ KH-ĐUK']],
  ['Đề án 17 - ĐA/TU', ['17 - ĐA/TU']],
  ['Đề án 17–ĐA/TU', ['17–ĐA/TU']],
  ['Đề án 17-ĐA / TU', ['17-ĐA / TU']],
  ['không dấu: 132/KH-DUK', ['132/KH-DUK']],
  ['Nghị quyết số 21-NQ/TW ngày 16/6/2022', ['21-NQ/TW']],
  ['Chỉ thị 05-CT/TW của Bộ Chính trị', ['05-CT/TW']],
  ['Kết luận số 01-KL/TW', ['01-KL/TW']],
  ['Hướng dẫn 12-HD/BTGTW', ['12-HD/BTGTW']],
  ['Thông báo 45-TB/ĐUK-VP', ['45-TB/ĐUK-VP']],
  ['Quy định 08-QĐi/TW', ['08-QĐi/TW']],
  ['Quyết định 1234/QĐ-UBND ngày 05/5/2023', ['1234/QĐ-UBND']],
  ['Công văn 567/UBND-VX của UBND tỉnh', ['567/UBND-VX']],
  ['Chỉ thị 01/CT-TTg của Thủ tướng', ['01/CT-TTg']],
  ['Thông tư 05/2023/TT-BTTTT', ['05/2023/TT-BTTTT']],
  ['Luật số 73/2006/QH11', ['73/2006/QH11']],
  ['Nghị định 30/2020/NĐ-CP về công tác văn thư', ['30/2020/NĐ-CP']],
  ['(Kế hoạch 215/KH-ĐUK)', ['215/KH-ĐUK']],
  ['Đề án 05-ĐA/TU, Kế hoạch 132/KH-ĐUK.', ['05-ĐA/TU', '132/KH-ĐUK']],
  ['số\u00a0132/KH-ĐUK với khoảng trắng không ngắt', ['132/KH-ĐUK']],
  ['Quyết định 1234/QĐ-UBND - UBND tỉnh ban hành', ['1234/QĐ-UBND']],
  ['Số:132/KH-ĐUK', ['132/KH-ĐUK']],
  ['Kế hoạch số 132/KH-ĐUK, ngày 10 tháng 01 năm 2023', ['132/KH-ĐUK']],
  ['đến cuối câu 17-ĐA/TU', ['17-ĐA/TU']],
];

// Sentences that hold no document number.
const NO_MATCHES: string[] = [
  'ngày 10/01/2023',
  'ngày 10-01-2023',
  'tỷ lệ 1/2 số đảng viên',
  'trực 24/7',
  'điện thoại 0214 3840 123',
  'điện thoại 0214-3840-123',
  'đường dây nóng 0912/345-678',
  'xem https://congtin.vn/van-ban/132/KH-ĐUK',
  'xem www.example.vn/132/KH-ĐUK/tep',
  'xem https://example.vn/?so=17-ĐA/TU',
  'mã KH-ĐUK không có số',
  'phòng 3/KH (một mã là chưa đủ)',
  'a132/KH-ĐUK dính chữ',
  '2023/132/KH-ĐUK-x dính số',
  'từ 10-15/KH lẻ',
  'Kế hoạch 132/KH - Đảng ủy Khối',
  'tỷ số 3/2-1',
];

describe('findDocumentNumbers', () => {
  for (const [text, expected] of MATCHES) {
    it(`finds ${expected.join(', ')} in “${text}”`, () => {
      assert.deepEqual(found(text), expected);
    });
  }

  for (const text of NO_MATCHES) {
    it(`finds nothing in “${text}”`, () => {
      assert.deepEqual(found(text), []);
    });
  }

  it('gives the positions of the number in the text', () => {
    const text = 'Theo Kế hoạch số 132/KH-ĐUK, các chi bộ';
    const [hit] = findDocumentNumbers(text);
    assert.equal(text.slice(hit!.start, hit!.end), '132/KH-ĐUK');
  });

  it('takes the year from the symbol, or from the date written right after it', () => {
    assert.equal(findDocumentNumbers('Nghị định 42/2022/NĐ-CP')[0]!.year, 2022);
    assert.equal(findDocumentNumbers('Kế hoạch số 132/KH-ĐUK ngày 10/01/2023')[0]!.year, 2023);
    assert.equal(findDocumentNumbers('Kế hoạch số 132/KH-ĐUK, ngày 10 tháng 01 năm 2023')[0]!.year, 2023);
    assert.equal(findDocumentNumbers('Kế hoạch số 132/KH-ĐUK của Đảng ủy Khối')[0]!.year, undefined);
  });

  it('gives every way of writing one number the same key', () => {
    const keys = ['132/KH-ĐUK', '132/kh-duk', '132 KH DUK', '132 / KH – ĐUK', '132/KH-DUK'].map(numberKey);
    assert.deepEqual(new Set(keys), new Set(['132khduk']));
    assert.equal(numberKey('42/2022/NĐ-CP'), '422022ndcp');
    assert.equal(numberKey('17-ĐA/TU'), '17datu');
  });

  it('stays fast on long text full of near-misses', () => {
    const text = '1/2 3-4 10/01/2023 KH-ĐUK '.repeat(20_000);
    const started = performance.now();
    assert.deepEqual(findDocumentNumbers(text), []);
    assert.ok(performance.now() - started < 1_000);
  });
});
