// The order tables are written in on restore: a table after every table its foreign keys point
// at, so rows can be inserted with the keys checked. Pure, so it is tested on its own.

export interface TableShape {
  name: string;
  /** Columns in the database's order, generated ones (PostgreSQL's search_vector) left out. */
  columns: string[];
  primaryKey: string[];
  /** Foreign keys: the column and the table it points at (possibly the table itself). */
  references: { column: string; table: string }[];
}

/** Tables sorted so that each follows the tables it refers to; ties keep name order. */
export function insertOrder(tables: readonly TableShape[]): TableShape[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const placed = new Set<string>();
  const ordered: TableShape[] = [];
  const visiting = new Set<string>();
  const place = (table: TableShape) => {
    if (placed.has(table.name)) return;
    if (visiting.has(table.name)) throw new Error(`foreign keys form a cycle through ${table.name}`);
    visiting.add(table.name);
    for (const ref of table.references) {
      const target = byName.get(ref.table);
      if (target && target.name !== table.name) place(target);
    }
    visiting.delete(table.name);
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) place(table);
  return ordered;
}

/** The column by which a table points at its own rows (units.parent_id), if it does. */
export function selfReference(table: TableShape): string | undefined {
  const own = table.references.filter((r) => r.table === table.name);
  if (own.length > 1) throw new Error(`${table.name} refers to itself by more than one column`);
  return own[0]?.column;
}
