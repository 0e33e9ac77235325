// Opens the one database congtin uses: embedded SQLite by default, PostgreSQL when configured.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Dialect } from './dialect.js';
import { type CachingSqlite, withStatementCache } from './sqlite-statement-cache.js';
import { loadPg } from './pg-driver.js';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: Dialect;
  close(): Promise<void>;
  /** PostgreSQL's pool: connections held, idle, and queries waiting for one (for the metrics). */
  poolUse?: () => { total: number; idle: number; waiting: number };
}

const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * On a full disk or an I/O error SQLite rolls the transaction back itself; Kysely's ROLLBACK then
 * fails ("no transaction is active") and that error would hide the real one (SQLITE_FULL), turning
 * an operator's 503 into a 500. So the rollback is skipped when there is nothing left to roll back.
 */
class SqliteDialectKeepingCause extends SqliteDialect {
  constructor(private readonly config: { database: CachingSqlite }) {
    super(config);
  }

  override createDriver() {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.config.database.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

export function openDatabase<DB>(target: DatabaseTarget): DatabaseHandle<DB> {
  if (target.kind === 'postgres') {
    // A server that does not answer (a dropped network) fails a request after 5 s with a 503
    // rather than holding it; once the server is back, the pool's next connection simply works.
    const pool = new (loadPg().Pool)({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client whose connection the server closes (restart, failover) emits 'error' on the
    // pool; unhandled, that would crash the process. The pool replaces the client on next use.
    pool.on('error', (err) =>
      console.error(JSON.stringify({ level: 40, msg: 'idle PostgreSQL connection lost', err: err.message })),
    );
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const poolUse = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    return { db, dialect: 'postgres', close: () => db.destroy(), poolUse };
  }
  if (target.file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a hit acknowledged to the browser must survive a power cut, not only kill -9.
  sqlite.pragma('synchronous = FULL');
  // 8 MB of pages rather than better-sqlite3's 16: a beacon flood writes fresh pages of the visitor
  // log that only ever fill this cache, and reads find the rest in the OS's file cache (random
  // uncached articles over 50,000: no loss measured, bench/RESULTS.md "sixth stop").
  sqlite.pragma('cache_size = -8000');
  // Give the query planner statistics, as SQLite advises for long-lived connections: without
  // them it may read 50,000 rows through the status index to fetch ten articles by id.
  sqlite.pragma('optimize = 0x10002');
  const optimizer = setInterval(() => sqlite.pragma('optimize'), OPTIMIZE_EVERY_MS).unref();
  const db = new Kysely<DB>({ dialect: new SqliteDialectKeepingCause({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      clearInterval(optimizer);
      await db.destroy();
    },
  };
}

export async function pingDatabase(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}
