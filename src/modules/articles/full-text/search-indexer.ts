// Keeps the search index (028-search-index.ts) in step with the articles. Triggers queue every
// change of a published article's text or status in search_dirty; this drains the queue a block
// of article ids at a time: reads the articles' folded text, weighs their words (on a worker when
// the batch is big), and rewrites the postings of the words that changed in that block, in one
// transaction. Several nodes may drain the same queue: on PostgreSQL an advisory lock makes them
// take turns, and each takes only the queue rows it deletes itself; SQLite has one writer.
//
// A search first drains a short queue itself, so an edit is found by the next search on any node.
// A long queue (the first start after the migration, a restore, a big import) is drained in the
// background, batch after batch, while searches answer from the index as it stands.
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../../database.js';
import type { Dialect } from '../../../platform/db/dialect.js';
import type { Logger } from '../../../platform/logger.js';
import { type WorkPool, workerTask } from '../../../platform/workers/work-pool.js';
import { BLOCK_SIZE, blockOf, offsetOf, patchBlock } from './postings-block.js';
import {
  type IndexState,
  readBlockPostings,
  readDirty,
  readIndexedTerms,
  readIndexState,
  readPublishedTexts,
  takeDirty,
  writeBlockPostings,
  writeIndexedTerms,
} from './search-index.queries.js';
import { type FoldedFields, isPrefixTerm, type WeighedArticle, weighArticles, withPrefixes } from './term-weights.js';

/**
 * A queue this short is drained by the search that finds it (a batch of a few hundred articles
 * takes ~0.1 s), so what was just published or imported is found at once; a longer one (after an
 * upgrade, a restore) is left to the background, and searches meanwhile answer from the index as
 * it stands rather than wait for it.
 */
export const INLINE_QUEUE = 1024;
/** Articles per batch: a batch's transaction is short, and a block's common words are rewritten rarely. */
const BATCH_ARTICLES = 512;
const DIRTY_ROWS_READ = 4 * BATCH_ARTICLES;
/** Text weighed on this thread at most; more goes to the worker pool. */
const INLINE_TEXT_CHARS = 64 * 1024;
/** Other nodes' changes and imports are looked for this often. */
const POLL_MS = 2000;
/** This node's own changes are indexed this long after the first of them. */
const NUDGE_DELAY_MS = 100;
/** The advisory lock nodes take turns on (PostgreSQL). */
const INDEXER_LOCK = 28_0001;

const weighTask = workerTask(new URL('./term-weights.js', import.meta.url).href, 'weighArticles', weighArticles);

export interface SearchIndexer {
  /**
   * Before a search: drains a short queue, starts draining a long one. Says how many articles
   * are indexed, and whether this changed the index (what was read meanwhile is then stale).
   */
  catchUp(): Promise<IndexState & { changed: boolean }>;
  /** Drains the whole queue (scripts, benchmarks and tests). */
  drainAll(): Promise<void>;
  /** This node changed content: drain the queue now, in the background, not at the next poll or search. */
  nudge(): void;
  start(): void;
  stop(): Promise<void>;
}

interface Deps {
  db: Db;
  dialect: Dialect;
  work: WorkPool;
  logger?: Logger;
}

/** How each word's postings change in the block: offset → new weight, 0 to remove. */
function changesOf(
  weighed: WeighedArticle[],
  previous: Map<number, string[]>,
  taken: Set<number>,
): Map<string, Map<number, number>> {
  const changes = new Map<string, Map<number, number>>();
  const change = (term: string, articleId: number, weight: number) => {
    const byOffset = changes.get(term) ?? new Map<number, number>();
    changes.set(term, byOffset);
    byOffset.set(offsetOf(articleId), weight);
  };
  // search_docs keeps the words only; their indexed prefixes follow from them.
  for (const articleId of taken)
    for (const term of withPrefixes(previous.get(articleId) ?? [])) change(term, articleId, 0);
  for (const article of weighed)
    for (const [i, term] of article.terms.entries()) change(term, article.id, article.weights[i]!);
  return changes;
}

/** The queue rows of one batch: the first queued article's block, at most BATCH_ARTICLES articles. */
function batchOf(queued: Array<{ id: number; article_id: number }>) {
  const block = blockOf(queued[0]!.article_id);
  const articleIds = new Set<number>();
  const rowIds: number[] = [];
  for (const row of queued) {
    if (blockOf(row.article_id) !== block) continue;
    if (!articleIds.has(row.article_id) && articleIds.size >= BATCH_ARTICLES) continue;
    articleIds.add(row.article_id);
    rowIds.push(row.id);
  }
  return { block, articleIds: [...articleIds], rowIds };
}

/** Rewrites the block's postings of the words that changed, and what each article is indexed under. */
async function writeBatch(trx: Transaction<Database>, block: number, weighed: WeighedArticle[], taken: Set<number>) {
  const current = weighed.filter((a) => taken.has(a.id));
  const previous = await readIndexedTerms(trx, [...taken]);
  const changes = changesOf(current, previous, taken);
  const stored = await readBlockPostings(trx, block, [...changes.keys()]);
  const scratch = new Uint8Array(BLOCK_SIZE);
  const rows = [...changes].map(([term, byOffset]) => ({
    term,
    data: patchBlock(stored.get(term) ?? null, byOffset, scratch),
  }));
  await writeBlockPostings(trx, block, rows);
  const indexedNow = new Set(current.map((a) => a.id));
  const removed = [...taken].filter((id) => !indexedNow.has(id));
  const added = current.filter((a) => !previous.has(a.id)).length;
  const dropped = removed.filter((id) => previous.has(id)).length;
  await writeIndexedTerms(
    trx,
    current.map((a) => ({ articleId: a.id, terms: a.terms.filter((term) => !isPrefixTerm(term)) })),
    removed,
    added - dropped,
  );
}

export function createSearchIndexer({ db, dialect, work, logger }: Deps): SearchIndexer {
  const weigh = async (texts: Array<FoldedFields & { id: number }>) => {
    const chars = texts.reduce((n, t) => n + t.title_f.length + t.lead_f.length + t.body_f.length, 0);
    return chars > INLINE_TEXT_CHARS ? work.run(weighTask, texts) : weighArticles(texts);
  };

  /** Indexes one batch (articles of one block); false when the queue is empty. */
  async function drainBatch(): Promise<boolean> {
    const queued = await readDirty(db, DIRTY_ROWS_READ);
    if (queued.length === 0) return false;
    const { block, articleIds, rowIds } = batchOf(queued);
    // Read and weighed outside the transaction (weighing may wait for a worker); a change made
    // meanwhile has a queue row of its own, taken by the next batch.
    const weighed = await weigh(await readPublishedTexts(db, articleIds));
    await db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${INDEXER_LOCK})`.execute(trx);
      const taken = await takeDirty(trx, rowIds);
      if (taken.size > 0) await writeBatch(trx, block, weighed, taken);
    });
    return true;
  }

  // One drain at a time on this node; callers share the one running.
  let running: Promise<void> | null = null;
  const drain = () => {
    running ??= (async () => {
      try {
        while (await drainBatch()) await new Promise((resolve) => setImmediate(resolve));
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const drainInBackground = () => {
    drain().catch((error: unknown) => logger?.error({ err: error }, 'search index: draining the queue failed'));
  };

  let timer: NodeJS.Timeout | null = null;
  let nudged: NodeJS.Timeout | null = null;
  return {
    async catchUp() {
      const state = await readIndexState(db, INLINE_QUEUE + 1);
      if (state.pending === 0) return { ...state, changed: false };
      if (state.pending > INLINE_QUEUE) {
        drainInBackground();
        return { ...state, changed: false };
      }
      await drain();
      return { ...(await readIndexState(db, 1)), changed: true };
    },
    drainAll: async () => {
      await drain();
      // A drain that was running may have started before the last changes were queued.
      await drain();
    },
    nudge() {
      // Once started (scripts and tests drain by hand), a moment later: a burst of changes (an
      // import, the demo seed) is worked off in a few batches, not a transaction per article.
      if (!timer || nudged) return;
      nudged = setTimeout(() => {
        nudged = null;
        drainInBackground();
      }, NUDGE_DELAY_MS);
      nudged.unref();
    },
    start() {
      timer ??= setInterval(drainInBackground, POLL_MS);
      timer.unref();
      drainInBackground();
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (nudged) clearTimeout(nudged);
      timer = null;
      nudged = null;
      await running?.catch(() => {});
    },
  };
}
