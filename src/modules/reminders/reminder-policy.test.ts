import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endOfVietnamDate } from '../../platform/time/vietnam-time.js';
import { daysBetween, notificationsFor, reminderText, type DueOccurrence } from './reminder-policy.js';

const occurrence = (date: string, kind: DueOccurrence['kind'], unitIds = [7]): DueOccurrence => ({
  taskId: 12,
  title: 'Hội nghị báo cáo viên',
  planNumber: '132/KH-ĐUK',
  occurrenceKey: date,
  dueAt: endOfVietnamDate(date),
  kind,
  unitIds,
});
const window = { daysAhead: 3, overdueDays: 30 };

describe('reminder policy', () => {
  it('counts calendar days across months and years', () => {
    assert.equal(daysBetween('2026-11-27', '2026-11-29'), 2);
    assert.equal(daysBetween('2026-12-30', '2027-01-02'), 3);
    assert.equal(daysBetween('2026-03-01', '2026-02-28'), -1);
  });

  it('reminds what falls due today up to daysAhead calendar days, not one day more', () => {
    const rows = notificationsFor(
      ['2026-11-27', '2026-11-30', '2026-12-01'].map((d) => occurrence(d, 'due_soon')),
      '2026-11-27',
      window,
      '2026-11-27T00:00:00.000Z',
    );
    assert.deepEqual(
      rows.map((r) => r.occurrence_key),
      ['2026-11-27', '2026-11-30'],
    );
  });

  it('reminds overdue occurrences up to overdueDays late; older ones are left to the dashboards', () => {
    const rows = notificationsFor(
      ['2026-10-28', '2026-10-27'].map((d) => occurrence(d, 'overdue')),
      '2026-11-27',
      window,
      '2026-11-27T00:00:00.000Z',
    );
    assert.deepEqual(
      rows.map((r) => r.occurrence_key),
      ['2026-10-28'],
    );
  });

  it('gives each unit of the task its own notification, once, linking to the task', () => {
    const rows = notificationsFor(
      [occurrence('2026-11-29', 'due_soon', [7, 9, 7])],
      '2026-11-27',
      window,
      '2026-11-27T00:00:00.000Z',
    );
    assert.deepEqual(
      rows.map((r) => r.unit_id),
      [7, 9],
    );
    assert.equal(rows[0]!.link, '/quan-tri/nhiem-vu/12');
    assert.equal(rows[0]!.day, '2026-11-27');
  });

  it('says in Vietnamese when the task falls due, dates dd/mm/yyyy', () => {
    assert.equal(
      reminderText(occurrence('2026-11-29', 'due_soon'), '2026-11-27'),
      'Nhiệm vụ “Hội nghị báo cáo viên” (Kế hoạch số 132/KH-ĐUK) đến hạn ngày 29/11/2026, còn 2 ngày.',
    );
    assert.equal(
      reminderText(occurrence('2026-11-27', 'due_soon'), '2026-11-27'),
      'Nhiệm vụ “Hội nghị báo cáo viên” (Kế hoạch số 132/KH-ĐUK) đến hạn hôm nay, ngày 27/11/2026.',
    );
    assert.equal(
      reminderText(occurrence('2026-11-22', 'overdue'), '2026-11-27'),
      'Nhiệm vụ “Hội nghị báo cáo viên” (Kế hoạch số 132/KH-ĐUK) đã quá hạn 5 ngày (hạn ngày 22/11/2026).',
    );
  });
});
