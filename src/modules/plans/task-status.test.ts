import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeTaskStatus,
  summarise,
  taskStatusLabels,
  type ManualCompletion,
  type Recurrence,
  type ReportForStatus,
} from './task-status.js';

/** An instant read off a clock in Vietnam: vn('2026-03-05 23:59:59') → ISO UTC. */
const vn = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}+07:00`).toISOString();
const at = (wallClock: string) => new Date(vn(wallClock));
const report = (
  occurrenceKey: string,
  filedAt: string,
  quantity: number | null = null,
  completed = false,
): ReportForStatus => ({ occurrenceKey, filedAt, quantity, completed });
const done = (occurrenceKey: string, filedAt: string) => report(occurrenceKey, filedAt, null, true);
const mark = (occurrenceKey: string, when: string): ManualCompletion => ({
  occurrenceKey,
  at: when,
  reason: 'Đã có biên bản',
});

const seminar: Recurrence = { kind: 'once', deadline: '2026-03-05' };
const monthly: Recurrence = { kind: 'monthly', day: 25, from: '2026-01-01', to: '2026-12-31' };

describe('task status at the deadline, in Vietnam time', () => {
  it('counts a report filed at 23:59:59 Vietnam time on the deadline day as on time, and 00:00:00 next day as late', () => {
    const onTime = computeTaskStatus(
      { recurrence: seminar, target: null },
      [done('2026-03-05', vn('2026-03-05 23:59:59'))],
      [],
      at('2026-03-10 08:00'),
    );
    assert.equal(onTime.status, 'done_on_time');
    assert.equal(onTime.doneAt, '2026-03-05T16:59:59.000Z');
    const lastMs = computeTaskStatus(
      { recurrence: seminar, target: null },
      [done('2026-03-05', '2026-03-05T16:59:59.999Z')],
      [],
      at('2026-03-10 08:00'),
    );
    assert.equal(lastMs.status, 'done_on_time');
    const late = computeTaskStatus(
      { recurrence: seminar, target: null },
      [done('2026-03-05', vn('2026-03-06 00:00:00'))],
      [],
      at('2026-03-10 08:00'),
    );
    assert.equal(vn('2026-03-06 00:00:00'), '2026-03-05T17:00:00.000Z');
    assert.equal(late.status, 'done_late');
    assert.equal(late.doneAt, '2026-03-05T17:00:00.000Z');
  });

  it('judges the boundary the same way when the target is reached by a quantity', () => {
    const task = { recurrence: seminar, target: 1 };
    assert.equal(
      computeTaskStatus(task, [report('2026-03-05', vn('2026-03-05 23:59:59'), 1)], [], at('2026-03-10 08:00')).status,
      'done_on_time',
    );
    assert.equal(
      computeTaskStatus(task, [report('2026-03-05', vn('2026-03-06 00:00:00'), 1)], [], at('2026-03-10 08:00')).status,
      'done_late',
    );
  });

  it('becomes overdue 1 ms after the deadline, not at it', () => {
    const task = { recurrence: seminar, target: null };
    const dueAt = new Date('2026-03-05T16:59:59.999Z');
    assert.equal(computeTaskStatus(task, [], [], dueAt).status, 'not_due');
    assert.equal(computeTaskStatus(task, [], [], new Date(dueAt.getTime() + 1)).status, 'overdue');
    const started = [report('2026-03-05', vn('2026-03-01 09:00'))];
    assert.equal(computeTaskStatus(task, started, [], dueAt).status, 'in_progress');
    assert.equal(computeTaskStatus(task, started, [], new Date(dueAt.getTime() + 1)).status, 'overdue');
  });

  it('compares instants written without milliseconds or with +07:00 correctly', () => {
    const task = { recurrence: seminar, target: null };
    const now = at('2026-03-10 08:00');
    // As strings, '…16:59:59Z' sorts after '…16:59:59.999Z': read naively it would look late.
    assert.equal(computeTaskStatus(task, [done('2026-03-05', '2026-03-05T16:59:59Z')], [], now).status, 'done_on_time');
    assert.equal(
      computeTaskStatus(task, [done('2026-03-05', '2026-03-05T23:59:59+07:00')], [], now).status,
      'done_on_time',
    );
    assert.equal(
      computeTaskStatus(task, [done('2026-03-05', '2026-03-06T00:00:00+07:00')], [], now).status,
      'done_late',
    );
    assert.equal(
      computeTaskStatus(task, [done('2026-03-05', 'hôm qua')], [], now).status,
      'overdue',
      'a report with no real time is not counted',
    );
  });
});

describe('not due, in progress and done', () => {
  const now = at('2026-02-20 10:00');

  it('is not due without any report and in progress once something is reported', () => {
    assert.equal(computeTaskStatus({ recurrence: seminar, target: 3 }, [], [], now).status, 'not_due');
    assert.equal(
      computeTaskStatus({ recurrence: seminar, target: 3 }, [report('2026-03-05', vn('2026-02-10 09:00'), 1)], [], now)
        .status,
      'in_progress',
    );
    // A report with nothing counted yet still shows the unit has started.
    assert.equal(
      computeTaskStatus({ recurrence: seminar, target: 3 }, [report('2026-03-05', vn('2026-02-10 09:00'), 0)], [], now)
        .status,
      'in_progress',
    );
    assert.equal(
      computeTaskStatus({ recurrence: seminar, target: null }, [report('2026-03-05', vn('2026-02-10 09:00'))], [], now)
        .status,
      'in_progress',
    );
  });

  it('without a target, is done only when a report says completed, at the first such report', () => {
    const task = { recurrence: seminar, target: null };
    const reports = [
      report('2026-03-05', vn('2026-02-01 09:00')),
      done('2026-03-05', vn('2026-02-10 09:00')),
      done('2026-03-05', vn('2026-02-15 09:00')),
    ];
    const result = computeTaskStatus(task, reports, [], now);
    assert.equal(result.status, 'done_on_time');
    assert.equal(result.doneAt, vn('2026-02-10 09:00'));
  });

  it('without a target, takes the earliest "completed" report whatever order they come in', () => {
    const reports = [
      done('2026-03-05', vn('2026-02-15 09:00')),
      report('2026-03-05', vn('2026-02-01 09:00')),
      done('2026-03-05', vn('2026-02-10 09:00')),
    ];
    assert.equal(
      computeTaskStatus({ recurrence: seminar, target: null }, reports, [], now).doneAt,
      vn('2026-02-10 09:00'),
    );
  });

  it('with a target, is not done by a "completed" report that falls short of it', () => {
    const result = computeTaskStatus(
      { recurrence: seminar, target: 3 },
      [report('2026-03-05', vn('2026-02-10 09:00'), 2, true)],
      [],
      now,
    );
    assert.equal(result.status, 'in_progress');
    assert.equal(result.actual, 2);
    assert.equal(result.target, 3);
  });

  it('does not count reports or marks dated after now', () => {
    const later = vn('2026-02-21 09:00');
    assert.equal(
      computeTaskStatus({ recurrence: seminar, target: null }, [done('2026-03-05', later)], [], now).status,
      'not_due',
    );
    assert.equal(
      computeTaskStatus({ recurrence: seminar, target: null }, [], [mark('2026-03-05', later)], now).status,
      'not_due',
    );
  });
});

describe('targets reached by several reports', () => {
  const classes = { recurrence: { kind: 'once', deadline: '2026-06-30' } as Recurrence, target: 3 }; // "03 lớp"
  const now = at('2026-07-15 10:00');
  const three = [
    report('2026-06-30', vn('2026-03-10 09:00'), 1),
    report('2026-06-30', vn('2026-05-20 09:00'), 1),
    report('2026-06-30', vn('2026-06-25 09:00'), 1),
  ];

  it('is done at the filing of the report that reaches the target', () => {
    const result = computeTaskStatus(classes, three, [], now);
    assert.equal(result.status, 'done_on_time');
    assert.equal(result.doneAt, vn('2026-06-25 09:00'));
    assert.equal(result.actual, 3);
    assert.equal(result.target, 3);
    assert.deepEqual(
      result.occurrences.map((o) => [o.key, o.status, o.actual, o.target]),
      [['2026-06-30', 'done_on_time', 3, 3]],
    );
  });

  it('is done late when the report that reaches the target comes after the deadline', () => {
    const result = computeTaskStatus(
      classes,
      [...three.slice(0, 2), report('2026-06-30', vn('2026-07-01 08:00'), 1)],
      [],
      now,
    );
    assert.equal(result.status, 'done_late');
    assert.equal(result.doneAt, vn('2026-07-01 08:00'));
  });

  it('counts a quantity over the target in full and is done at that report', () => {
    const result = computeTaskStatus(
      classes,
      [report('2026-06-30', vn('2026-04-01 09:00'), 5), report('2026-06-30', vn('2026-04-02 09:00'), 1)],
      [],
      now,
    );
    assert.equal(result.status, 'done_on_time');
    assert.equal(result.doneAt, vn('2026-04-01 09:00'));
    assert.equal(result.actual, 6);
  });

  it('adds reports up in filing order whatever order they come in', () => {
    const result = computeTaskStatus(classes, [...three].reverse(), [], now);
    assert.equal(result.doneAt, vn('2026-06-25 09:00'));
    // Taken in the given order, 2 (late) + 1 (early) would "reach" 3 at the early one.
    const mixed = [
      report('2026-06-30', vn('2026-07-02 09:00'), 2),
      report('2026-06-30', vn('2026-03-01 09:00'), 1),
      report('2026-06-30', vn('2026-04-01 09:00'), 1),
    ];
    const late = computeTaskStatus(classes, mixed, [], now);
    assert.equal(late.doneAt, vn('2026-07-02 09:00'));
    assert.equal(late.status, 'done_late');
  });

  it('ignores a missing quantity and counts nonsense ones as nothing', () => {
    const result = computeTaskStatus(
      classes,
      [
        report('2026-06-30', vn('2026-03-10 09:00'), null, true),
        report('2026-06-30', vn('2026-03-11 09:00'), -4),
        report('2026-06-30', vn('2026-03-12 09:00'), 1.5),
      ],
      [],
      now,
    );
    assert.equal(result.actual, 0);
    assert.equal(result.status, 'overdue');
  });
});

describe('an editor marks an occurrence done', () => {
  const classes = { recurrence: { kind: 'once', deadline: '2026-06-30' } as Recurrence, target: 3 };
  const now = at('2026-07-15 10:00');

  it('counts the mark when it is earlier than the report that reaches the target', () => {
    const reports = [report('2026-06-30', vn('2026-07-05 09:00'), 3)];
    const result = computeTaskStatus(classes, reports, [mark('2026-06-30', vn('2026-06-29 16:00'))], now);
    assert.equal(result.status, 'done_on_time');
    assert.equal(result.doneAt, vn('2026-06-29 16:00'));
    assert.equal(result.actual, 3, 'the reports still count towards the actual');
  });

  it('keeps the earlier report when the mark comes later', () => {
    const result = computeTaskStatus(
      classes,
      [report('2026-06-30', vn('2026-06-01 09:00'), 3)],
      [mark('2026-06-30', vn('2026-07-05 09:00'))],
      now,
    );
    assert.equal(result.doneAt, vn('2026-06-01 09:00'));
  });

  it('closes an overdue task as done late', () => {
    const result = computeTaskStatus(classes, [], [mark('2026-06-30', vn('2026-07-05 09:00'))], now);
    assert.equal(result.status, 'done_late');
    assert.equal(result.actual, 0);
  });
});

describe('recurring tasks', () => {
  const onTime = (key: string) => done(key, vn(`${key} 15:00`));

  it('shows a missed March as overdue in April, then as done late once March is reported', () => {
    const task = { recurrence: monthly, target: null };
    const before = computeTaskStatus(task, [onTime('2026-01-25'), onTime('2026-02-25')], [], at('2026-04-10 09:00'));
    assert.equal(before.status, 'overdue');
    assert.deepEqual(
      before.occurrences.slice(0, 4).map((o) => o.status),
      ['done_on_time', 'done_on_time', 'overdue', 'not_due'],
    );
    assert.equal(before.occurrences.length, 12);

    const reports = [onTime('2026-01-25'), onTime('2026-02-25'), done('2026-03-25', vn('2026-04-12 10:00'))];
    const after = computeTaskStatus(task, reports, [], at('2026-04-15 09:00'));
    assert.equal(after.occurrences[2]!.status, 'done_late');
    assert.equal(after.status, 'done_late');
    assert.equal(after.doneAt, null, 'April is not done yet');

    // April missed as well: overdue again, the late March stays late.
    const aprilMissed = computeTaskStatus(task, reports, [], at('2026-04-26 09:00'));
    assert.equal(aprilMissed.status, 'overdue');
    assert.equal(aprilMissed.occurrences[2]!.status, 'done_late');
  });

  it('shows the upcoming occurrence when every closed one was on time', () => {
    const task = { recurrence: monthly, target: null };
    const reports = [onTime('2026-01-25'), onTime('2026-02-25')];
    assert.equal(computeTaskStatus(task, reports, [], at('2026-03-10 09:00')).status, 'not_due');
    assert.equal(
      computeTaskStatus(task, [...reports, report('2026-03-25', vn('2026-03-09 09:00'))], [], at('2026-03-10 09:00'))
        .status,
      'in_progress',
    );
    assert.equal(
      computeTaskStatus(task, [...reports, onTime('2026-03-10')], [], at('2026-03-10 16:00')).status,
      'not_due',
      'a key that is no occurrence counts for nothing',
    );
    const finished = computeTaskStatus(task, [...reports, onTime('2026-03-25')], [], at('2026-03-25 16:00'));
    assert.equal(finished.status, 'done_on_time');
    assert.equal(finished.doneAt, vn('2026-03-25 15:00'));
  });

  it('ignores a report for an occurrence the task does not have', () => {
    const task = { recurrence: monthly, target: 1 };
    const result = computeTaskStatus(
      task,
      [report('2026-03-24', vn('2026-03-20 09:00'), 1), report('2027-03-25', vn('2026-03-20 09:00'), 1)],
      [],
      at('2026-03-26 09:00'),
    );
    assert.equal(result.occurrences[2]!.status, 'overdue');
    assert.equal(result.actual, 0);
    assert.equal(result.status, 'overdue');
    assert.equal(
      computeTaskStatus(task, [], [mark('2026-03-24', vn('2026-03-20 09:00'))], at('2026-03-26 09:00')).status,
      'overdue',
    );
  });

  it('follows a daily task over a year, summing actual and target over the days so far', () => {
    const task = { recurrence: { kind: 'daily', from: '2026-01-01', to: '2026-12-31' } as Recurrence, target: 1 };
    const days = computeTaskStatus(task, [], [], at('2026-01-01 08:00')).occurrences.map((o) => o.key);
    assert.equal(days.length, 365);
    // The morning brief: one issue filed every morning up to 29 June; 30 June not yet at noon.
    const upTo = days.slice(0, days.indexOf('2026-06-30'));
    const reports = upTo.map((key) => report(key, vn(`${key} 06:30`), 1));
    const result = computeTaskStatus(task, reports, [], at('2026-06-30 12:00'));
    assert.equal(result.status, 'not_due');
    assert.equal(result.occurrences.length, 365);
    assert.equal(result.actual, 180);
    assert.equal(result.target, 181, '180 closed days and today');
    assert.equal(result.occurrences.filter((o) => o.status === 'done_on_time').length, 180);

    const withGap = reports.filter((r) => r.occurrenceKey !== '2026-03-03');
    const missed = computeTaskStatus(task, withGap, [], at('2026-06-30 12:00'));
    assert.equal(missed.status, 'overdue');
    assert.deepEqual(
      missed.occurrences.filter((o) => o.status === 'overdue').map((o) => o.key),
      ['2026-03-03'],
    );
  });

  it('follows the 5 March seminar every year, late one year', () => {
    const task = {
      recurrence: { kind: 'yearly', month: 3, day: 5, from: '2021-01-01', to: '2025-12-31' } as Recurrence,
      target: null,
    };
    const reports = [onTime('2021-03-05'), onTime('2022-03-05'), done('2023-03-05', vn('2023-03-06 08:00'))];
    const in2023 = computeTaskStatus(task, reports, [], at('2023-06-01 09:00'));
    assert.deepEqual(
      in2023.occurrences.map((o) => [o.key, o.status]),
      [
        ['2021-03-05', 'done_on_time'],
        ['2022-03-05', 'done_on_time'],
        ['2023-03-05', 'done_late'],
        ['2024-03-05', 'not_due'],
        ['2025-03-05', 'not_due'],
      ],
    );
    assert.equal(in2023.status, 'done_late');
    assert.equal(computeTaskStatus(task, reports, [], at('2024-03-06 09:00')).status, 'overdue');
  });

  it('is due on the last day of short months for a monthly day 31, and 28 February for a yearly 29 February', () => {
    const endOfMonth = {
      recurrence: { kind: 'monthly', day: 31, from: '2026-01-01', to: '2026-12-31' } as Recurrence,
      target: null,
    };
    const feb = computeTaskStatus(endOfMonth, [done('2026-01-31', vn('2026-01-30 09:00'))], [], at('2026-03-01 00:00'));
    assert.deepEqual(
      feb.occurrences.slice(0, 4).map((o) => [o.key, o.status]),
      [
        ['2026-01-31', 'done_on_time'],
        ['2026-02-28', 'overdue'],
        ['2026-03-31', 'not_due'],
        ['2026-04-30', 'not_due'],
      ],
    );
    const leapDay = {
      recurrence: { kind: 'yearly', month: 2, day: 29, from: '2027-01-01', to: '2028-12-31' } as Recurrence,
      target: null,
    };
    const result = computeTaskStatus(
      leapDay,
      [done('2027-02-28', vn('2027-02-28 23:59:59'))],
      [],
      at('2027-03-01 08:00'),
    );
    assert.deepEqual(
      result.occurrences.map((o) => [o.key, o.status]),
      [
        ['2027-02-28', 'done_on_time'],
        ['2028-02-29', 'not_due'],
      ],
    );
  });

  it('has no status to report for a recurrence without occurrences', () => {
    const result = computeTaskStatus(
      { recurrence: { kind: 'daily', from: '2026-12-31', to: '2026-01-01' }, target: 2 },
      [],
      [],
      at('2026-06-01 09:00'),
    );
    assert.deepEqual(result, { status: 'not_due', occurrences: [], actual: 0, target: 0, doneAt: null });
  });
});

describe('summarise', () => {
  it('counts tasks by status, with every status present', () => {
    assert.deepEqual(summarise(['overdue', 'done_on_time', 'overdue', 'in_progress', 'done_late', 'overdue']), {
      not_due: 0,
      in_progress: 1,
      done_on_time: 1,
      done_late: 1,
      overdue: 3,
      total: 6,
    });
    assert.deepEqual(summarise([]), {
      not_due: 0,
      in_progress: 0,
      done_on_time: 0,
      done_late: 0,
      overdue: 0,
      total: 0,
    });
  });

  it('labels statuses in Vietnamese (NFC)', () => {
    assert.equal(taskStatusLabels.done_late, 'Hoàn thành quá hạn');
    for (const label of Object.values(taskStatusLabels)) assert.equal(label, label.normalize('NFC'));
  });
});
