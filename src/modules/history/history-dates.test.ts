import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, formatDateKey } from './history-dates.js';

const keys = (text: string) => findDates(text).map((d) => d.key);

describe('findDates', () => {
  it('reads a spelled-out day as one date, not also its year', () => {
    assert.deepEqual(keys('Ngày 3 tháng 2 năm 1930, Đảng Cộng sản Việt Nam ra đời.'), ['1930-02-03']);
  });

  it('reads numeric days written with slashes, dashes or dots', () => {
    assert.deepEqual(keys('Hội nghị họp ngày 03/02/1930; đến 19-8-1945 và 2.9.1945 thì giành chính quyền.'), [
      '1930-02-03',
      '1945-08-19',
      '1945-09-02',
    ]);
  });

  it('reads months and years', () => {
    assert.deepEqual(keys('Tháng 8 năm 1945 khởi nghĩa; tháng 12/1946 toàn quốc kháng chiến; năm 1954 hòa bình.'), [
      '1945-08',
      '1946-12',
      '1954',
    ]);
  });

  it('keeps the sentence a date is in, for the timeline', () => {
    const [date] = findDates('Mở đầu. Năm 1997, Đảng bộ Khối được thành lập theo quyết định của Tỉnh ủy. Sau đó.');
    assert.equal(date!.sentence, 'Năm 1997, Đảng bộ Khối được thành lập theo quyết định của Tỉnh ủy.');
    assert.equal(date!.precision, 'year');
  });

  it('refuses impossible days, months and far-off years', () => {
    assert.deepEqual(keys('ngày 31/02/1990, tháng 13 năm 1990, năm 1200, 12/2024 chiếc, số 3/45/2000'), []);
  });

  it('ignores numbers that only look like years', () => {
    assert.deepEqual(keys('Có 1930 đảng viên và 2000 quần chúng.'), []);
  });

  it('formats keys for reading', () => {
    assert.equal(formatDateKey('1930-02-03'), '03/02/1930');
    assert.equal(formatDateKey('1945-08'), '08/1945');
    assert.equal(formatDateKey('1975'), '1975');
  });
});
