import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { parseVietnamLocalDateTime, startOfVietnamDay, startOfVietnamWeek, toVietnamLocalInput, vietnamDay } from './vietnam-time.js';

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
});
