// The morning brief's service: create, change (a published one only with a reason, logged),
// publish (which feeds the chosen daily plan task once per day), the feed setting, and the reads
// (brief-reads.ts). Every saved version is kept; every change readers see clears the public pages.
// The parts: brief-kit.ts (what they share), brief-writes.ts, brief-publishing.ts.
import type { Db } from '../../database.js';
import type { Clock } from '../../platform/clock.js';
import type { KeepInMemory } from '../../platform/content/listed-content.js';
import type { AuditLog, Role } from '../accounts/index.js';
import { createBriefKit } from './brief-kit.js';
import { publishBrief, readTaskSetting, setTask } from './brief-publishing.js';
import { importPublished, type PublishedEntry } from './brief-import.js';
import { createBrief, updateBrief } from './brief-writes.js';
import type { Brief } from './brief-items.js';

export interface BriefActor {
  id: number;
  name: string;
  email: string;
  roles: readonly Role[];
  unitId: number | null;
}

export interface BriefContext {
  actor: BriefActor;
  requestId: string;
}

/** A published portal article as an item needs it. */
export interface PickedArticle {
  id: number;
  title: string;
  url: string;
  lead: string;
}

/** The plan tracker, as the composition root hands it over (the briefs module does not import plans). */
export interface BriefTracker {
  listDailyTasks(): Promise<Array<{ id: number; title: string }>>;
  /**
   * Files each day's report (at `filedAt`, its publication) unless the day has one; answers per
   * day 'filed', 'already_reported', 'no_occurrence' or 'closed'.
   */
  fileReports(
    ctx: BriefContext,
    taskId: number,
    entries: Array<{ day: string; body: string; filedAt: string }>,
  ): Promise<string[]>;
}

export interface BriefsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  onContentChanged: () => void;
  siteUrl: string;
  siteName: () => string;
  /** The published articles among these ids (the articles module's rule), in the order asked. */
  findArticles: (ids: number[]) => Promise<PickedArticle[]>;
  tracker?: BriefTracker;
  /** Search keeps the published briefs in memory with this while the content stays. */
  keepInMemory: KeepInMemory;
  logError?: (err: unknown, message: string) => void;
}

export function createBriefs(deps: BriefsDeps) {
  const kit = createBriefKit(deps);
  return {
    ...kit.reads,
    create: (ctx: BriefContext, sent: unknown): Promise<Brief> => createBrief(kit, ctx, sent),
    /** Saves a change; a published brief keeps its day and needs a reason, which is logged. */
    update: (ctx: BriefContext, id: number, sent: unknown): Promise<Brief> => updateBrief(kit, ctx, id, sent),
    /** Publishes a draft (today's or an earlier day's, with at least one item); again is harmless. */
    publish: (ctx: BriefContext, id: number): Promise<Brief> => publishBrief(kit, ctx, id),
    /** Published briefs of past days brought in at once (a demo, an old portal's archive); feeds the task. */
    importPublished: (ctx: BriefContext, entries: PublishedEntry[]) => importPublished(kit, ctx, entries),
    taskSetting: () => readTaskSetting(kit),
    setTask: (ctx: BriefContext, taskId: number | null) => setTask(kit, ctx, taskId),
  };
}

export type BriefsService = ReturnType<typeof createBriefs>;
