// The organisation tree: reading it in order, changing it without ever making a cycle, keeping
// names unique among siblings and a single root, and deleting only what nothing points at.
// Nothing is cached in memory: several app nodes may share the database.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Database, Db } from '../../database.js';
import * as q from './units.queries.js';
import { buildTree, descendantsIn, toUnit, type UnitNode } from './unit-tree.js';
import { planImport, type ImportProblem, type SheetRow } from './unit-import.js';
import { nameKey } from './units.schema.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/dialect.js';
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

export function createUnits(deps: {
  db: Db;
  clock: Clock;
  /**
   * Another module's reason why a unit must stay, e.g. "Đơn vị đang là đơn vị chủ trì của 3
   * nhiệm vụ", or undefined when it may go. The plans module answers this.
   */
  isInUse?: (unitId: number) => Promise<string | undefined>;
}) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();

  async function treeOf(executor: Executor): Promise<UnitNode[]> {
    return buildTree((await q.listUnits(executor)).map(toUnit));
  }

  /** Rules that need the tree: a parent that exists and is not the unit or below it, one root, unique names. */
  function checkPlacement(tree: UnitNode[], id: number | undefined, input: UnitInput): Record<string, string> {
    const fields: Record<string, string> = {};
    if (input.foundedOn !== null && input.foundedOn > vietnamDay(clock.now())) fields.foundedOn = rules.foundedInFuture;
    if (input.parentId === null) {
      const root = tree.find((u) => u.parentId === null);
      if (root && root.id !== id) fields.parentId = rules.rootExists(root.name);
    } else {
      const parent = tree.find((u) => u.id === input.parentId);
      if (!parent) fields.parentId = rules.parentMissing;
      else if (id !== undefined && (parent.id === id || descendantsIn(tree, id).some((u) => u.id === parent.id))) {
        fields.parentId = rules.parentInside;
      }
    }
    const twin = tree.find(
      (u) => u.parentId === input.parentId && u.id !== id && nameKey(u.name) === nameKey(input.name),
    );
    if (twin) {
      const parent = tree.find((u) => u.id === input.parentId);
      fields.name = parent ? rules.twinUnder(twin.name, parent.name) : rules.twin(twin.name);
    }
    return fields;
  }

  /** Two admins saving the same name at once: the database index refuses the second. */
  function rethrowDuplicate(error: unknown): never {
    if (isUniqueViolation(error)) throw new UnitRejectedError({ name: rules.racedDuplicate });
    throw error;
  }

  const values = async (executor: Executor, input: UnitInput) => ({
    ...input,
    position: input.position ?? (await q.nextPosition(executor, input.parentId)),
  });

  return {
    /** Every unit in reading order: each followed by its subunits, siblings by position then name. */
    listTree(): Promise<UnitNode[]> {
      return treeOf(db);
    },

    /** The tree with how many staff members belong to each unit. */
    async listTreeWithMembers(): Promise<Array<UnitNode & { members: number }>> {
      const [tree, members] = await Promise.all([treeOf(db), q.countMembersByUnit(db)]);
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

    async create(input: UnitInput): Promise<number> {
      return db
        .transaction()
        .execute(async (trx) => {
          const fields = checkPlacement(await treeOf(trx), undefined, input);
          if (Object.keys(fields).length > 0) throw new UnitRejectedError(fields);
          return q.insertUnit(trx, await values(trx, input), now());
        })
        .catch(rethrowDuplicate);
    },

    async update(id: number, input: UnitInput): Promise<void> {
      await db
        .transaction()
        .execute(async (trx) => {
          const tree = await treeOf(trx);
          const current = tree.find((u) => u.id === id);
          if (!current) throw new UnitRejectedError({ name: rules.gone });
          const fields = checkPlacement(tree, id, input);
          if (Object.keys(fields).length > 0) throw new UnitRejectedError(fields);
          // Moved under another parent without a position: it goes last there.
          const position =
            input.position ??
            (current.parentId === input.parentId ? current.position : await q.nextPosition(trx, input.parentId));
          await q.updateUnit(trx, id, { ...input, position }, now());
        })
        .catch(rethrowDuplicate);
    },

    /** Deletes a unit nothing depends on; otherwise throws UnitInUseError saying what holds it. */
    async remove(id: number): Promise<void> {
      // What other modules hold (the plans: tasks led or coordinated, reports), asked outside the
      // transaction (on SQLite it holds the only connection), after the unit's own reasons.
      const children = (await q.listUnits(db)).filter((u) => u.parent_id === id).length;
      const members = await q.countMembers(db, id);
      const usage = children === 0 && members === 0 && deps.isInUse ? await deps.isInUse(id) : undefined;
      if (usage) throw new UnitInUseError(rules.heldElsewhere(usage));
      await db
        .transaction()
        .execute(async (trx) => {
          const children = (await q.listUnits(trx)).filter((u) => u.parent_id === id).length;
          if (children > 0) throw new UnitInUseError(rules.hasChildren(children));
          const members = await q.countMembers(trx, id);
          if (members > 0) throw new UnitInUseError(rules.hasMembers(members));
          await q.deleteUnit(trx, id);
        })
        .catch((error: unknown) => {
          // A reference the hook did not know about (a report, a coordinating task): the database keeps it.
          if (isForeignKeyViolation(error)) throw new UnitInUseError(rules.usedInPlans);
          throw error;
        });
    },

    /**
     * Adds the sheet's units in one transaction, or none: throws UnitImportRejectedError with
     * every problem and its row. Returns how many units were added.
     */
    async importRows(rows: SheetRow[]): Promise<number> {
      if (rows.length === 0) throw new UnitImportRejectedError([{ row: 2, message: unitsImportText.problems.noRows }]);
      return db
        .transaction()
        .execute(async (trx) => {
          const { problems, units } = planImport(rows, await treeOf(trx), vietnamDay(clock.now()));
          if (problems.length > 0) throw new UnitImportRejectedError(problems);
          const at = now();
          const ids: number[] = [];
          const nextOf = new Map<number, number>();
          for (const unit of units) {
            const parentId = unit.parent.kind === 'existing' ? unit.parent.id : ids[unit.parent.index]!;
            const position = nextOf.get(parentId) ?? (await q.nextPosition(trx, parentId));
            nextOf.set(parentId, position + 10);
            ids.push(
              await q.insertUnit(
                trx,
                {
                  parentId,
                  name: unit.name,
                  shortName: unit.shortName,
                  foundedOn: unit.foundedOn,
                  address: '',
                  phone: '',
                  email: '',
                  position,
                },
                at,
              ),
            );
          }
          return ids.length;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) {
            throw new UnitImportRejectedError([{ row: 1, message: unitsImportText.problems.racedDuplicate }]);
          }
          throw error;
        });
    },
  };
}

export type UnitsService = ReturnType<typeof createUnits>;
