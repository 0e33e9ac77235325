// The home page's window of "due this week" (Vietnam time) and its one line per task.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeTaskStatus } from '../task-status.js';
import type { Plan, TaskView } from '../plans.types.js';
import { deadlinesOf, deadlineWindow } from './home-facts.js';

describe('deadlineWindow', () => {
  it('looks to Sunday night of this Vietnam week from Monday to Friday', () => {
    // Friday 27/11/2026 23:30 in Vietnam (16:30 UTC).
    const { end, nextWeekToo } = deadlineWindow(new Date('2026-11-27T16:30:00Z'));
    assert.equal(nextWeekToo, false);
    assert.equal(end.toISOString(), '2026-11-29T17:00:00.000Z'); // Monday 30/11 00:00 in Vietnam
  });

  it('on a Saturday or a Sunday, also to the end of the next week', () => {
    // Saturday 28/11/2026 00:30 in Vietnam is still Friday in UTC.
    for (const at of ['2026-11-27T17:30:00Z', '2026-11-29T16:59:00Z']) {
      const { end, nextWeekToo } = deadlineWindow(new Date(at));
      assert.equal(nextWeekToo, true, at);
      assert.equal(end.toISOString(), '2026-12-06T17:00:00.000Z', at);
    }
  });
});

describe('deadlinesOf', () => {
  const plan = { id: 1, number: '9/KH', year: 2026 } as Plan;
  const now = new Date('2026-11-24T02:00:00Z'); // Tuesday 24/11, 09:00 in Vietnam
  const daily = {
    id: 5,
    planId: 1,
    title: 'Cập nhật hằng ngày',
    closedAt: null,
    status: computeTaskStatus(
      { recurrence: { kind: 'daily', from: '2026-11-20', to: '2026-11-30' }, target: null },
      [],
      [],
      now,
    ),
  } as unknown as TaskView;

  it('puts a daily task once in each list, with the number of its occurrences there', () => {
    const lines = deadlinesOf([daily], new Map([[1, plan]]), now);
    const due = lines.find((l) => !l.overdue)!;
    const missed = lines.find((l) => l.overdue)!;
    assert.equal(lines.length, 2);
    assert.equal(due.occurrenceKey, '2026-11-24', 'the soonest one still in time');
    assert.equal(due.occurrences, 6, '24/11 to 29/11');
    assert.equal(missed.occurrenceKey, '2026-11-23', 'the latest one missed');
    assert.equal(missed.occurrences, 4, '20/11 to 23/11');
  });

  it('leaves out a closed task', () => {
    assert.deepEqual(deadlinesOf([{ ...daily, closedAt: '2026-11-22T00:00:00Z' }], new Map([[1, plan]]), now), []);
  });
});
