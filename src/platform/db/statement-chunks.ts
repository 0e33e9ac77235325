// Rows or keys cut into parts small enough for one statement each: SQLite binds at most 32,766
// parameters per statement, PostgreSQL 65,535; a part's size is chosen by the caller from how
// many parameters each item takes.
export function statementChunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
