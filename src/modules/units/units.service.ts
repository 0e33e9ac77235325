// The organisation tree: reading it in order, changing it without ever making a cycle, keeping
// names unique among siblings and a single root, and deleting only what nothing points at.
// Nothing is cached in memory: several app nodes may share the database.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/dialect.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Database, Db } from '../../database.js';
import { planImport, type ImportProblem, type PlannedUnit, type SheetRow } from './unit-import.js';
import { checkPlacement } from './unit-placement.js';
import { buildTree, descendantsIn, toUnit, type UnitNode } from './unit-tree.js';
import * as q from './units.queries.js';
import { unitsImportText } from './units-import.vi.js';
import { unitsText } from './units.vi.js';

const rules = unitsText.rules;

type Executor = Db | Transaction<Database>;

/** What a form or a sheet gives for a unit: its columns, with position null for "after the last sibling". */
export type UnitInput = Omit<q.UnitValues, 'position'> & { position: number | null };

/** The form's values break a rule of the tree; `fields` holds a Vietnamese message per field. */
export class UnitRejectedError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join(' '));
  }
}

/** The unit still has subunits, members or tasks; the message says which. */
export class UnitInUseError extends Error {}

/** The sheet has problems; nothing was imported. */
export class UnitImportRejectedError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(unitsImportText.problems.count(problems.length));
  }
}

export interface UnitsDeps {
  db: Db;
  clock: Clock;
  /**
   * Another module's reason why a unit must stay, e.g. "Đơn vị đang là đơn vị chủ trì của 3
   * nhiệm vụ", or undefined when it may go. The plans module answers this.
   */
  isInUse?: (unitId: number) => Promise<string | undefined>;
  /**
   * The staff members and their units: the accounts module's users, asked through the composition
   * root (users.unit_id is theirs). The tree shows who belongs where; a unit with members stays.
   */
  listStaff: () => Promise<ReadonlyArray<{ unitId: number | null }>>;
  /** After every change: the public pages that show the tree (/en/organisation) are rendered again. */
  onChange?: () => void;
}

/** What the parts of the service share. */
interface UnitsContext extends UnitsDeps {
  now(): string;
  today(): string;
  treeOf(executor: Executor): Promise<UnitNode[]>;
}

export function createUnits(deps: UnitsDeps) {
  const context: UnitsContext = {
    ...deps,
    now: () => deps.clock.now().toISOString(),
    today: () => vietnamDay(deps.clock.now()),
    treeOf: async (executor) => buildTree((await q.listUnits(executor)).map(toUnit)),
  };
  return { ...unitReads(context), ...unitChanges(context), ...unitImport(context) };
}

export type UnitsService = ReturnType<typeof createUnits>;

/** How many staff members belong to each unit. */
async function countStaffByUnit(listStaff: UnitsDeps['listStaff']): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const { unitId } of await listStaff()) if (unitId !== null) counts.set(unitId, (counts.get(unitId) ?? 0) + 1);
  return counts;
}

function unitReads({ db, treeOf, listStaff, today }: UnitsContext) {
  return {
    /** Today in Vietnam ('YYYY-MM-DD'): a founding date may not be after it (units.schema.ts). */
    today(): string {
      return today();
    },

    /** Every unit in reading order: each followed by its subunits, siblings by position then name. */
    listTree(): Promise<UnitNode[]> {
      return treeOf(db);
    },

    /** The tree with how many staff members belong to each unit. */
    async listTreeWithMembers(): Promise<Array<UnitNode & { members: number }>> {
      const [tree, members] = await Promise.all([treeOf(db), countStaffByUnit(listStaff)]);
      return tree.map((u) => ({ ...u, members: members.get(u.id) ?? 0 }));
    },

    async findById(id: number): Promise<UnitNode | undefined> {
      return (await treeOf(db)).find((u) => u.id === id);
    },

    async exists(id: number): Promise<boolean> {
      return (await q.findUnitById(db, id)) !== undefined;
    },

    /** The ids of the units below `id` at any depth, not `id` itself. */
    async descendantIds(id: number): Promise<number[]> {
      return descendantsIn(await treeOf(db), id).map((u) => u.id);
    },
  };
}

/** Two admins saving the same name at once: the database index refuses the second. */
function rethrowDuplicate(error: unknown): never {
  if (isUniqueViolation(error)) throw new UnitRejectedError({ name: rules.racedDuplicate });
  throw error;
}

function unitChanges({ db, now, treeOf, isInUse, listStaff, onChange }: UnitsContext) {
  const refuseMisplaced = (tree: UnitNode[], id: number | undefined, input: UnitInput) => {
    const fields = checkPlacement(tree, id, input);
    if (Object.keys(fields).length > 0) throw new UnitRejectedError(fields);
  };
  return {
    async create(input: UnitInput): Promise<number> {
      const id = await db
        .transaction()
        .execute(async (trx) => {
          refuseMisplaced(await treeOf(trx), undefined, input);
          const position = input.position ?? (await q.nextPosition(trx, input.parentId));
          return q.insertUnit(trx, { ...input, position }, now());
        })
        .catch(rethrowDuplicate);
      onChange?.();
      return id;
    },

    async update(id: number, input: UnitInput): Promise<void> {
      await db
        .transaction()
        .execute(async (trx) => {
          const tree = await treeOf(trx);
          const current = tree.find((u) => u.id === id);
          if (!current) throw new UnitRejectedError({ name: rules.gone });
          refuseMisplaced(tree, id, input);
          // Moved under another parent without a position: it goes last there.
          const position =
            input.position ??
            (current.parentId === input.parentId ? current.position : await q.nextPosition(trx, input.parentId));
          await q.updateUnit(trx, id, { ...input, position }, now());
        })
        .catch(rethrowDuplicate);
      onChange?.();
    },

    /** Deletes a unit nothing depends on; otherwise throws UnitInUseError saying what holds it. */
    async remove(id: number): Promise<void> {
      // What other modules hold (the accounts: members; the plans: tasks led or coordinated,
      // reports), asked outside the transaction (on SQLite it holds the only connection), after
      // the unit's own reason (subunits), which the transaction checks again.
      const children = (await q.listUnits(db)).filter((u) => u.parent_id === id).length;
      const members = children === 0 ? ((await countStaffByUnit(listStaff)).get(id) ?? 0) : 0;
      if (children === 0 && members > 0) throw new UnitInUseError(rules.hasMembers(members));
      const usage = children === 0 && isInUse ? await isInUse(id) : undefined;
      if (usage) throw new UnitInUseError(rules.heldElsewhere(usage));
      await db
        .transaction()
        .execute(async (trx) => {
          const children = (await q.listUnits(trx)).filter((u) => u.parent_id === id).length;
          if (children > 0) throw new UnitInUseError(rules.hasChildren(children));
          await q.deleteUnit(trx, id);
        })
        .catch((error: unknown) => {
          // A reference the hook did not know about (a report, a coordinating task): the database keeps it.
          if (isForeignKeyViolation(error)) throw new UnitInUseError(rules.usedInPlans);
          throw error;
        });
      onChange?.();
    },
  };
}

/** Inserts the planned units parents first, each after its parent's last child; returns their ids. */
async function insertPlanned(trx: Transaction<Database>, units: PlannedUnit[], at: string): Promise<number[]> {
  const ids: number[] = [];
  const nextOf = new Map<number, number>();
  for (const unit of units) {
    const parentId = unit.parent.kind === 'existing' ? unit.parent.id : ids[unit.parent.index]!;
    const position = nextOf.get(parentId) ?? (await q.nextPosition(trx, parentId));
    nextOf.set(parentId, position + 10);
    const values = { parentId, name: unit.name, shortName: unit.shortName, foundedOn: unit.foundedOn };
    ids.push(await q.insertUnit(trx, { ...values, address: '', phone: '', email: '', position }, at));
  }
  return ids;
}

function unitImport({ db, now, today, treeOf, onChange }: UnitsContext) {
  return {
    /**
     * Adds the sheet's units in one transaction, or none: throws UnitImportRejectedError with
     * every problem and its row. Returns how many units were added.
     */
    async importRows(rows: SheetRow[]): Promise<number> {
      if (rows.length === 0) throw new UnitImportRejectedError([{ row: 2, message: unitsImportText.problems.noRows }]);
      const added = await db
        .transaction()
        .execute(async (trx) => {
          const { problems, units } = planImport(rows, await treeOf(trx), today());
          if (problems.length > 0) throw new UnitImportRejectedError(problems);
          return (await insertPlanned(trx, units, now())).length;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error))
            throw new UnitImportRejectedError([{ row: 1, message: unitsImportText.problems.racedDuplicate }]);
          throw error;
        });
      onChange?.();
      return added;
    },
  };
}
