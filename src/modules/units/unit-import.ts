// Checks a sheet of units against the tree before anything is written: every problem is found
// (with its row number), not only the first, and the new units come out parents-first, so a
// child may stand above its parent in the sheet. Pure: the service runs it inside its transaction.
import { cleanText, nameKey, unitSheetRowSchema } from './units.schema.js';
import type { UnitNode } from './unit-tree.js';
import { unitsImportText } from './units-import.vi.js';

const say = unitsImportText.problems;

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  name: string;
  /** "Trực thuộc": a parent's name or short name; '' for the root. */
  parent: string;
  shortName: string;
  /** A date cell, or text such as "05/03/1948", or null when empty. */
  foundedOn: Date | string | null;
}

export interface ImportProblem {
  row: number;
  message: string;
}

export type ParentRef = { kind: 'existing'; id: number } | { kind: 'planned'; index: number };

export interface PlannedUnit {
  row: number;
  name: string;
  shortName: string;
  foundedOn: string | null;
  parent: ParentRef;
}

type Candidate = { kind: 'existing'; unit: UnitNode } | { kind: 'row'; index: number };

/** A sheet row's names as they are compared: NFC, spaces made one. */
interface CleanRow {
  row: number;
  name: string;
  parent: string;
  shortName: string;
}

type Report = (row: number, message: string) => void;

const cleanRow = (r: SheetRow): CleanRow => ({
  row: r.row,
  name: cleanText(r.name),
  parent: cleanText(r.parent),
  shortName: cleanText(r.shortName),
});

/** Anything a "Trực thuộc" cell may name, by name and short name: the units already there and the sheet's own rows. */
function candidatesByKey(existing: UnitNode[], rows: CleanRow[]): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  const addKey = (key: string, candidate: Candidate) => {
    if (key === '') return;
    const list = byKey.get(key) ?? byKey.set(key, []).get(key)!;
    const same = list.some((c) =>
      c.kind === 'existing' && candidate.kind === 'existing'
        ? c.unit.id === candidate.unit.id
        : c.kind === 'row' && candidate.kind === 'row' && c.index === candidate.index,
    );
    if (!same) list.push(candidate);
  };
  for (const unit of existing) {
    addKey(nameKey(unit.name), { kind: 'existing', unit });
    addKey(nameKey(unit.shortName), { kind: 'existing', unit });
  }
  rows.forEach((r, index) => {
    addKey(nameKey(r.name), { kind: 'row', index });
    addKey(nameKey(r.shortName), { kind: 'row', index });
  });
  return byKey;
}

/** The one unit the row's "Trực thuộc" cell names (the root when it is empty), or why there is none. */
function resolveParent(
  r: CleanRow,
  index: number,
  byKey: Map<string, Candidate[]>,
  root: UnitNode | undefined,
): ParentRef | { problem: string } {
  if (r.parent === '') return root ? { kind: 'existing', id: root.id } : { problem: say.noRoot };
  const matches = (byKey.get(nameKey(r.parent)) ?? []).filter((c) => !(c.kind === 'row' && c.index === index));
  if (matches.length === 0) {
    const self = nameKey(r.parent) === nameKey(r.name) || nameKey(r.parent) === nameKey(r.shortName);
    return { problem: self ? say.parentIsSelf : say.parentNotFound(r.parent) };
  }
  if (matches.length > 1) return { problem: say.parentAmbiguous(r.parent, matches.length) };
  const match = matches[0]!;
  return match.kind === 'existing' ? { kind: 'existing', id: match.unit.id } : { kind: 'planned', index: match.index };
}

/** Duplicates: against the units already under the same parent, and between rows of the sheet. */
function reportDuplicates(
  rows: CleanRow[],
  parents: Array<ParentRef | undefined>,
  existing: UnitNode[],
  report: Report,
) {
  const nameOfParent = (ref: ParentRef) =>
    ref.kind === 'existing' ? existing.find((u) => u.id === ref.id)!.name : rows[ref.index]!.name;
  const firstRowOf = new Map<string, number>();
  rows.forEach((r, index) => {
    const parent = parents[index];
    if (!parent || r.name === '') return;
    if (
      parent.kind === 'existing' &&
      existing.some((u) => u.parentId === parent.id && nameKey(u.name) === nameKey(r.name))
    ) {
      report(r.row, say.existsUnder(r.name, nameOfParent(parent)));
      return;
    }
    const key = `${parent.kind}:${parent.kind === 'existing' ? parent.id : parent.index}:${nameKey(r.name)}`;
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, r.row);
    else report(r.row, say.sameAsRow(first, r.name, nameOfParent(parent)));
  });
}

/** The rows' indexes, parents first; rows whose parent never comes are left out. */
function parentsFirst(parents: Array<ParentRef | undefined>): number[] {
  const order: number[] = [];
  const placed = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    parents.forEach((parent, index) => {
      if (placed.has(index) || !parent) return;
      if (parent.kind === 'existing' || placed.has(parent.index)) {
        placed.add(index);
        order.push(index);
        progress = true;
      }
    });
  }
  return order;
}

/**
 * Rows left out of the parents-first order either hang below a row with a problem (already
 * listed) or go round in a circle: those are listed here.
 */
function reportCycles(rows: CleanRow[], parents: Array<ParentRef | undefined>, order: number[], report: Report) {
  const placed = new Set(order);
  rows.forEach((r, index) => {
    if (placed.has(index) || !parents[index]) return;
    const seen = new Set<number>();
    let at: number | undefined = index;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      const parent: ParentRef | undefined = parents[at];
      at = parent?.kind === 'planned' ? parent.index : undefined;
    }
    if (at === index) report(r.row, say.cycle(r.name));
  });
}

/** The units in parents-first order, planned parents renumbered to positions in that order. */
function plannedUnits(
  rows: CleanRow[],
  foundedOn: Array<string | null>,
  parents: Array<ParentRef | undefined>,
  order: number[],
): PlannedUnit[] {
  const newIndex = new Map(order.map((sheetIndex, i) => [sheetIndex, i]));
  return order.map((sheetIndex) => {
    const r = rows[sheetIndex]!;
    const parent = parents[sheetIndex]!;
    return {
      row: r.row,
      name: r.name,
      shortName: r.shortName,
      foundedOn: foundedOn[sheetIndex] ?? null,
      parent: parent.kind === 'existing' ? parent : { kind: 'planned' as const, index: newIndex.get(parent.index)! },
    };
  });
}

export function planImport(
  rows: SheetRow[],
  existing: UnitNode[],
  today: string,
): { problems: ImportProblem[]; units: PlannedUnit[] } {
  const problems: ImportProblem[] = [];
  const report: Report = (row, message) => {
    problems.push({ row, message });
  };
  const cleaned = rows.map(cleanRow);
  const rowSchema = unitSheetRowSchema(today);
  const foundedOn: Array<string | null> = [];
  const byKey = candidatesByKey(existing, cleaned);
  const root = existing.find((u) => u.parentId === null);
  const parents = cleaned.map((r, index): ParentRef | undefined => {
    // The row's own cells (name, lengths, a real date not after today), then its parent.
    const cells = rowSchema.safeParse(rows[index]);
    if (cells.success) foundedOn[index] = cells.data.foundedOn;
    else for (const issue of cells.error.issues) report(r.row, issue.message);
    const parent = resolveParent(r, index, byKey, root);
    if ('problem' in parent) {
      report(r.row, parent.problem);
      return undefined;
    }
    return parent;
  });
  reportDuplicates(cleaned, parents, existing, report);
  const order = parentsFirst(parents);
  reportCycles(cleaned, parents, order, report);
  problems.sort((a, b) => a.row - b.row);
  if (problems.length > 0) return { problems, units: [] };
  return { problems, units: plannedUnits(cleaned, foundedOn, parents, order) };
}
