// Which of a recurring task's occurrences its page lists: the ones whose day has come (and any
// already reported ahead), newest first, counted per state so a missed day is never hidden behind
// a page of green ones. Pure: the page and the tests share it.
import type { OccurrenceStatus, TaskStatus } from '../task-status.js';

/** The filters as they appear in the address (?ky=…). */
export const OCCURRENCE_FILTERS = ['tat-ca', 'bo-lo', 'nop-muon', 'da-xong'] as const;
export type OccurrenceFilter = (typeof OCCURRENCE_FILTERS)[number];

const STATE_OF: Record<Exclude<OccurrenceFilter, 'tat-ca'>, TaskStatus> = {
  'bo-lo': 'overdue',
  'nop-muon': 'done_late',
  'da-xong': 'done_on_time',
};

export interface OccurrenceListing {
  /** The occurrences of this filter and page, newest first. */
  shown: OccurrenceStatus[];
  /** How many the filter matches in all (for the pagination). */
  matching: number;
  /** Occurrences listed under "all", and per state. */
  counts: Record<OccurrenceFilter, number> & { open: number };
}

/** Whether an occurrence belongs on the page at all: its day has come, or it has a report already. */
export const isListed = (o: OccurrenceStatus, nowIso: string) => o.dueAt <= nowIso || o.status !== 'not_due';

export function listOccurrencePage(
  occurrences: readonly OccurrenceStatus[],
  nowIso: string,
  filter: OccurrenceFilter,
  page: { page: number; perPage: number },
): OccurrenceListing {
  const listed = occurrences.filter((o) => isListed(o, nowIso)).reverse();
  const counts = { 'tat-ca': listed.length, 'bo-lo': 0, 'nop-muon': 0, 'da-xong': 0, open: 0 };
  for (const o of listed) {
    if (o.status === 'overdue') counts['bo-lo']++;
    else if (o.status === 'done_late') counts['nop-muon']++;
    else if (o.status === 'done_on_time') counts['da-xong']++;
    else counts.open++;
  }
  const matching = filter === 'tat-ca' ? listed : listed.filter((o) => o.status === STATE_OF[filter]);
  const start = (page.page - 1) * page.perPage;
  return { shown: matching.slice(start, start + page.perPage), matching: matching.length, counts };
}
