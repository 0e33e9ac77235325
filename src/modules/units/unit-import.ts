// Checks a sheet of units against the tree before anything is written: every problem is found
// (with its row number), not only the first, and the new units come out parents-first, so a
// child may stand above its parent in the sheet. Pure: the service runs it inside its transaction.
import { cleanText, nameKey, NAME_MAX, parseFoundingDate, SHORT_NAME_MAX } from './units.schema.js';
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

const chars = (s: string) => [...s].length;
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

function readDate(value: SheetRow['foundedOn']): { iso: string | null } | { error: string } {
  if (value === null) return { iso: null };
  if (value instanceof Date) {
    // Excel keeps a date without a zone; exceljs gives it as that day at 00:00 UTC.
    if (Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1900) return { error: say.dateCellInvalid };
    return { iso: value.toISOString().slice(0, 10) };
  }
  const text = cleanText(value);
  if (text === '') return { iso: null };
  const iso = parseFoundingDate(text);
  return iso ? { iso } : { error: say.dateTextInvalid(text) };
}

export function planImport(
  rows: SheetRow[],
  existing: UnitNode[],
  today: string,
): { problems: ImportProblem[]; units: PlannedUnit[] } {
  const problems: ImportProblem[] = [];
  const report = (row: number, message: string) => {
    problems.push({ row, message });
  };

  const cleaned = rows.map((r) => ({
    row: r.row,
    name: cleanText(r.name),
    parent: cleanText(r.parent),
    shortName: cleanText(r.shortName),
    date: readDate(r.foundedOn),
  }));

  // Anything a "Trực thuộc" cell may name: the units already there and the sheet's own rows.
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
  cleaned.forEach((r, index) => {
    addKey(nameKey(r.name), { kind: 'row', index });
    addKey(nameKey(r.shortName), { kind: 'row', index });
  });
  const root = existing.find((u) => u.parentId === null);

  const parents: Array<ParentRef | undefined> = cleaned.map((r, index) => {
    if (r.name === '') report(r.row, say.nameMissing);
    else if (chars(r.name) > NAME_MAX) report(r.row, say.nameTooLong(NAME_MAX));
    if (chars(r.shortName) > SHORT_NAME_MAX) report(r.row, say.shortNameTooLong(SHORT_NAME_MAX));
    if ('error' in r.date) report(r.row, r.date.error);
    else if (r.date.iso !== null && r.date.iso > today) report(r.row, say.foundedInFuture(vnDate(r.date.iso)));

    if (r.parent === '') {
      if (root) return { kind: 'existing', id: root.id };
      report(r.row, say.noRoot);
      return undefined;
    }
    const matches = (byKey.get(nameKey(r.parent)) ?? []).filter((c) => !(c.kind === 'row' && c.index === index));
    if (matches.length === 0) {
      const self = nameKey(r.parent) === nameKey(r.name) || nameKey(r.parent) === nameKey(r.shortName);
      report(r.row, self ? say.parentIsSelf : say.parentNotFound(r.parent));
      return undefined;
    }
    if (matches.length > 1) {
      report(r.row, say.parentAmbiguous(r.parent, matches.length));
      return undefined;
    }
    const match = matches[0]!;
    return match.kind === 'existing'
      ? { kind: 'existing', id: match.unit.id }
      : { kind: 'planned', index: match.index };
  });

  // Duplicates: against the units already under the same parent, and between rows of the sheet.
  const nameOfParent = (ref: ParentRef) =>
    ref.kind === 'existing' ? existing.find((u) => u.id === ref.id)!.name : cleaned[ref.index]!.name;
  const firstRowOf = new Map<string, number>();
  cleaned.forEach((r, index) => {
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

  // Parents first. Rows still waiting when nothing moves either hang below a row with a
  // problem (already listed) or go round in a circle (listed here).
  const order: number[] = [];
  const placed = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    cleaned.forEach((_, index) => {
      const parent = parents[index];
      if (placed.has(index) || !parent) return;
      if (parent.kind === 'existing' || placed.has(parent.index)) {
        placed.add(index);
        order.push(index);
        progress = true;
      }
    });
  }
  cleaned.forEach((r, index) => {
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

  problems.sort((a, b) => a.row - b.row);
  if (problems.length > 0) return { problems, units: [] };
  // Planned parents are renumbered to positions in the parents-first order.
  const newIndex = new Map(order.map((sheetIndex, i) => [sheetIndex, i]));
  const units = order.map((sheetIndex) => {
    const r = cleaned[sheetIndex]!;
    const parent = parents[sheetIndex]!;
    return {
      row: r.row,
      name: r.name,
      shortName: r.shortName,
      foundedOn: 'iso' in r.date ? r.date.iso : null,
      parent: parent.kind === 'existing' ? parent : { kind: 'planned' as const, index: newIndex.get(parent.index)! },
    };
  });
  return { problems, units };
}
