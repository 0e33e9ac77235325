// Rows → the tree in reading order (each unit followed by its subunits), with depth and the
// names from the root down. Pure, so the service and the import share it and tests need no database.
import type { UnitRow } from './units.tables.js';

export interface Unit {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string;
  /** The English name for /en/organisation; '' when none is given. */
  nameEn: string;
  /** 'YYYY-MM-DD' or null. */
  foundedOn: string | null;
  address: string;
  phone: string;
  email: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface UnitNode extends Unit {
  /** 0 for the root. */
  depth: number;
  /** Names from the root down to this unit, itself included. */
  path: string[];
}

const collator = new Intl.Collator('vi');

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    shortName: row.short_name,
    nameEn: row.name_en,
    foundedOn: row.founded_on,
    address: row.address,
    phone: row.phone,
    email: row.email,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Siblings by position, then name as Vietnamese sorts it. */
export function buildTree(units: Unit[]): UnitNode[] {
  const children = new Map<number | null, Unit[]>();
  for (const unit of units)
    (children.get(unit.parentId) ?? children.set(unit.parentId, []).get(unit.parentId)!).push(unit);
  for (const list of children.values())
    list.sort((a, b) => a.position - b.position || collator.compare(a.name, b.name) || a.id - b.id);
  const out: UnitNode[] = [];
  // Iterative: a deep tree cannot overflow the stack, and the service never lets a cycle in.
  const stack: Array<{ unit: Unit; depth: number; path: string[] }> = (children.get(null) ?? [])
    .map((unit) => ({ unit, depth: 0, path: [unit.name] }))
    .reverse();
  while (stack.length > 0) {
    const { unit, depth, path } = stack.pop()!;
    out.push({ ...unit, depth, path });
    const below = children.get(unit.id) ?? [];
    for (let i = below.length - 1; i >= 0; i--)
      stack.push({ unit: below[i]!, depth: depth + 1, path: [...path, below[i]!.name] });
  }
  return out;
}

/** The units below `id` at any depth (not `id` itself), in tree order. */
export function descendantsIn(tree: UnitNode[], id: number): UnitNode[] {
  const start = tree.findIndex((u) => u.id === id);
  if (start === -1) return [];
  const out: UnitNode[] = [];
  // In reading order a unit's subtree is the run of deeper nodes right after it.
  for (let i = start + 1; i < tree.length && tree[i]!.depth > tree[start]!.depth; i++) out.push(tree[i]!);
  return out;
}
