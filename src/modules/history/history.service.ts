// The history workspace's service: books and their outline, sections and their review, and what
// comes out (timeline, .docx, a published chapter), each call checking who asks (history-access.ts).
import type { Clock } from '../../platform/clock.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Db } from '../../database.js';
import { type AuditLog, can } from '../accounts/index.js';
import type { HistoryActor } from './history-access.js';
import { createHistoryAudit } from './history-audit.js';
import { createWriterRoster } from './writer-roster.js';
import { createBookCommands, createOutlineCommands, type ListStaff } from './history-books.js';
import { createOutputs, createPublishing, type PublishArticle } from './history-outputs.js';
import { createReviewCommands, createSectionCommands, createSourceCommands } from './history-sections.js';

export interface HistoryDeps {
  db: Db;
  clock: Clock;
  work: WorkPool;
  audit: AuditLog;
  findImageFile: (src: string) => Promise<string | undefined>;
  listStaff: ListStaff;
  listUnits: () => Promise<Array<{ name: string; foundedOn: string | null }>>;
  listCategories: () => Promise<Array<{ id: number; name: string }>>;
  publishArticle: PublishArticle;
}

export function createHistoryService(historyDeps: HistoryDeps) {
  const roster = createWriterRoster(historyDeps.db);
  const deps = { ...historyDeps, record: createHistoryAudit(historyDeps.audit), roster };
  return {
    /** Reads who is appointed (for the menu): once at start, before the first page. */
    loadWriters: roster.refresh,
    /** Whether the menu offers the workspace: to editors, leaders, and anyone appointed to a book. */
    showsMenu: (actor: HistoryActor) => can(actor.roles, 'history.read_all') || roster.has(actor.id),
    ...createBookCommands(deps),
    ...createOutlineCommands(deps),
    ...createSectionCommands(deps),
    ...createReviewCommands(deps),
    ...createSourceCommands(deps),
    ...createOutputs(deps),
    ...createPublishing(deps),
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
export type { HistoryActor } from './history-access.js';
export type { OutlineNode, BookSummary } from './history-books.js';
export type { HistorySource } from './history-sources.js';
export type { TimelineEntry } from './history-outputs.js';
