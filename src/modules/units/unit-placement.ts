// Where a unit may stand in the tree: a parent that exists and is neither the unit nor below it,
// a single root, names unique among siblings (case aside). Pure: the service runs it on the tree
// it has just read inside its transaction (the fields themselves are checked by units.schema.ts).
import { descendantsIn, type UnitNode } from './unit-tree.js';
import { nameKey } from './units.schema.js';
import { unitsText } from './units.vi.js';

const rules = unitsText.rules;

/** The unit's place as the form gives it. */
export interface Placement {
  name: string;
  parentId: number | null;
}

/** A message per field that breaks a rule of the tree; empty when `input` may stand there. */
export function checkPlacement(tree: UnitNode[], id: number | undefined, input: Placement): Record<string, string> {
  const fields: Record<string, string> = {};
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
