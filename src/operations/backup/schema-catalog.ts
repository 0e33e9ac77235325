// What tables congtin's database holds, read from the database itself (so from the migrations
// that made it), never from a hand-kept list: a table a future migration adds is backed up
// without anyone remembering to add it here.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import { OPINION_TABLES } from '../../modules/opinion/index.js';
import { insertOrder, type TableShape } from './table-order.js';

/** Kysely's own bookkeeping: the manifest records the schema version instead. */
export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

// Left out of the archive on purpose: sessions (a restored install starts with everyone logged
// out, and an archive that leaks holds no live session), and the login throttle's counters,
// which only matter for the next few minutes. Nor the search index: it is made from the articles
// (their triggers queue each restored article, and the app indexes them at its next start). Nor
// the content version: a number that only tells running nodes something changed; the migration
// makes its row and the restored rows' triggers count it up.
export const NOT_BACKED_UP = new Set([
  ...MIGRATION_TABLES,
  'sessions',
  'login_failures',
  'login_locks',
  'search_postings',
  'search_docs',
  'search_dirty',
  'search_stats',
  'content_version',
]);

// Also left out of a backup marked public (`npm run backup -- --public`): the restricted
// public-opinion reports and their cases, and the audit log, which records who read which of them.
export const NOT_IN_PUBLIC_BACKUP = new Set<string>([...OPINION_TABLES, 'audit_log']);

/** Every ordinary table (SQLite's own, FTS5's virtual and shadow tables left out). */
export async function listTables(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_list
          where schema = 'main' and type = 'table' and name not like 'sqlite\\_%' escape '\\'`.execute(db)
      : await sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

async function sqliteShape(db: Kysely<any>, name: string): Promise<TableShape> {
  // table_info leaves generated columns out, as the export must.
  const columns = await sql<{
    name: string;
    pk: number;
  }>`select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
  const keys = await sql<{
    from: string;
    table: string;
  }>`select "from", "table" from pragma_foreign_key_list(${name})`.execute(db);
  return {
    name,
    columns: columns.rows.map((c) => c.name),
    primaryKey: columns.rows
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name),
    references: keys.rows.map((k) => ({ column: k.from, table: k.table })),
  };
}

async function postgresShape(db: Kysely<any>, name: string): Promise<TableShape> {
  const columns = await sql<{ name: string }>`select column_name as name from information_schema.columns
      where table_schema = current_schema() and table_name = ${name} and is_generated = 'NEVER'
      order by ordinal_position`.execute(db);
  const primaryKey = await sql<{ name: string }>`select a.attname as name from pg_index i
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = ${name}::regclass and i.indisprimary
      order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const keys = await sql<{ column: string; table: string }>`select a.attname as column, ref.relname as table
      from pg_constraint c
      join pg_class ref on ref.oid = c.confrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.conrelid = ${name}::regclass`.execute(db);
  return {
    name,
    columns: columns.rows.map((c) => c.name),
    primaryKey: primaryKey.rows.map((c) => c.name),
    references: keys.rows.map((k) => ({ column: k.column, table: k.table })),
  };
}

/** The tables a backup holds, in insert order, with their columns and keys. */
export async function backedUpTables(db: Kysely<any>, dialect: Dialect): Promise<TableShape[]> {
  const names = (await listTables(db, dialect)).filter((name) => !NOT_BACKED_UP.has(name));
  const shapes: TableShape[] = [];
  for (const name of names) shapes.push(await (dialect === 'sqlite' ? sqliteShape(db, name) : postgresShape(db, name)));
  return insertOrder(shapes);
}

/** The last migration applied, or undefined when the database has none. */
export async function schemaVersion(db: Kysely<any>, dialect: Dialect): Promise<string | undefined> {
  if (!(await listTables(db, dialect)).includes('kysely_migration')) return undefined;
  const last = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return last.rows[0]?.name;
}

/** A double-quoted identifier (table names come from the catalog or a checked manifest). */
export const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** The SELECT that reads a table for export: parents before children in a tree table. */
export function exportQuery(table: TableShape, parentColumn: string | undefined): string {
  const t = quoted(table.name);
  const columns = table.columns.map((c) => `${t}.${quoted(c)}`).join(', ');
  const order = table.primaryKey.map((c) => `${t}.${quoted(c)}`).join(', ');
  if (!parentColumn) return `select ${columns} from ${t}${order ? ` order by ${order}` : ''}`;
  const p = quoted(parentColumn);
  return `with recursive tree(id, depth) as (
      select id, 0 from ${t} where ${p} is null
      union all select child.id, tree.depth + 1 from ${t} child join tree on child.${p} = tree.id)
    select ${columns} from ${t} join tree on tree.id = ${t}.id order by tree.depth, ${t}.id`;
}
