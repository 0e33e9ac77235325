// Which occurrences a task's page lists and how it counts them: the days that have come (and any
// reported ahead), newest first, a missed day counted even when it is on no page being shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OccurrenceStatus, TaskStatus } from '../task-status.js';
import { listOccurrencePage } from './occurrence-filter.js';

const occurrence = (key: string, status: TaskStatus): OccurrenceStatus => ({
  key,
  dueAt: `${key}T16:59:59.999Z`,
  status,
  actual: 0,
  target: null,
  doneAt: null,
});

// Ten days in June; now is 08/06 noon in Vietnam: 01–07 are closed, 08 is today, 09–10 to come.
const days: OccurrenceStatus[] = [
  occurrence('2024-06-01', 'done_on_time'),
  occurrence('2024-06-02', 'overdue'),
  occurrence('2024-06-03', 'done_late'),
  occurrence('2024-06-04', 'done_on_time'),
  occurrence('2024-06-05', 'overdue'),
  occurrence('2024-06-06', 'done_on_time'),
  occurrence('2024-06-07', 'done_on_time'),
  occurrence('2024-06-08', 'not_due'),
  occurrence('2024-06-09', 'in_progress'),
  occurrence('2024-06-10', 'not_due'),
];
const now = '2024-06-08T05:00:00.000Z';
const keys = (l: { shown: OccurrenceStatus[] }) => l.shown.map((o) => o.key.slice(8));

describe('the occurrences a task page lists', () => {
  it('lists the days that have come and any reported ahead, newest first, counted per state', () => {
    const all = listOccurrencePage(days, now, 'tat-ca', { page: 1, perPage: 31 });
    assert.deepEqual(keys(all), ['09', '07', '06', '05', '04', '03', '02', '01']);
    assert.deepEqual(all.counts, { 'tat-ca': 8, 'bo-lo': 2, 'nop-muon': 1, 'da-xong': 4, open: 1 });
  });

  it('filters by state and pages within the filter, keeping the counts of the whole task', () => {
    const missed = listOccurrencePage(days, now, 'bo-lo', { page: 1, perPage: 31 });
    assert.deepEqual(keys(missed), ['05', '02']);
    assert.equal(missed.matching, 2);
    assert.deepEqual(keys(listOccurrencePage(days, now, 'nop-muon', { page: 1, perPage: 31 })), ['03']);
    const done = listOccurrencePage(days, now, 'da-xong', { page: 2, perPage: 3 });
    assert.deepEqual(keys(done), ['01']);
    assert.equal(done.matching, 4);
    assert.equal(done.counts['bo-lo'], 2, 'the missed days are counted on every page and filter');
  });

  it('lists nothing past the last page', () => {
    assert.deepEqual(listOccurrencePage(days, now, 'tat-ca', { page: 3, perPage: 4 }).shown, []);
  });
});
