// The postings of the words searched most, kept in memory between searches while the index stays
// the same. A common word's postings are ~100 KB at 100,000 articles; read from PostgreSQL they
// cost ~2 ms of transfer and parsing per search, most of a search's time there. The index's
// generation (search_stats, counted up by every change, on any node) says when they went stale:
// the whole cache is dropped then. Least recently used words leave first once over budget.
import type { PostingRow } from './search-index.queries.js';

export class PostingsCache {
  private generation = -1;
  private readonly entries = new Map<string, PostingRow[]>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Rows of the cached words whose generation is not yet confirmed (checked by the caller). */
  peek(key: string): { rows: PostingRow[]; generation: number } | undefined {
    const rows = this.entries.get(key);
    return rows ? { rows, generation: this.generation } : undefined;
  }

  /** Keeps a word's rows, read at `generation` (all rows of one read share it). */
  set(key: string, rows: PostingRow[], generation: number): void {
    if (generation !== this.generation) this.clear(generation);
    const size = rows.reduce((n, r) => n + r.data.byteLength + 64, 0);
    if (size > this.maxBytes / 4) return; // one word must not push out everything else
    const old = this.entries.get(key);
    if (old) this.bytes -= old.reduce((n, r) => n + r.data.byteLength + 64, 0);
    this.entries.delete(key);
    this.entries.set(key, rows);
    this.bytes += size;
    for (const [oldest, oldRows] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= oldRows.reduce((n, r) => n + r.data.byteLength + 64, 0);
    }
  }

  clear(generation: number): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation = generation;
  }
}
