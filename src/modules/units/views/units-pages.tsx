import type { Child } from 'hono/jsx';
import { formatFoundingDate } from '../units.schema.js';
import type { UnitNode } from '../unit-tree.js';
import { unitsText } from '../units.vi.js';

const t = unitsText;

export const UNITS_PATH = '/quan-tri/don-vi';

type TreeRow = UnitNode & { members: number };

/** The flat reading-order list as nested lists, so the hierarchy is in the markup (and read out). */
function Branch(props: { rows: TreeRow[]; parentId: number | null }): Child {
  const here = props.rows.filter((u) => u.parentId === props.parentId);
  if (here.length === 0) return null;
  return (
    <ul class="unit-tree">
      {here.map((u) => (
        <li>
          <a href={`${UNITS_PATH}/${u.id}`}>{u.name}</a>
          {u.shortName ? <> ({u.shortName})</> : null}
          <span class="hint">
            {' · '}
            {u.foundedOn ? t.tree.founded(formatFoundingDate(u.foundedOn)) : t.tree.noFoundingDate}
            {' · '}
            {u.members === 0 ? t.tree.noMembers : t.tree.members(u.members)}
          </span>
          <Branch rows={props.rows} parentId={u.id} />
        </li>
      ))}
    </ul>
  );
}

export function UnitsTreePage(props: { units: TreeRow[] }) {
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">{t.tree.title}</h1>
        <a class="button" href={`${UNITS_PATH}/moi`}>
          {t.tree.add}
        </a>
        <a class="button button-secondary" href={`${UNITS_PATH}/nhap`}>
          {t.tree.import}
        </a>
      </div>
      {props.units.length === 0 ? (
        <p>{t.tree.empty}</p>
      ) : (
        <>
          <p class="hint">{t.tree.summary(props.units.length)}</p>
          <Branch rows={props.units} parentId={null} />
        </>
      )}
    </section>
  );
}
