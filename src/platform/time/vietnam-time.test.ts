import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime } from '../i18n/format.js';
import {
  daysInMonth,
  endOfVietnamDate,
  isCalendarDate,
  parseVietnamLocalDateTime,
  startOfVietnamDay,
  startOfVietnamWeek,
  toVietnamLocalInput,
  vietnamDay,
} from './vietnam-time.js';

describe('Vietnam time (UTC+7)', () => {
  it('changes day at 00:00 in Vietnam, which is 17:00 UTC the day before', () => {
    assert.equal(vietnamDay(new Date('2026-11-26T16:59:59.999Z')), '2026-11-26');
    assert.equal(vietnamDay(new Date('2026-11-26T17:00:00.000Z')), '2026-11-27');
    assert.equal(startOfVietnamDay(new Date('2026-11-27T03:00:00Z')).toISOString(), '2026-11-26T17:00:00.000Z');
    assert.equal(startOfVietnamDay(new Date('2026-11-26T16:59:59Z')).toISOString(), '2026-11-25T17:00:00.000Z');
  });

  it('starts the week on Monday 00:00 Vietnam time', () => {
    // 2026-11-23 is a Monday; Monday 00:00 in Vietnam is Sunday 17:00 UTC.
    assert.equal(startOfVietnamWeek(new Date('2026-11-27T03:00:00Z')).toISOString(), '2026-11-22T17:00:00.000Z');
    assert.equal(startOfVietnamWeek(new Date('2026-11-22T17:00:00Z')).toISOString(), '2026-11-22T17:00:00.000Z');
    // One millisecond earlier is still Sunday in Vietnam: the previous week.
    assert.equal(startOfVietnamWeek(new Date('2026-11-22T16:59:59.999Z')).toISOString(), '2026-11-15T17:00:00.000Z');
  });

  it('formats dates as dd/mm/yyyy HH:mm in Vietnam time', () => {
    assert.equal(formatDate('2026-06-30T18:30:00Z'), '01/07/2026');
    assert.equal(formatDateTime('2026-06-30T18:30:00Z'), '01/07/2026 01:30');
    assert.equal(formatDateTime('2026-01-05T02:05:00Z'), '05/01/2026 09:05');
  });

  it('reads a datetime-local value as Vietnam wall-clock time and writes it back', () => {
    assert.equal(parseVietnamLocalDateTime('2026-12-01T08:30')?.toISOString(), '2026-12-01T01:30:00.000Z');
    assert.equal(parseVietnamLocalDateTime('2026-12-01T00:00')?.toISOString(), '2026-11-30T17:00:00.000Z');
    assert.equal(toVietnamLocalInput('2026-11-30T17:00:00.000Z'), '2026-12-01T00:00');
    for (const bad of ['2026-02-30T08:00', '2026-12-01T24:00', '2026-12-01 08:00', '01/12/2026 08:00', '']) {
      assert.equal(parseVietnamLocalDateTime(bad), undefined, bad);
    }
  });
  it('knows month lengths, leap years included (2000 yes, 2100 no)', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m)),
      [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    );
    assert.equal(daysInMonth(2028, 2), 29);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2100, 2), 28);
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    for (const good of ['2026-01-01', '2028-02-29', '2026-12-31']) assert.equal(isCalendarDate(good), true, good);
    for (const bad of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-05',
      '05/03/2026',
      '2026-03-05T00:00',
      '',
    ]) {
      assert.equal(isCalendarDate(bad), false, bad);
    }
  });

  it('puts the end of a Vietnam day at 16:59:59.999 UTC, the millisecond before the next Vietnam day', () => {
    const end = endOfVietnamDate('2026-03-05');
    assert.equal(end, '2026-03-05T16:59:59.999Z');
    assert.equal(vietnamDay(new Date(end)), '2026-03-05');
    assert.equal(vietnamDay(new Date(Date.parse(end) + 1)), '2026-03-06');
    assert.equal(new Date('2026-03-05T23:59:59.999+07:00').toISOString(), end);
  });
});
