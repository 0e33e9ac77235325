// Kysely's SQLite driver prepares every query anew: on an uncached article page that was ~7 % of
// the render (sqlite3_prepare for SQL it has seen a thousand times). congtin's queries come from a
// fixed set of builders, so their texts repeat; this keeps the prepared statements by text.
import type SQLite from 'better-sqlite3';

/** Far above the distinct query texts congtin sends (IN lists of varying length add a few). */
const MAX_STATEMENTS = 1000;

/**
 * The database as Kysely's SqliteDialect sees it, preparing each SQL text once. A statement still
 * being iterated (a streamed query) is busy and cannot run again: such a text gets a fresh one.
 */
export function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(text: string): SQLite.Statement {
      const known = statements.get(text);
      if (known && !known.busy) return known;
      const statement = sqlite.prepare(text);
      if (!known) {
        // Oldest first out: a Map iterates in insertion order.
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
    get inTransaction() {
      return sqlite.inTransaction;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

export type CachingSqlite = ReturnType<typeof withStatementCache>;
