// Periods, deadlines and closing in Vietnam time: the edges a unit notices (the last minute of
// the deadline day, a December period due in January, quarters).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  closingDayOf,
  deadlineOf,
  filingStatus,
  isPeriodOpen,
  openPeriods,
  periodOfDay,
  periodToReview,
  previousPeriod,
  recentPeriods,
} from './opinion-periods.js';

const monthly = { kind: 'month' as const, deadlineDay: 5, graceDays: 10 };

describe('opinion periods', () => {
  it('names the month or quarter of a Vietnam date, and the one before', () => {
    assert.equal(periodOfDay('month', '2026-11-30'), '2026-11');
    assert.equal(periodOfDay('quarter', '2026-11-30'), '2026-Q4');
    assert.equal(previousPeriod('2026-01'), '2025-12');
    assert.equal(previousPeriod('2026-Q1'), '2025-Q4');
    assert.deepEqual(recentPeriods('month', new Date('2026-02-28T18:00:00Z'), 3), ['2026-03', '2026-02', '2026-01']);
  });

  it('puts the deadline in the month after the period, and closes it after the grace days', () => {
    assert.equal(deadlineOf('2026-12', monthly), '2027-01-05');
    assert.equal(deadlineOf('2026-Q3', { deadlineDay: 10 }), '2026-10-10');
    assert.equal(closingDayOf('2026-11', monthly), '2026-12-15');
    assert.equal(closingDayOf('2026-02', { ...monthly, graceDays: 30 }), '2026-04-04');
  });

  it('is on time until 23:59:59 of the deadline day in Vietnam, late after', () => {
    assert.equal(filingStatus('2026-11', monthly, '2026-12-05T16:59:59.999Z', new Date()), 'on_time');
    assert.equal(filingStatus('2026-11', monthly, '2026-12-05T17:00:00.000Z', new Date()), 'late');
    assert.equal(filingStatus('2026-11', monthly, undefined, new Date('2026-12-05T16:59:59Z')), 'not_due');
    assert.equal(filingStatus('2026-11', monthly, undefined, new Date('2026-12-05T17:00:00Z')), 'missing');
  });

  it('opens a period on its first Vietnam day and closes it at the end of the closing day', () => {
    assert.equal(isPeriodOpen('2026-12', monthly, new Date('2026-11-30T16:59:59Z')), false);
    assert.equal(isPeriodOpen('2026-12', monthly, new Date('2026-11-30T17:00:00Z')), true);
    assert.equal(isPeriodOpen('2026-11', monthly, new Date('2026-12-15T16:59:59Z')), true);
    assert.equal(isPeriodOpen('2026-11', monthly, new Date('2026-12-15T17:00:00Z')), false);
    assert.deepEqual(openPeriods(monthly, new Date('2026-12-10T03:00:00Z')), ['2026-12', '2026-11']);
    assert.equal(periodToReview(monthly, new Date('2026-12-10T03:00:00Z')), '2026-11');
  });
});
