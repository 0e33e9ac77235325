// The morning briefs, events and documents count the content version up too (migration 029): each
// node keeps what search finds of them in memory while the version stays (their ListedContent),
// so a brief published, an event moved or a document registered through another node, an import
// or a restore shows in search as a change of articles does. An event's count of registrations is
// left out: it changes with every reader who registers, and search shows nothing of it.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';
import { watchContentVersion } from './029-content-version.js';

/** Every column of `events` but `registered_count` (test/http/shared-blocks.test.ts keeps this list whole). */
export const EVENT_COLUMNS_SHOWN = [
  'id',
  'title',
  'kind',
  'starts_at',
  'ends_at',
  'place',
  'unit_id',
  'description',
  'search_f',
  'task_id',
  'capacity',
  'published',
  'held_at',
  'report_id',
  'anniversary_of',
  'anniversary_years',
  'created_at',
  'updated_at',
];

export function listedContentVersionMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await watchContentVersion(db, dialect, [
        ['briefs', null],
        ['events', EVENT_COLUMNS_SHOWN],
        ['documents', null],
      ]);
    },
  };
}
