import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listOccurrences, occurrenceFor, recurrenceProblem, type Recurrence } from './occurrences.js';

const keysOf = (recurrence: Recurrence) => listOccurrences(recurrence).map((o) => o.key);

describe('occurrences of a task', () => {
  it('gives a one-off task one occurrence, due at 23:59:59.999 Vietnam time on its deadline', () => {
    assert.deepEqual(listOccurrences({ kind: 'once', deadline: '2026-03-05' }), [
      { key: '2026-03-05', dueAt: '2026-03-05T16:59:59.999Z' },
    ]);
  });

  it('lists every day of a daily task, 365 in 2026 and 366 in 2028', () => {
    const days = keysOf({ kind: 'daily', from: '2026-01-01', to: '2026-12-31' });
    assert.equal(days.length, 365);
    assert.equal(new Set(days).size, 365);
    assert.deepEqual(days.slice(0, 2), ['2026-01-01', '2026-01-02']);
    assert.deepEqual(days.slice(58, 60), ['2026-02-28', '2026-03-01']);
    assert.equal(days.at(-1), '2026-12-31');
    assert.deepEqual([...days].sort(), days, 'in date order');
    const leap = keysOf({ kind: 'daily', from: '2028-02-27', to: '2028-03-01' });
    assert.deepEqual(leap, ['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    assert.deepEqual(keysOf({ kind: 'daily', from: '2026-12-30', to: '2027-01-02' }), [
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    assert.equal(keysOf({ kind: 'daily', from: '2021-01-01', to: '2025-12-31' }).length, 1826);
  });

  it('puts day 31 of a monthly task on the last day of shorter months (28 or 29 February, 30 April)', () => {
    assert.deepEqual(keysOf({ kind: 'monthly', day: 31, from: '2026-01-01', to: '2026-06-30' }), [
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    assert.deepEqual(keysOf({ kind: 'monthly', day: 31, from: '2028-02-01', to: '2028-02-29' }), ['2028-02-29']);
    assert.deepEqual(keysOf({ kind: 'monthly', day: 30, from: '2026-02-01', to: '2026-03-31' }), [
      '2026-02-28',
      '2026-03-30',
    ]);
  });

  it('keeps monthly dates inside from..to', () => {
    // The 10th of January is before `from`, the 10th of April after `to`.
    assert.deepEqual(keysOf({ kind: 'monthly', day: 10, from: '2026-01-15', to: '2026-04-09' }), [
      '2026-02-10',
      '2026-03-10',
    ]);
    assert.deepEqual(keysOf({ kind: 'monthly', day: 25, from: '2025-11-01', to: '2026-02-28' }), [
      '2025-11-25',
      '2025-12-25',
      '2026-01-25',
      '2026-02-25',
    ]);
  });

  it('falls due on 5 March every year for the provincial Party founding-day seminar', () => {
    assert.deepEqual(keysOf({ kind: 'yearly', month: 3, day: 5, from: '2021-01-01', to: '2025-12-31' }), [
      '2021-03-05',
      '2022-03-05',
      '2023-03-05',
      '2024-03-05',
      '2025-03-05',
    ]);
    // A span that starts after 5 March skips that year.
    assert.deepEqual(keysOf({ kind: 'yearly', month: 3, day: 5, from: '2021-04-01', to: '2023-03-05' }), [
      '2022-03-05',
      '2023-03-05',
    ]);
  });

  it('moves a yearly 29 February to 28 February in common years', () => {
    assert.deepEqual(keysOf({ kind: 'yearly', month: 2, day: 29, from: '2027-01-01', to: '2029-12-31' }), [
      '2027-02-28',
      '2028-02-29',
      '2029-02-28',
    ]);
  });

  it('gives a malformed recurrence no occurrences instead of throwing', () => {
    const bad: Recurrence[] = [
      { kind: 'once', deadline: '2026-02-30' },
      { kind: 'daily', from: '2026-12-31', to: '2026-01-01' },
      { kind: 'monthly', day: 0, from: '2026-01-01', to: '2026-12-31' },
      { kind: 'monthly', day: 32, from: '2026-01-01', to: '2026-12-31' },
      { kind: 'yearly', month: 13, day: 1, from: '2026-01-01', to: '2026-12-31' },
      { kind: 'daily', from: '2000-01-01', to: '2099-12-31' },
      { kind: 'daily', from: '05/03/2026', to: '2026-12-31' },
    ];
    for (const r of bad) assert.deepEqual(listOccurrences(r), [], JSON.stringify(r));
    // The last day there is: the next key would be '10000-01-01', which sorts before '9999-12-31'.
    assert.deepEqual(keysOf({ kind: 'daily', from: '9999-12-30', to: '9999-12-31' }), ['9999-12-30', '9999-12-31']);
  });
});

describe('which occurrence a report belongs to', () => {
  const monthly: Recurrence = { kind: 'monthly', day: 25, from: '2026-01-01', to: '2026-12-31' };

  it('takes the first occurrence due on or after the day the work was done', () => {
    assert.equal(occurrenceFor(monthly, '2026-03-25')?.key, '2026-03-25');
    assert.equal(occurrenceFor(monthly, '2026-03-26')?.key, '2026-04-25');
    assert.equal(occurrenceFor(monthly, '2026-01-01')?.key, '2026-01-25');
    assert.deepEqual(occurrenceFor({ kind: 'daily', from: '2026-01-01', to: '2026-12-31' }, '2026-07-14'), {
      key: '2026-07-14',
      dueAt: '2026-07-14T16:59:59.999Z',
    });
  });

  it('gives work done after the last deadline to the last occurrence, so a late report can close it', () => {
    assert.equal(occurrenceFor(monthly, '2026-12-28')?.key, '2026-12-25');
    assert.equal(occurrenceFor(monthly, '2027-01-10')?.key, '2026-12-25');
    assert.equal(occurrenceFor({ kind: 'once', deadline: '2026-03-05' }, '2026-03-20')?.key, '2026-03-05');
    assert.equal(occurrenceFor({ kind: 'once', deadline: '2026-03-05' }, '2025-12-01')?.key, '2026-03-05');
  });

  it('gives none to a day before a recurring task starts, or to what is not a date', () => {
    assert.equal(occurrenceFor(monthly, '2025-12-31'), undefined);
    assert.equal(occurrenceFor(monthly, '2026-02-30'), undefined);
    assert.equal(occurrenceFor(monthly, '25/03/2026'), undefined);
    assert.equal(
      occurrenceFor({ kind: 'monthly', day: 40, from: '2026-01-01', to: '2026-12-31' }, '2026-03-01'),
      undefined,
    );
  });
});

describe('checking a recurrence before it is stored', () => {
  it('accepts usable recurrences', () => {
    assert.equal(recurrenceProblem({ kind: 'once', deadline: '2026-03-05' }), undefined);
    assert.equal(recurrenceProblem({ kind: 'monthly', day: 31, from: '2026-01-01', to: '2026-12-31' }), undefined);
    assert.equal(
      recurrenceProblem({ kind: 'yearly', month: 2, day: 29, from: '2021-01-01', to: '2025-12-31' }),
      undefined,
    );
  });

  it('says in Vietnamese what is wrong', () => {
    assert.equal(
      recurrenceProblem({ kind: 'once', deadline: '2026-02-29' }),
      'Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-03-05).',
    );
    assert.equal(
      recurrenceProblem({ kind: 'daily', from: '2026-12-31', to: '2026-01-01' }),
      'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.',
    );
    assert.equal(
      recurrenceProblem({ kind: 'daily', from: '2020-01-01', to: '2031-01-01' }),
      'Thời gian lặp lại dài tối đa 10 năm.',
    );
    assert.equal(
      recurrenceProblem({ kind: 'monthly', day: 0, from: '2026-01-01', to: '2026-12-31' }),
      'Ngày trong tháng phải từ 1 đến 31.',
    );
    assert.equal(
      recurrenceProblem({ kind: 'yearly', month: 13, day: 5, from: '2026-01-01', to: '2026-12-31' }),
      'Tháng phải từ 1 đến 12.',
    );
    assert.equal(
      recurrenceProblem({ kind: 'monthly', day: 25, from: '2026-02-01', to: '2026-02-20' }),
      'Trong khoảng thời gian đã chọn không có kỳ thực hiện nào.',
    );
    const message = recurrenceProblem({ kind: 'yearly', month: 3, day: 5, from: '2026-04-01', to: '2026-12-31' })!;
    assert.equal(message, message.normalize('NFC'));
  });
});
