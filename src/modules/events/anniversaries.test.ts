import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { dayInYear, isRoundYears, upcomingAnniversaries, type AnniversarySource } from './anniversaries.js';

const party: AnniversarySource = { key: 'date:1', name: 'thành lập Đảng', date: '1930-02-03' };
const leapUnit: AnniversarySource = { key: 'unit:7', name: 'thành lập Chi bộ X', date: '2008-02-29' };

test('29 February falls on 28 February in a common year, and stays in a leap year', () => {
  assert.equal(dayInYear('2008-02-29', 2027), '2027-02-28');
  assert.equal(dayInYear('2008-02-29', 2028), '2028-02-29');
  assert.equal(dayInYear('2008-02-29', 2100), '2100-02-28');
  const [one] = upcomingAnniversaries([leapUnit], '2027-01-10');
  assert.deepEqual([one?.on, one?.years], ['2027-02-28', 19]);
});

test('the coming twelve months cross the year boundary, today included, a year on excluded', () => {
  const found = upcomingAnniversaries([party], '2026-12-05');
  assert.deepEqual(
    found.map((a) => [a.on, a.years]),
    [['2027-02-03', 97]],
  );
  assert.equal(upcomingAnniversaries([party], '2027-02-03')[0]?.years, 97);
  // The day after: next year's, 98.
  assert.deepEqual(
    upcomingAnniversaries([party], '2027-02-04').map((a) => a.on),
    ['2028-02-03'],
  );
  // Today is 03/02/2026: this year's counts; 03/02/2027 is a year on and does not.
  assert.deepEqual(
    upcomingAnniversaries([party], '2026-02-03').map((a) => a.years),
    [96],
  );
});

test('a source founded less than a year ago, in the future, or with a bad date gives nothing', () => {
  assert.deepEqual(upcomingAnniversaries([{ key: 'unit:1', name: 'x', date: '2026-12-20' }], '2026-12-05'), []);
  assert.deepEqual(upcomingAnniversaries([{ key: 'unit:1', name: 'x', date: '2030-01-01' }], '2026-12-05'), []);
  assert.deepEqual(upcomingAnniversaries([{ key: 'unit:1', name: 'x', date: '2026-02-30' }], '2026-12-05'), []);
  const first = upcomingAnniversaries([{ key: 'unit:1', name: 'x', date: '2025-12-06' }], '2026-12-05');
  assert.deepEqual(
    first.map((a) => a.years),
    [1],
  );
});

test('round marks: multiples of 5 from 5 up, of 10 are major; 1–4 and others are not', () => {
  assert.deepEqual(isRoundYears(1), { round: false, major: false });
  assert.deepEqual(isRoundYears(5), { round: true, major: false });
  assert.deepEqual(isRoundYears(10), { round: true, major: true });
  assert.deepEqual(isRoundYears(15), { round: true, major: false });
  assert.deepEqual(isRoundYears(96), { round: false, major: false });
  assert.deepEqual(isRoundYears(0), { round: false, major: false });
  const sources = [
    { key: 'date:2', name: 'Bác về thăm Lào Cai', date: '1958-09-23' },
    { key: 'unit:1', name: 'thành lập Đảng bộ Khối', date: '2008-11-18' },
  ];
  const found = upcomingAnniversaries(sources, '2027-09-01');
  assert.deepEqual(
    found.map((a) => [a.years, a.round, a.major]),
    [
      [69, false, false],
      [19, false, false],
    ],
  );
  assert.deepEqual(
    upcomingAnniversaries(sources, '2028-01-01').map((a) => [a.years, a.round, a.major]),
    [
      [70, true, true],
      [20, true, true],
    ],
  );
});

test('"today" is the Vietnam day: 18:00 UTC on 17/11 is already 18/11 in Lào Cai', () => {
  const unit = { key: 'unit:1', name: 'thành lập Đảng bộ Khối', date: '2008-11-18' };
  const today = vietnamDay(new Date('2026-11-17T18:00:00Z'));
  assert.equal(today, '2026-11-18');
  assert.deepEqual(
    upcomingAnniversaries([unit], today).map((a) => [a.on, a.years]),
    [['2026-11-18', 18]],
  );
  // At 16:59 UTC it is still 17/11 in Vietnam: the anniversary is tomorrow, still coming.
  assert.equal(upcomingAnniversaries([unit], vietnamDay(new Date('2026-11-17T16:59:00Z')))[0]?.on, '2026-11-18');
});

test('soonest first', () => {
  const found = upcomingAnniversaries(
    [party, { key: 'date:3', name: 'Quốc khánh', date: '1945-09-02' }, leapUnit],
    '2026-12-05',
  );
  assert.deepEqual(
    found.map((a) => a.on),
    ['2027-02-03', '2027-02-28', '2027-09-02'],
  );
});
